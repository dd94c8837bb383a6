// @neo4j/graphql (v7) over the same database, served by the same Fastify + Mercurius stack.
import Fastify from 'fastify';
import mercurius from 'mercurius';
import neo4j from 'neo4j-driver';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { LIB_TYPEDEFS } from './lib-typedefs.js';

const uri = process.env.NEO4J_URI!;
const port = Number(process.env.PORT);
const password = process.env.BENCH_NO_AUTH ? undefined : process.env.NEO4J_PASSWORD;
const driver = neo4j.driver(
  uri,
  password
    ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password)
    : { scheme: 'none', principal: '', credentials: '' },
  {
    maxConnectionPoolSize: 50,
  },
);
await driver.verifyConnectivity();
const schema = await new Neo4jGraphQL({ typeDefs: LIB_TYPEDEFS, driver }).getSchema();
const app = Fastify({ logger: false, bodyLimit: 1_000_000 });
await app.register(mercurius, {
  schema,
  path: '/graphql',
  graphiql: false,
  context: () => (process.env.NEO4J_DATABASE ? { sessionConfig: { database: process.env.NEO4J_DATABASE } } : {}),
});
await app.listen({ host: '127.0.0.1', port });
console.log(`READY ${port}`);
const stop = async () => {
  await app.close();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
