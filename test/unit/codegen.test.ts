// The front-end example's generated types cannot drift from the schema: regenerating with the
// README's codegen config must give exactly the committed files.
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../frontend-example/codegen.js';

describe('front-end codegen example', () => {
  it('committed output equals what graphql-codegen generates now', async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) expect(readFileSync(out.filename, 'utf8'), out.filename).toBe(out.content);
  }, 60_000);
});
