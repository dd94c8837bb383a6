// GET /schema.graphql: the SDL this server serves (what codegen and IDEs want as a file), printed
// from the live schema so it cannot drift from it. Off when introspection is, for the same reason.
import fp from 'fastify-plugin';
import { printSchema } from 'graphql';
import type { FastifyPluginAsync } from 'fastify';
import { errorBody, ERRORS } from '../errors.js';

const schemaFilePlugin: FastifyPluginAsync<{ enabled: boolean }> = async (app, { enabled }) => {
  let sdl: string | undefined;
  app.get('/schema.graphql', async (_req, reply) => {
    if (!enabled) return reply.code(ERRORS.INTROSPECTION_DISABLED.status).send(errorBody('INTROSPECTION_DISABLED'));
    sdl ??= printSchema(app.graphql.schema);
    return reply.type('text/plain; charset=utf-8').header('content-disposition', 'inline; filename="schema.graphql"').send(sdl);
  });
};

export default fp(schemaFilePlugin, { name: 'schema-file', fastify: '5.x', dependencies: ['graphql'] });
