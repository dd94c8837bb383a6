// Per-request batching of the domain modules' loaders (the `loaders` maps in src/*/resolvers.ts),
// run as plain resolvers instead of through mercurius's `loaders` option.
//
// Why not mercurius's: it dedupes and caches every call by safe-stable-stringify({obj, params}),
// i.e. it serialises the whole parent object (a node with its quotes, search keys and prefetched
// children) with sorted keys once per parent per field — for the wide workload that is thousands of
// serialisations of nested objects per request, more CPU than the GraphQL execution around them.
// Here a call's key is the field's place in the query (its field nodes, so two aliases of one field
// with different selections are two keys), the parent's id (parents without one are told apart by
// identity) and the field's arguments, which graphql-js coerces in the order the schema declares
// them. Each call also carries its `info`, so a loader can look ahead at what the selection asks of
// its results: a repeated call shares a result only when it asks for the same selection.
//
// Semantics kept from mercurius: calls of one field made in the same tick are collected and passed
// to the loader as one list of {obj, params} (one round trip per field per level); a repeated call
// with the same key gets the same promise for the rest of the request; a loader that throws (or
// returns a list of the wrong length) rejects every call of its batch.
//
// A loader may also answer a call at once from what its parent carries (a page query brought the
// page's participants along, a trace each flow's recipient): its `answered(obj, params)` gives that
// answer, or undefined to batch the call. Such a call costs no promise and no batch entry, which
// in a wide answer is a thousand of each.
export type BatchLoader = ((queries: { obj: never; params: never }[], ctx: never) => Promise<unknown[]>) & {
  answered?: (obj: never, params: never) => unknown;
};

interface Pending {
  query: { obj: unknown; params: unknown; info: unknown };
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface FieldBatch {
  pending: Pending[];
  done: Map<string, Promise<unknown>>;
}

// Keyed by the request's context object, so a request's batches and results go when it does.
const perRequest = new WeakMap<object, Map<string, FieldBatch>>();
const identities = new WeakMap<object, number>();
let nextIdentity = 0;

function parentKey(obj: unknown): string {
  if (obj !== null && typeof obj === 'object') {
    const id = (obj as { id?: unknown }).id;
    if (typeof id === 'string') return `i${id}`;
    let n = identities.get(obj);
    if (n === undefined) {
      n = nextIdentity++;
      identities.set(obj, n);
    }
    return `o${n}`;
  }
  return `v${String(obj)}`;
}

// The list of field nodes, not its first one: a named fragment puts one node in several places,
// merged there with different fields. graphql-js (and graphql-jit) hand every item of a list the
// same list, so the siblings of one level share a key prefix and a parent met twice on a level is
// still asked for once.
function selectionKey(info: unknown): string {
  const nodes = (info as { fieldNodes?: readonly object[] } | undefined)?.fieldNodes;
  if (!nodes) return '';
  let n = identities.get(nodes);
  if (n === undefined) {
    n = nextIdentity++;
    identities.set(nodes, n);
  }
  return `s${n}`;
}

function argsKey(params: unknown): string {
  if (params === null || typeof params !== 'object') return '';
  for (const _ in params) return JSON.stringify(params);
  return '';
}

function flush(batch: FieldBatch, loader: BatchLoader, ctx: object): void {
  const list = batch.pending;
  batch.pending = [];
  const fail = (err: unknown) => {
    for (const p of list) p.reject(err);
  };
  let out: Promise<unknown[]>;
  try {
    out = loader(list.map((p) => p.query) as never, ctx as never);
  } catch (err) {
    fail(err);
    return;
  }
  out.then((values) => {
    if (!Array.isArray(values) || values.length !== list.length) {
      fail(
        new Error(
          `a loader returned ${Array.isArray(values) ? values.length : 'no list of'} results for ${list.length} parents`,
        ),
      );
      return;
    }
    for (let i = 0; i < list.length; i++) list[i]!.resolve(values[i]);
  }, fail);
}

export function batchedResolver(field: string, loader: BatchLoader) {
  const answered = loader.answered;
  return (obj: unknown, params: unknown, ctx: object, info: unknown): unknown => {
    if (answered) {
      const value = answered(obj as never, params as never);
      if (value !== undefined) return value;
    }
    let fields = perRequest.get(ctx);
    if (!fields) {
      fields = new Map();
      perRequest.set(ctx, fields);
    }
    let batch = fields.get(field);
    if (!batch) {
      batch = { pending: [], done: new Map() };
      fields.set(field, batch);
    }
    const key = `${selectionKey(info)}\u0000${parentKey(obj)}\u0000${argsKey(params)}`;
    const known = batch.done.get(key);
    if (known) return known;
    const b = batch;
    const promise = new Promise<unknown>((resolve, reject) => {
      b.pending.push({ query: { obj, params, info }, resolve, reject });
    });
    // The same tick as mercurius (and graphql-jit) use: every sibling in a list calls its field's
    // resolver synchronously, and the parents resolved by one batch do so within one microtask run.
    if (b.pending.length === 1) process.nextTick(flush, b, loader, ctx);
    b.done.set(key, promise);
    return promise;
  };
}

// A module's `loaders` map ({Type: {field: loader}}) as resolvers of the same shape.
export function batchedResolvers(
  loaders: Record<string, Record<string, BatchLoader>>,
): Record<string, Record<string, ReturnType<typeof batchedResolver>>> {
  const out: Record<string, Record<string, ReturnType<typeof batchedResolver>>> = {};
  for (const [type, fields] of Object.entries(loaders)) {
    out[type] = {};
    for (const [field, loader] of Object.entries(fields))
      out[type][field] = batchedResolver(`${type}.${field}`, loader);
  }
  return out;
}
