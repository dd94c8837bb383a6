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
  GRAPHQL_VALIDATION_FAILED: { code: 'GRAPHQL_VALIDATION_FAILED', status: 400, message: 'The query does not match the schema.' },
  // the service
  SERVICE_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', status: 503, message: 'The database is not reachable; try again shortly.' },
  TIMEOUT: { code: 'TIMEOUT', status: 504, message: 'The query took longer than the configured limit.' },
  INTERNAL_SERVER_ERROR: { code: 'INTERNAL_SERVER_ERROR', status: 500, message: 'Internal error; it has been logged with the request id.' },
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

export const badInput = (message: string, details?: Record<string, unknown>) => new ApiError('BAD_USER_INPUT', message, details);
