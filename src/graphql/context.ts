import type { GraphQLResolveInfo } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import type { Executor, QueryCounter } from '../neo4j/executor.js';
import type { Principal } from '../plugins/auth.js';
import type { Resolvers } from './generated/resolvers-types.js';

declare module 'mercurius' {
  interface MercuriusContext {
    db: Executor;
    // Round trips to Neo4j in this request (the N+1 test asserts a bound on it).
    queries: QueryCounter;
    today: string;
    principal: Principal;
    // The HTTP request id (x-request-id), recorded with every Change so an audit entry leads to its log lines.
    requestId: string;
    // The transaction timeout of a seed import (SEED_TIMEOUT_MS), longer than a request's.
    seedTimeoutMs: number;
  }
}

export type Ctx = MercuriusContext;

// Mercurius loaders typed from the generated resolver types: a loader of `Agency.assignments` gets
// one { obj, params } per parent on the current level (obj the parent as ./mappers.ts gives it,
// params that field's arguments) and answers one result per entry, in order.
type FieldsOf<T extends keyof Resolvers> = NonNullable<Resolvers[T]>;
type FieldFn<T extends keyof Resolvers, F extends keyof FieldsOf<T>> = Extract<
  NonNullable<FieldsOf<T>[F]>,
  (...args: never[]) => unknown
>;
export type LoaderQuery<T extends keyof Resolvers, F extends keyof FieldsOf<T>> = {
  obj: Parameters<FieldFn<T, F>>[0];
  params: Parameters<FieldFn<T, F>>[1];
  // Set by the batcher (src/graphql/batch.ts): a loader may look ahead at the selection with it.
  info?: GraphQLResolveInfo;
};
export type LoaderResult<T extends keyof Resolvers, F extends keyof FieldsOf<T>> = Awaited<ReturnType<FieldFn<T, F>>>;
export type Loader<T extends keyof Resolvers, F extends keyof FieldsOf<T>> = (
  queries: LoaderQuery<T, F>[],
  ctx: Ctx,
) => Promise<LoaderResult<T, F>[]>;
export type Loaders = { [T in keyof Resolvers]?: { [F in keyof FieldsOf<T>]?: Loader<T, F> } };
