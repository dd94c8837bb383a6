// Every GraphQL error leaves the server with a code from src/errors.ts. Internal errors are
// logged with the request id and reach the client without stack, Cypher or driver details.
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import { ApiError, ERRORS, type ErrorCode } from '../errors.js';

interface Formatted {
  statusCode: number;
  response: { data: Record<string, unknown> | null; errors: GraphQLFormattedError[] };
}

function flatten(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.flatMap((e) => {
    const inner = (e.originalError as { errors?: unknown } | undefined)?.errors;
    if (Array.isArray(inner)) return inner.map((x) => (x instanceof GraphQLError ? x : new GraphQLError(String((x as Error).message ?? x))));
    return [e];
  });
}

export function classify(e: GraphQLError): { code: ErrorCode; message: string; details?: Record<string, unknown> } {
  const original = e.originalError;
  if (original instanceof ApiError) return { code: original.code, message: original.message, details: original.details };
  const own = e.extensions?.code;
  if (typeof own === 'string' && own in ERRORS) return { code: own as ErrorCode, message: e.message };
  if (!original || (original as { code?: string }).code === 'MER_ERR_GQL_VALIDATION') {
    if (e.message.startsWith('Syntax Error')) return { code: 'GRAPHQL_PARSE_FAILED', message: e.message };
    if (/^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(e.message)) return { code: 'BAD_USER_INPUT', message: e.message };
    if (!e.path) return { code: 'GRAPHQL_VALIDATION_FAILED', message: e.message };
  }
  const asGql = original as GraphQLError | undefined;
  if (asGql?.extensions && typeof asGql.extensions.code === 'string' && asGql.extensions.code in ERRORS) {
    return { code: asGql.extensions.code as ErrorCode, message: asGql.message };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: ERRORS.INTERNAL_SERVER_ERROR.message };
}

export function formatErrors(execution: ExecutionResult & { statusCode?: number }, log: FastifyBaseLogger, requestId: string): Formatted {
  const errors = flatten(execution.errors ?? []);
  let worst = 0;
  let unavailable = false;
  const out = errors.map((e): GraphQLFormattedError => {
    const { code, message, details } = classify(e);
    if (code === 'INTERNAL_SERVER_ERROR') {
      const cause = (e.originalError as { cause?: unknown } | undefined)?.cause ?? e.originalError ?? e;
      log.error({ err: cause, requestId, path: e.path, query: (e.originalError as { query?: string } | undefined)?.query }, 'internal error in GraphQL request');
    }
    if (code === 'SERVICE_UNAVAILABLE') unavailable = true;
    worst = Math.max(worst, ERRORS[code].status);
    return {
      message,
      ...(e.locations ? { locations: e.locations } : {}),
      ...(e.path ? { path: e.path } : {}),
      extensions: { code, ...(details ?? {}), ...(code === 'INTERNAL_SERVER_ERROR' ? { requestId } : {}) },
    };
  });
  const data = (execution.data as Record<string, unknown> | null | undefined) ?? null;
  // Partial data is a 200 (GraphQL over HTTP); a request that produced nothing gets the status of
  // its worst error; an unreachable database is always a 503 so load balancers and clients back off.
  const statusCode = unavailable ? 503 : data !== null ? 200 : worst || 200;
  return { statusCode, response: { data, errors: out } };
}
