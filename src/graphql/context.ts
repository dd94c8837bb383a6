import type { MercuriusContext } from 'mercurius';
import type { Executor, QueryCounter } from '../neo4j/executor.js';
import type { Principal } from '../plugins/auth.js';

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

// What a mercurius loader receives: one entry per parent object on the current level.
export type LoaderQuery<O, P = Record<string, unknown>> = { obj: O; params: P };
export type Loader<O, P = Record<string, unknown>> = (queries: LoaderQuery<O, P>[], ctx: Ctx) => Promise<unknown[]>;
