// The README shows real queries with their real answers: each example block is run against the
// seeded graph and must give exactly the printed JSON. UPDATE_README=1 rewrites the answers.
import { readFileSync, writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlOk, makeApp } from '../helpers.js';
import { EXAMPLES } from '../readme-examples.js';

const README = new URL('../../README.md', import.meta.url);
const BLOCK = (name: string) =>
  new RegExp(
    `(<!-- example: ${name} -->\\n)(?:\\n\`\`\`graphql\\n[\\s\\S]*?\\n\`\`\`\\n\\n\`\`\`json\\n[\\s\\S]*?\\n\`\`\`\\n)?`,
  );

let app: FastifyInstance;
beforeAll(async () => {
  app = await makeApp();
});
afterAll(async () => {
  await app.close();
});

describe('README examples', () => {
  it('every example marker has an example, and every answer is the real one', async () => {
    let text = readFileSync(README, 'utf8');
    for (const [name, query] of Object.entries(EXAMPLES)) {
      expect(text, `README has a marker for ${name}`).toContain(`<!-- example: ${name} -->`);
      const answer = await gqlOk(app, query);
      const rendered = `\n\`\`\`graphql\n${query}\n\`\`\`\n\n\`\`\`json\n${JSON.stringify({ data: answer }, null, 2)}\n\`\`\`\n`;
      if (process.env.UPDATE_README === '1') {
        text = text.replace(BLOCK(name), (_m, marker: string) => marker + rendered);
      } else {
        const m = BLOCK(name).exec(text)!;
        expect(
          m[0],
          `README example ${name} is out of date: run UPDATE_README=1 npx vitest run --config test/vitest.config.ts test/int/readme.int.test.ts`,
        ).toBe(m[1] + rendered);
      }
    }
    if (process.env.UPDATE_README === '1') writeFileSync(README, text);
  });
});
