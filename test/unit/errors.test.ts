// Every error code is documented: the README's table and src/errors.ts list the same codes with
// the same HTTP statuses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/errors.js';

describe('error catalogue', () => {
  it('README documents exactly the codes of src/errors.ts', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- errors:start -->'), readme.indexOf('<!-- errors:end -->'));
    const rows = [...table.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \| (.+) \|$/gm)].map((m) => ({
      code: m[1],
      status: Number(m[2]),
      message: m[3],
    }));
    const registry = Object.values(ERRORS).map((e) => ({ code: e.code, status: e.status, message: e.message }));
    expect(rows).toEqual(registry);
  });

  it('codes are unique and their statuses are client or server errors', () => {
    const codes = Object.values(ERRORS).map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of Object.values(ERRORS)) expect(e.status).toBeGreaterThanOrEqual(400);
  });
});
