// Every GraphQL error leaves the server with a code from src/errors.ts. Internal errors are
// logged with the request id and reach the client without stack, Cypher or driver details.
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import type { FastifyBaseLogger } from 'fastify';
import { ApiError, ERRORS, type ErrorCode } from '../errors.js';

interface Formatted {
  statusCode: number;
  response: { data: Record<string, unknown> | null; errors: GraphQLFormattedError[] };
}

// mercurius runs graphql-js as CommonJS while this module may see the ESM copy, so errors are
// read by their shape, never by instanceof.
interface ErrorLike {
  message: string;
  locations?: readonly { line: number; column: number }[];
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
  originalError?:
    | (Error & {
        errors?: unknown;
        code?: string;
        statusCode?: number;
        rateLimited?: boolean;
        extensions?: Record<string, unknown>;
      })
    | null;
}

function flatten(errors: readonly ErrorLike[]): ErrorLike[] {
  return errors.flatMap((e) => {
    const inner = e.originalError?.errors;
    return Array.isArray(inner) ? (inner as ErrorLike[]) : [e];
  });
}

export function classify(e: ErrorLike): { code: ErrorCode; message: string; details?: Record<string, unknown> } {
  const original = e.originalError;
  if (original instanceof ApiError)
    return { code: original.code, message: original.message, details: original.details };
  // HTTP-level failures on the GraphQL route reach mercurius's error handler, and so this formatter.
  if (original?.rateLimited) return { code: 'RATE_LIMITED', message: ERRORS.RATE_LIMITED.message };
  if (original?.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return { code: 'PAYLOAD_TOO_LARGE', message: ERRORS.PAYLOAD_TOO_LARGE.message };
  if (original?.code === 'MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND')
    return { code: 'PERSISTED_QUERY_NOT_FOUND', message: ERRORS.PERSISTED_QUERY_NOT_FOUND.message };
  if (original?.code === 'MER_ERR_GQL_PERSISTED_QUERY_NOT_SUPPORTED')
    return { code: 'PERSISTED_QUERY_NOT_SUPPORTED', message: ERRORS.PERSISTED_QUERY_NOT_SUPPORTED.message };
  if (original?.code === 'MER_ERR_GQL_PERSISTED_QUERY_MISMATCH')
    return { code: 'BAD_REQUEST', message: 'The query does not match its persistedQuery sha256Hash.' };
  if (typeof original?.code === 'string' && original.code.startsWith('FST_ERR_'))
    return { code: 'BAD_REQUEST', message: `${ERRORS.BAD_REQUEST.message} (${original.message})` };
  const own = e.extensions?.code;
  if (typeof own === 'string' && own in ERRORS) return { code: own as ErrorCode, message: e.message };
  // Errors without a path come before execution: parsing, validation, variable coercion.
  if (!e.path) {
    if (e.message.startsWith('Syntax Error')) return { code: 'GRAPHQL_PARSE_FAILED', message: e.message };
    // A value of the wrong form (a bad Date, a too-large Int, a string for an ID) is bad input,
    // whether it came as a variable or as a literal in the query.
    if (/^Variable "\$[^"]+" |^Expected value of type |^Argument "[^"]+" has invalid value /.test(e.message)) {
      return { code: 'BAD_USER_INPUT', message: e.message };
    }
    if (!original || original.code === 'MER_ERR_GQL_VALIDATION' || e.locations)
      return { code: 'GRAPHQL_VALIDATION_FAILED', message: e.message };
  }
  const asGql = original as ErrorLike | undefined | null;
  if (asGql?.extensions && typeof asGql.extensions.code === 'string' && asGql.extensions.code in ERRORS) {
    return { code: asGql.extensions.code as ErrorCode, message: asGql.message };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: ERRORS.INTERNAL_SERVER_ERROR.message };
}

export function formatErrors(
  execution: ExecutionResult & { statusCode?: number },
  log: FastifyBaseLogger,
  requestId: string,
  opts: { hideSuggestions?: boolean } = {},
): Formatted {
  const errors = flatten((execution.errors ?? []) as readonly ErrorLike[]);
  let worst = 0;
  let unavailable = false;
  const out = errors.map((e): GraphQLFormattedError => {
    const { code, message, details } = classify(e);
    if (code === 'INTERNAL_SERVER_ERROR') {
      const cause = (e.originalError as { cause?: unknown } | undefined)?.cause ?? e.originalError ?? e;
      log.error(
        { err: cause, requestId, path: e.path, query: (e.originalError as { query?: string } | undefined)?.query },
        'internal error in GraphQL request',
      );
    }
    if (code === 'SERVICE_UNAVAILABLE' || code === 'OVERLOADED') unavailable = true;
    worst = Math.max(worst, ERRORS[code].status);
    return {
      // In production "Did you mean …?" would map the schema for a caller with introspection off.
      message: opts.hideSuggestions ? message.replace(/ Did you mean .*\?$/, '') : message,
      ...(e.locations ? { locations: e.locations } : {}),
      ...(e.path ? { path: e.path } : {}),
      extensions: { code, ...(details ?? {}), ...(code === 'INTERNAL_SERVER_ERROR' ? { requestId } : {}) },
    };
  });
  const data = (execution.data as Record<string, unknown> | null | undefined) ?? null;
  // Partial data is a 200 (GraphQL over HTTP); a request that produced nothing gets the status of
  // its worst error; an unreachable or overloaded database is always a 503 so clients back off.
  const statusCode = unavailable ? 503 : data !== null ? 200 : worst || 200;
  return { statusCode, response: { data, errors: out } };
}
