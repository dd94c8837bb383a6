// GraphQL over HTTP at /graphql (GraphiQL at /graphiql), with per-request context that counts
// Cypher round trips, and every error shaped by src/graphql/format-errors.ts.
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import type { FastifyPluginAsync } from 'fastify';
import { loadTypeDefs, loaders, resolvers } from '../graphql/schema.js';
import { formatErrors } from '../graphql/format-errors.js';
import { todayUtc } from '../graphql/args.js';
import { validationRules } from '../graphql/validation.js';
import type { Config } from '../config.js';
import '../graphql/context.js';

export interface GraphqlPluginOptions {
  config: Config;
}

const graphqlPlugin: FastifyPluginAsync<GraphqlPluginOptions> = async (app, { config }) => {
  const production = config.NODE_ENV === 'production';
  await app.register(mercurius, {
    schema: loadTypeDefs(),
    resolvers: resolvers(),
    loaders: loaders(),
    graphiql: config.GRAPHIQL,
    path: '/graphql',
    allowBatchedQueries: true,
    // The cost rule needs each request's variables (a `first: $n` counts as $n), which mercurius
    // only passes to a validationRules function, and that rules out its parsed-query cache.
    validationRules: validationRules(config),
    cache: false,
    context: (request) => {
      const queries = { count: 0 };
      return { db: app.db.withCounter(queries), queries, today: todayUtc(), principal: request.principal };
    },
    errorFormatter: (execution, ctx) => {
      const log = ctx.reply?.log ?? app.log;
      return formatErrors(execution, log, String(ctx.reply?.request.id ?? 'none'), { hideSuggestions: production });
    },
  });
  // Round trips to Neo4j per request, for operators and for the N+1 test.
  app.graphql.addHook('onResolution', async (_execution, context) => {
    context.reply.header('x-db-round-trips', String(context.queries.count));
  });
};

export default fp(graphqlPlugin, { name: 'graphql', fastify: '5.x', dependencies: ['neo4j'] });
