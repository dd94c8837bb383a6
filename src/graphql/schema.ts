// The served schema is schema/*.graphql, read in name order; the resolvers and loaders of every
// domain module are merged here. The contract test builds the schema through this same function.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLError, GraphQLScalarType, Kind, buildSchema, type GraphQLSchema } from 'graphql';
import type { IResolvers, MercuriusLoaders } from 'mercurius';
import { isIsoDate } from './args.js';
import { type BatchLoader, batchedResolvers } from './batch.js';
import * as agencies from '../agencies/resolvers.js';
import * as assignments from '../assignments/resolvers.js';
import * as edits from '../edits/resolvers.js';
import * as funding from '../funding/resolvers.js';
import * as dataVersion from '../meta/resolvers.js';
import * as nodes from '../nodes/resolvers.js';
import * as paths from '../paths/resolvers.js';
import * as register from '../register/resolvers.js';
import * as search from '../search/resolvers.js';
import * as strategies from '../strategies/resolvers.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

export function buildServedSchema(): GraphQLSchema {
  return buildSchema(loadTypeDefs());
}

const parseDate = (value: unknown): string => {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError('Date must be an ISO 8601 calendar date (YYYY-MM-DD)', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
};

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'ISO 8601 calendar date, e.g. 2026-10-15.',
  serialize: (v) => String(v),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Date must be a string like "2026-10-15"', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});

const modules = [nodes, agencies, assignments, strategies, funding, search, paths, edits, register, dataVersion] as {
  resolvers: IResolvers;
  loaders?: MercuriusLoaders;
}[];

function mergeMaps<T extends object>(parts: (T | undefined)[]): T {
  const out: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    if (!part) continue;
    for (const [type, fields] of Object.entries(part)) {
      out[type] ??= {};
      for (const [field, fn] of Object.entries(fields as Record<string, unknown>)) {
        if (field in out[type]!) throw new Error(`${type}.${field} is defined by two modules`);
        out[type]![field] = fn;
      }
    }
  }
  return out as T;
}

// The modules' loaders run as resolvers with this project's own per-request batching
// (src/graphql/batch.ts), not through mercurius's `loaders` option.
export function resolvers(): IResolvers {
  const batched = modules.map(
    (m) => m.loaders && batchedResolvers(m.loaders as Record<string, Record<string, BatchLoader>>),
  );
  return { ...mergeMaps([...modules.map((m) => m.resolvers), ...batched]), Date: DateScalar } as IResolvers;
}
