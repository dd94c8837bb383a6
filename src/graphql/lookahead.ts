// Whether the client's selection asks for a field at a path below the current one (through inline
// fragments and named fragments), so a parent's query can fetch what the children will need in the
// same round trip instead of leaving it to the next level's loader.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function fieldsNamed(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): FieldNode[] {
  if (!set) return [];
  const out: FieldNode[] = [];
  for (const sel of set.selections) {
    if (sel.kind === 'Field') {
      if (sel.name.value === name) out.push(sel);
    } else if (sel.kind === 'InlineFragment') {
      out.push(...fieldsNamed(sel.selectionSet, name, fragments, seen));
    } else if (sel.kind === 'FragmentSpread' && !seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      out.push(...fieldsNamed(fragments[sel.name.value]?.selectionSet, name, fragments, seen));
    }
  }
  return out;
}

export function selectsPath(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[]): boolean {
  let level: (FieldNode | { selectionSet?: SelectionSetNode })[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((f) => fieldsNamed(f.selectionSet, name, info.fragments, new Set()));
    if (level.length === 0) return false;
  }
  return true;
}
