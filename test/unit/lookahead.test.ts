// The selection tests that decide what a query fetches (src/graphql/lookahead.ts), on parsed
// documents: fields through inline fragments and named fragments, at a path below the field.
import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsOnly, selectsPath } from '../../src/graphql/lookahead.js';

function infoOf(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

const BRIEF = new Set(['id', 'name', '__typename']);

describe('selectsOnly', () => {
  it('is true when every field at the path is allowed, through inline and named fragments', () => {
    const info = infoOf(
      '{ search { node { id ... on Agency { name } ...F } } } fragment F on Agency { __typename name }',
    );
    expect(selectsOnly(info, ['node'], BRIEF)).toBe(true);
  });
  it('is false when one field at the path is not allowed, wherever it is written', () => {
    expect(selectsOnly(infoOf('{ search { node { id orgNr } } }'), ['node'], BRIEF)).toBe(false);
    expect(selectsOnly(infoOf('{ search { node { id ... on Agency { orgNr } } } }'), ['node'], BRIEF)).toBe(false);
    expect(
      selectsOnly(infoOf('{ search { node { id ...F } } } fragment F on Agency { website }'), ['node'], BRIEF),
    ).toBe(false);
    // Under one alias or another: every occurrence counts.
    expect(selectsOnly(infoOf('{ search { a: node { id } b: node { orgNr } } }'), ['node'], BRIEF)).toBe(false);
  });
  it('looks at the given depth only, and is true when nothing is selected there', () => {
    const info = infoOf('{ agency { assignments { edges { node { id participants { agency { id name } } } } } } }');
    expect(selectsOnly(info, ['assignments', 'edges', 'node', 'participants', 'agency'], BRIEF)).toBe(true);
    expect(selectsOnly(info, ['assignments', 'edges', 'node'], BRIEF)).toBe(false);
    expect(selectsOnly(info, ['collaborators'], BRIEF)).toBe(true);
    expect(selectsPath(info, ['assignments', 'edges', 'node', 'participants', 'sources'])).toBe(false);
  });
});
