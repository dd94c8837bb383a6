// Every error the API returns, defined once: its GraphQL `extensions.code`, HTTP status and
// message. Resolvers and plugins throw these and nothing else; driver errors are mapped to them in
// src/neo4j/executor.ts. The README's error table is checked against this list by a test.
export interface ErrorSpec {
  code: string;
  status: number;
  message: string;
}

export const ERRORS = {
  // input
  BAD_USER_INPUT: { code: 'BAD_USER_INPUT', status: 400, message: 'An argument is invalid.' },
  GRAPHQL_PARSE_FAILED: { code: 'GRAPHQL_PARSE_FAILED', status: 400, message: 'The query is not valid GraphQL.' },
  GRAPHQL_VALIDATION_FAILED: {
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: 400,
    message: 'The query does not match the schema.',
  },
  BAD_REQUEST: {
    code: 'BAD_REQUEST',
    status: 400,
    message: 'The request is not a GraphQL request (JSON body with a string `query`).',
  },
  METHOD_NOT_ALLOWED: {
    code: 'METHOD_NOT_ALLOWED',
    status: 405,
    message: 'GraphQL requests are GET (queries only) or POST.',
  },
  // The message is the one Apollo clients look for before they resend the query with its text.
  PERSISTED_QUERY_NOT_FOUND: { code: 'PERSISTED_QUERY_NOT_FOUND', status: 400, message: 'PersistedQueryNotFound' },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    code: 'PERSISTED_QUERY_NOT_SUPPORTED',
    status: 400,
    message: 'PersistedQueryNotSupported',
  },
  NOT_FOUND: { code: 'NOT_FOUND', status: 404, message: 'No such entity.' },
  CONFLICT: { code: 'CONFLICT', status: 409, message: 'An entity with this id already exists with other content.' },
  // who may do what
  UNAUTHENTICATED: {
    code: 'UNAUTHENTICATED',
    status: 401,
    message: 'A valid API key is required (Authorization: Bearer <key>).',
  },
  AUTH_RATE_LIMITED: {
    code: 'AUTH_RATE_LIMITED',
    status: 429,
    message: 'Too many wrong API keys from this client; retry after the time in Retry-After.',
  },
  FORBIDDEN: { code: 'FORBIDDEN', status: 403, message: "This API key's role may not do that." },
  // limits, checked before any Cypher runs
  QUERY_TOO_DEEP: { code: 'QUERY_TOO_DEEP', status: 400, message: 'The query is nested deeper than allowed.' },
  QUERY_TOO_COMPLEX: {
    code: 'QUERY_TOO_COMPLEX',
    status: 400,
    message: 'The query would cost more than allowed (list fields count times their `first`).',
  },
  TOO_MANY_ALIASES: { code: 'TOO_MANY_ALIASES', status: 400, message: 'The query uses more aliases than allowed.' },
  TOO_MANY_DIRECTIVES: {
    code: 'TOO_MANY_DIRECTIVES',
    status: 400,
    message: 'The query uses more directives than allowed.',
  },
  TOO_MANY_TOKENS: { code: 'TOO_MANY_TOKENS', status: 400, message: 'The query has more tokens than allowed.' },
  QUERY_TOO_LARGE: { code: 'QUERY_TOO_LARGE', status: 413, message: 'The query text is longer than allowed.' },
  VARIABLES_TOO_DEEP: {
    code: 'VARIABLES_TOO_DEEP',
    status: 400,
    message: 'The variables or extensions are nested deeper than allowed.',
  },
  HEADERS_TOO_LARGE: {
    code: 'HEADERS_TOO_LARGE',
    status: 431,
    message: 'The request headers are larger than allowed.',
  },
  REQUEST_TIMEOUT: { code: 'REQUEST_TIMEOUT', status: 408, message: 'The request did not arrive in time.' },
  PAYLOAD_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', status: 413, message: 'The request body is larger than allowed.' },
  EXPORT_TOO_LARGE: {
    code: 'EXPORT_TOO_LARGE',
    status: 413,
    message: 'The export would have more rows than allowed; narrow it with a filter.',
  },
  TOO_MANY_OPERATIONS: {
    code: 'TOO_MANY_OPERATIONS',
    status: 400,
    message: 'The batch has more operations than allowed.',
  },
  INTROSPECTION_DISABLED: {
    code: 'INTROSPECTION_DISABLED',
    status: 400,
    message: 'Introspection is disabled on this server.',
  },
  RATE_LIMITED: {
    code: 'RATE_LIMITED',
    status: 429,
    message: 'Too many requests; retry after the time in Retry-After.',
  },
  // the service
  OVERLOADED: { code: 'OVERLOADED', status: 503, message: 'The server is overloaded; retry shortly.' },
  SERVICE_UNAVAILABLE: {
    code: 'SERVICE_UNAVAILABLE',
    status: 503,
    message: 'The database is not reachable; try again shortly.',
  },
  TIMEOUT: { code: 'TIMEOUT', status: 504, message: 'The query took longer than the configured limit.' },
  INTERNAL_SERVER_ERROR: {
    code: 'INTERNAL_SERVER_ERROR',
    status: 500,
    message: 'Internal error; it has been logged with the request id.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERRORS[code].message);
    this.name = 'ApiError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

// The body every non-GraphQL-executed rejection (auth, limits, rate limit, bad body) is sent with,
// shaped like a GraphQL response so clients handle one format.
export function errorBody(code: ErrorCode, message?: string, extra?: Record<string, unknown>) {
  return { data: null, errors: [{ message: message ?? ERRORS[code].message, extensions: { code, ...(extra ?? {}) } }] };
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new ApiError('BAD_USER_INPUT', message, details);
