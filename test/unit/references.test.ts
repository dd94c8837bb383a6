// Keeps the tree honest about itself: every named Cypher file is used by some code, and every
// file a comment or doc string points at exists (two comments named files that were long gone).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...files(rel, ext));
    else if (ext.test(name)) out.push(rel);
  }
  return out;
}

const code = [...files('src', /\.ts$/), ...files('scripts', /\.ts$/)]
  .map((f) => readFileSync(path.join(ROOT, f), 'utf8'))
  .join('\n');

describe('references', () => {
  it('every named Cypher query is run by some code (migrations are run by listing their folder)', () => {
    const unused = files('cypher', /\.cypher$/)
      .filter((f) => !f.startsWith('cypher/schema/'))
      .map((f) => f.slice('cypher/'.length, -'.cypher'.length))
      .filter((name) => !code.includes(`'${name}'`) && !code.includes(`\`${name}\``) && !code.includes(`"${name}"`));
    expect(unused).toEqual([]);
  });

  it('every file path named in src/, cypher/ and schema/ exists', () => {
    const missing: string[] = [];
    for (const f of [...files('src', /\.ts$/), ...files('cypher', /\.cypher$/), ...files('schema', /\.graphql$/)]) {
      const text = readFileSync(path.join(ROOT, f), 'utf8');
      for (const m of text.matchAll(
        /\b(?:src|cypher|schema|test|scripts|seeds)\/[\w./-]+\.(?:ts|cypher|graphql|md)\b/g,
      )) {
        if (!existsSync(path.join(ROOT, m[0]))) missing.push(`${f}: ${m[0]}`);
      }
      // A bare "x.cypher" in a Cypher comment means a file of that name somewhere under cypher/.
      if (f.endsWith('.cypher')) {
        for (const m of text.matchAll(/\b([\w-]+\.cypher)\b/g)) {
          if (!files('cypher', /\.cypher$/).some((c) => path.basename(c) === m[1])) missing.push(`${f}: ${m[1]}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
