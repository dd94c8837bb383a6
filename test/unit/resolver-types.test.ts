// The server's resolver and loader types cannot drift from the SDL: regenerating with
// src/graphql/codegen.ts (`npm run codegen`) must give exactly the committed file.
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../src/graphql/codegen.js';

describe('resolver types codegen', () => {
  it('committed src/graphql/generated equals what graphql-codegen generates now', async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.map((o) => o.filename)).toEqual(['src/graphql/generated/resolvers-types.ts']);
    for (const out of outputs) expect(readFileSync(out.filename, 'utf8'), out.filename).toBe(out.content);
  }, 60_000);
});
