// GraphQL over HTTP at /graphql (GraphiQL at /graphiql), with per-request context that counts
// Cypher round trips, and every error shaped by src/graphql/format-errors.ts.
import fp from 'fastify-plugin';
import mercurius from 'mercurius';
import type { FastifyPluginAsync } from 'fastify';
import { loadTypeDefs, loaders, resolvers } from '../graphql/schema.js';
import { formatErrors } from '../graphql/format-errors.js';
import { todayUtc } from '../graphql/args.js';
import '../graphql/context.js';

export interface GraphqlPluginOptions {
  graphiql: boolean;
  production: boolean;
}

const graphqlPlugin: FastifyPluginAsync<GraphqlPluginOptions> = async (app, opts) => {
  await app.register(mercurius, {
    schema: loadTypeDefs(),
    resolvers: resolvers(),
    loaders: loaders(),
    graphiql: opts.graphiql,
    path: '/graphql',
    context: () => {
      const queries = { count: 0 };
      return { db: app.db.withCounter(queries), queries, today: todayUtc() };
    },
    errorFormatter: (execution, ctx) => {
      const log = ctx.reply?.log ?? app.log;
      return formatErrors(execution, log, String(ctx.reply?.request.id ?? 'none'));
    },
  });
  // Round trips to Neo4j per request, for operators and for the N+1 test.
  app.graphql.addHook('onResolution', async (_execution, context) => {
    context.reply.header('x-db-round-trips', String(context.queries.count));
  });
};

export default fp(graphqlPlugin, { name: 'graphql', fastify: '5.x', dependencies: ['neo4j'] });
