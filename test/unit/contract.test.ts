// The served schema may add to the public contract but never break it: the day someone renames a
// field, narrows a type or drops an enum value front-end teams rely on, this fails.
import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildServedSchema } from '../../src/graphql/schema.js';

const contract = buildSchema(readFileSync(new URL('../fixtures/api-contract.graphql', import.meta.url), 'utf8'));

describe('public contract (test/fixtures/api-contract.graphql, the whole file)', () => {
  const served = buildServedSchema();

  it('has no breaking change against the served schema', () => {
    expect(findBreakingChanges(contract, served)).toEqual([]);
  });

  it('would catch a break: dropping a contract field is reported', () => {
    const broken = buildSchema(
      readFileSync(new URL('../fixtures/api-contract.graphql', import.meta.url), 'utf8').replace(
        '  abbreviation: String\n',
        '',
      ),
    );
    expect(findBreakingChanges(contract, broken).map((c) => c.description)).toContain(
      'Agency.abbreviation was removed.',
    );
  });
});
