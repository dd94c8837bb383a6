// Cypher lives in cypher/<area>/<name>.cypher and is looked up by "<area>/<name>". Queries are
// never assembled from strings at run time: what varies is passed as driver parameters, and the
// few things Cypher cannot parameterise (sort keys) are picked from whole, named files.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

export class CypherStore {
  private readonly queries = new Map<string, string>();

  constructor(readonly dir: string = CYPHER_DIR) {
    const walk = (d: string) => {
      for (const entry of readdirSync(d).sort()) {
        const full = path.join(d, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (entry.endsWith('.cypher')) {
          const name = path
            .relative(dir, full)
            .replace(/\\/g, '/')
            .replace(/\.cypher$/, '');
          this.queries.set(name, readFileSync(full, 'utf8'));
        }
      }
    };
    walk(dir);
  }

  get(name: string): string {
    const q = this.queries.get(name);
    if (q === undefined) throw new Error(`no Cypher file cypher/${name}.cypher`);
    return q;
  }

  names(): string[] {
    return [...this.queries.keys()];
  }

  // A migration file holds several statements separated by ";" at line ends.
  statements(name: string): string[] {
    return this.get(name)
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
      .filter((s) => s.length > 0);
  }
}
