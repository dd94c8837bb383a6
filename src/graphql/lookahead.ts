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

// The fields named `name` right below the current one (through fragments): for a resolver that
// answers a child field in its own query, reading the child's arguments with getArgumentValues.
export function childFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): FieldNode[] {
  return info.fieldNodes.flatMap((f) => fieldsNamed(f.selectionSet, name, info.fragments, new Set()));
}

function namesIn(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  out: Set<string>,
  seen: Set<string>,
): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') out.add(sel.name.value);
    else if (sel.kind === 'InlineFragment') namesIn(sel.selectionSet, fragments, out, seen);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      namesIn(fragments[sel.name.value]?.selectionSet, fragments, out, seen);
    }
  }
}

// Whether every field the selection asks for at `path` is in `allowed` (a closed list in the
// caller): then a query may project the few properties those fields read instead of all of them.
export function selectsOnly(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: string[],
  allowed: ReadonlySet<string>,
): boolean {
  let level: (FieldNode | { selectionSet?: SelectionSetNode })[] = [...info.fieldNodes];
  for (const name of path) level = level.flatMap((f) => fieldsNamed(f.selectionSet, name, info.fragments, new Set()));
  const names = new Set<string>();
  for (const f of level) namesIn(f.selectionSet, info.fragments, names, new Set());
  for (const n of names) if (!allowed.has(n)) return false;
  return true;
}
