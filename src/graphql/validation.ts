// GraphQL-level limits as validation rules. Each rejection carries its own code from
// src/errors.ts; the error formatter turns a request that failed validation into HTTP 400.
import { createRequire } from 'node:module';
import type {
  DocumentNode,
  GraphQLError as GraphQLErrorType,
  GraphQLSchema,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// mercurius runs graphql-js as CommonJS; these rules must use that same copy, or graphql-js's
// instanceof checks fail across the ESM/CJS "realms" (variables with ID/String types, errors).
const require = createRequire(import.meta.url);
const { GraphQLError, NoSchemaIntrospectionCustomRule, getNamedType, getNullableType, isListType, isObjectType } =
  require('graphql') as typeof import('graphql');
const { getComplexity, simpleEstimator } =
  require('graphql-query-complexity') as typeof import('graphql-query-complexity');
const { maxAliasesRule } =
  require('@escape.tech/graphql-armor-max-aliases') as typeof import('@escape.tech/graphql-armor-max-aliases');
const { maxDepthRule } =
  require('@escape.tech/graphql-armor-max-depth') as typeof import('@escape.tech/graphql-armor-max-depth');
const { maxDirectivesRule } =
  require('@escape.tech/graphql-armor-max-directives') as typeof import('@escape.tech/graphql-armor-max-directives');
import type { Config } from '../config.js';
import { ERRORS, type ErrorCode } from '../errors.js';
import { PAGE_DEFAULT } from './args.js';

// Re-codes what a library rule reports, keeping its message (minus the "Syntax Error: " prefix
// graphql-armor puts on validation findings).
function withCode(rule: ValidationRule, code: ErrorCode): ValidationRule {
  return (context: ValidationContext) => {
    const proxy = Object.create(context) as ValidationContext;
    proxy.reportError = (error: GraphQLErrorType) =>
      context.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { nodes: error.nodes, extensions: { code } }),
      );
    return rule(proxy);
  };
}

// graphql-armor's rules throw on rejection by default, which aborts validation with an error that
// looks like a syntax error; reporting instead keeps validation going and gives the error its code.
function reportAs(code: ErrorCode) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLErrorType) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } })),
    ],
  };
}

// Lists without `first` are counted as this many items: participants, sources, children and the
// like are small in the real graph, but a query may not assume they are free.
const UNPAGED_LIST_ESTIMATE = 5;

// Cost = 1 per field, and a list or connection multiplies what is under it by its `first`
// (or its default page size). So a request for a million nodes costs about a million.
export const listAwareEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  // A connection's edges are the page its field already counted by `first`.
  if (parent.name.endsWith('Connection')) return 1 + childComplexity;
  const type = getNullableType(field.type);
  const named = getNamedType(field.type);
  const isConnection = isObjectType(named) && named.name.endsWith('Connection');
  const isList = isListType(type);
  if (!isList && !isConnection) return 1 + childComplexity;
  const first =
    typeof args.first === 'number' && args.first >= 0
      ? args.first
      : isConnection
        ? PAGE_DEFAULT
        : UNPAGED_LIST_ESTIMATE;
  return 1 + Math.max(1, first) * childComplexity;
};

// The rules that depend on the query text alone, so mercurius may cache a document with its
// validation result (and compile it with graphql-jit) after the first request.
export function validationRules(config: Config): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: config.MAX_QUERY_DEPTH,
      flattenFragments: true,
      ignoreIntrospection: true,
      exposeLimits: true,
      ...reportAs('QUERY_TOO_DEEP'),
    }),
    maxAliasesRule({ n: config.MAX_ALIASES, exposeLimits: true, ...reportAs('TOO_MANY_ALIASES') }),
    maxDirectivesRule({ n: config.MAX_DIRECTIVES, exposeLimits: true, ...reportAs('TOO_MANY_DIRECTIVES') }),
  ];
  if (!config.INTROSPECTION) rules.push(withCode(NoSchemaIntrospectionCustomRule, 'INTROSPECTION_DISABLED'));
  return rules;
}

// The cost depends on the variables too (`first: $n` counts as $n), so it is checked per request,
// after validation and before any resolver runs (mercurius's preExecution hook).
export function costCheck(config: Config) {
  const estimators = [listAwareEstimator, simpleEstimator({ defaultComplexity: 1 })];
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ): GraphQLErrorType | null => {
    let cost: number;
    try {
      cost = getComplexity({ estimators, schema, query: document, variables: variables ?? {}, operationName });
    } catch {
      // Only when the variables do not fit the query, which execution reports with its own code.
      return null;
    }
    if (cost <= config.MAX_QUERY_COST) return null;
    return new GraphQLError(
      `The query costs ${cost}; the limit is ${config.MAX_QUERY_COST}. ${ERRORS.QUERY_TOO_COMPLEX.message}`,
      {
        extensions: { code: 'QUERY_TOO_COMPLEX', cost, max: config.MAX_QUERY_COST },
      },
    );
  };
}
