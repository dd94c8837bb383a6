// GET /schema.graphql: the SDL this server serves (what codegen and IDEs want as a file), printed
// from the live schema so it cannot drift from it. Off when introspection is, for the same reason.
// The schema comes as a function: mercurius lives in the GraphQL route's own context (src/app.ts),
// whose request hooks (GraphQL parameter checks, cache) are not this route's.
import { createRequire } from 'node:module';
import type { FastifyPluginAsync } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { errorBody, ERRORS } from '../errors.js';

// mercurius builds the schema with the CommonJS graphql; printing it with the ESM copy would fail
// graphql-js's same-realm check, so the printer comes from the same copy.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schemaFilePlugin: FastifyPluginAsync<{ enabled: boolean; schema: () => GraphQLSchema }> = async (
  app,
  { enabled, schema },
) => {
  let sdl: string | undefined;
  app.get('/schema.graphql', async (_req, reply) => {
    if (!enabled) return reply.code(ERRORS.INTROSPECTION_DISABLED.status).send(errorBody('INTROSPECTION_DISABLED'));
    sdl ??= printSchema(schema());
    return reply
      .type('text/plain; charset=utf-8')
      .header('content-disposition', 'inline; filename="schema.graphql"')
      .send(sdl);
  });
};

export default schemaFilePlugin;
