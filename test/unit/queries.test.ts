// The query registry (src/queries.ts) against the Cypher files, without a database: every named
// query has an entry and every entry a file, and the parameters a file uses are the ones its
// schema declares (a `$name` missing from the schema would reach Neo4j as an unset parameter).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CypherStore } from '../../src/neo4j/cypher-store.js';
import { QUERIES } from '../../src/queries.js';

const store = new CypherStore();
const named = store.names().filter((n) => !n.startsWith('schema/'));

function parametersOf(text: string): string[] {
  const code = text.replace(/^\s*\/\/.*$/gm, '');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

describe('query registry', () => {
  it('has an entry for every Cypher file outside cypher/schema, and a file for every entry', () => {
    expect(named.length).toBeGreaterThan(80);
    expect(Object.keys(QUERIES).sort()).toEqual([...named].sort());
  });

  it.each(named)('%s declares exactly the parameters its Cypher uses', (name) => {
    const params = QUERIES[name as keyof typeof QUERIES].params;
    expect(params).toBeInstanceOf(z.ZodObject);
    const declared = Object.keys((params as z.ZodObject).shape).sort();
    expect(declared).toEqual(parametersOf(store.get(name)));
  });

  it('marks as writes the queries that change the graph, and only those', () => {
    const writes = /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/;
    for (const name of named) {
      const code = store.get(name).replace(/^\s*\/\/.*$/gm, '');
      expect(QUERIES[name as keyof typeof QUERIES].mode, name).toBe(writes.test(code) ? 'write' : 'read');
    }
  });

  // Whole nodes carry every stored property, search keys and quotes included. Only the queries
  // whose job is the whole node read it: backups, the change log's before/after and the seed
  // overlays of API edits.
  it('projects explicit properties: whole nodes only in backups, edits and seed overlays', () => {
    const whole = /\{\s*\.\*|properties\(/;
    const allowed = /^(backup|edits|seed)\//;
    const offenders = named.filter((n) => !allowed.test(n) && whole.test(store.get(n).replace(/^\s*\/\/.*$/gm, '')));
    expect(offenders).toEqual([]);
  });
});
