// The floor: one POST endpoint per workload, each running ONE hand-written Cypher query through
// neo4j-driver (a managed read transaction) and returning its result as JSON. No GraphQL.
import Fastify from 'fastify';
import neo4j from 'neo4j-driver';
import { toCypherParams } from '../../src/neo4j/executor.js';
import { RAW_CYPHER } from './workloads.js';

const uri = process.env.NEO4J_URI!;
const port = Number(process.env.PORT);
const password = process.env.BENCH_NO_AUTH ? undefined : process.env.NEO4J_PASSWORD;
const database = process.env.NEO4J_DATABASE;
const driver = neo4j.driver(
  uri,
  password
    ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password)
    : { scheme: 'none', principal: '', credentials: '' },
  {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
  },
);
await driver.verifyConnectivity();
const app = Fastify({ logger: false, bodyLimit: 1_000_000 });
for (const [name, cypher] of Object.entries(RAW_CYPHER)) {
  app.post(`/raw/${name}`, async (req) => {
    const params = toCypherParams(req.body ?? {}) as Record<string, unknown>;
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const rows = await session.executeRead((tx) => tx.run(cypher, params), { timeout: 10_000 });
      return { data: rows.records[0]?.get('result') ?? null };
    } finally {
      await session.close();
    }
  });
}
await app.listen({ host: '127.0.0.1', port });
console.log(`READY ${port}`);
const stop = async () => {
  await app.close();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
