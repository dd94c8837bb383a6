import { describe, expect, it } from 'vitest';
import { type BatchLoader, batchedResolver } from '../../src/graphql/batch.js';

type Call = { obj: { id?: string; n?: number }; params: Record<string, unknown>; info: unknown }[];

// A loader that records each batch it gets and answers "<id or n>:<params>" per parent.
function recording() {
  const batches: Call[] = [];
  const loader = (async (queries: Call) => {
    batches.push(queries);
    return queries.map((q) => `${q.obj.id ?? q.obj.n}:${JSON.stringify(q.params)}`);
  }) as unknown as BatchLoader;
  return { batches, loader };
}

describe('per-request batching of loaders', () => {
  it('collects the calls of one tick into one loader call, in call order, with their info', async () => {
    const { batches, loader } = recording();
    const field = batchedResolver('Agency.assignments', loader);
    const ctx = {};
    const out = await Promise.all([
      field({ id: 'a' }, {}, ctx, 'info-a'),
      field({ id: 'b' }, {}, ctx, 'info-b'),
      field({ id: 'c' }, { first: 2 }, ctx, 'info-c'),
    ]);
    expect(out).toEqual(['a:{}', 'b:{}', 'c:{"first":2}']);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((q) => q.info)).toEqual(['info-a', 'info-b', 'info-c']);
  });

  it('keys a call by the parent id and the arguments, not by the whole parent object', async () => {
    const { batches, loader } = recording();
    const field = batchedResolver('Agency.assignments', loader);
    const ctx = {};
    const [x, y, z] = await Promise.all([
      field({ id: 'a', n: 1 }, { first: 2 }, ctx, null),
      // Same id and arguments, a different (bigger) parent object: answered by the same call.
      field({ id: 'a', n: 2 }, { first: 2 }, ctx, null),
      field({ id: 'a' }, { first: 3 }, ctx, null),
    ]);
    expect(x).toBe('a:{"first":2}');
    expect(y).toBe(x);
    expect(z).toBe('a:{"first":3}');
    expect(batches[0]).toHaveLength(2);
    // Later in the request the answer is remembered; another request asks again.
    expect(await field({ id: 'a' }, { first: 2 }, ctx, null)).toBe('a:{"first":2}');
    expect(batches).toHaveLength(1);
    await field({ id: 'a' }, { first: 2 }, {}, null);
    expect(batches).toHaveLength(2);
  });

  it('asks again for the same parent and arguments under another selection (an alias)', async () => {
    const { batches, loader } = recording();
    const field = batchedResolver('Agency.assignments', loader);
    const ctx = {};
    // graphql-js gives each place in the query its own field nodes, and every list item the same.
    const brief = { fieldNodes: [{ kind: 'Field' }] };
    const full = { fieldNodes: [{ kind: 'Field' }] };
    await Promise.all([
      field({ id: 'a' }, { first: 2 }, ctx, brief),
      field({ id: 'b' }, { first: 2 }, ctx, brief),
      field({ id: 'a' }, { first: 2 }, ctx, { fieldNodes: brief.fieldNodes }),
      field({ id: 'a' }, { first: 2 }, ctx, full),
    ]);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((q) => [q.obj.id, q.info])).toEqual([
      ['a', brief],
      ['b', brief],
      ['a', full],
    ]);
  });

  it('answers at once what a parent carries, and batches the rest', async () => {
    const { batches, loader } = recording();
    const answered = (obj: { id?: string; carried?: string }) => obj.carried;
    const field = batchedResolver('Assignment.participants', Object.assign(loader, { answered }) as BatchLoader);
    const ctx = {};
    const carried = field({ id: 'a', carried: 'from the page' } as never, {}, ctx, null);
    // Not a promise: graphql-js completes it without waiting.
    expect(carried).toBe('from the page');
    expect(await field({ id: 'b' }, {}, ctx, null)).toBe('b:{}');
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((q) => q.obj.id)).toEqual(['b']);
  });

  it('tells parents without an id apart by identity', async () => {
    const { batches, loader } = recording();
    const field = batchedResolver('Succession.predecessor', loader);
    const ctx = {};
    const p = { n: 1 };
    const out = await Promise.all([field(p, {}, ctx, null), field({ n: 1 }, {}, ctx, null), field(p, {}, ctx, null)]);
    expect(out).toEqual(['1:{}', '1:{}', '1:{}']);
    expect(batches[0]).toHaveLength(2);
  });

  it('keeps separate batches for separate fields', async () => {
    const a = recording();
    const b = recording();
    const ctx = {};
    await Promise.all([
      batchedResolver('T.a', a.loader)({ id: '1' }, {}, ctx, null),
      batchedResolver('T.b', b.loader)({ id: '1' }, {}, ctx, null),
    ]);
    expect(a.batches).toHaveLength(1);
    expect(b.batches).toHaveLength(1);
  });

  it('rejects every call of a batch whose loader fails or answers for the wrong number of parents', async () => {
    const ctx = {};
    const failing = batchedResolver('T.fail', (async () => {
      throw new Error('database down');
    }) as unknown as BatchLoader);
    const calls = [failing({ id: '1' }, {}, ctx, null), failing({ id: '2' }, {}, ctx, null)];
    for (const c of calls) await expect(c).rejects.toThrow('database down');

    const short = batchedResolver('T.short', (async () => ['only one']) as unknown as BatchLoader);
    const more = [short({ id: '1' }, {}, ctx, null), short({ id: '2' }, {}, ctx, null)];
    for (const c of more) await expect(c).rejects.toThrow('1 results for 2 parents');
  });
});
