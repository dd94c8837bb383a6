// Our API for the benchmark: buildApp (migrations already applied by the runner), no seeding, no
// logging; listens on PORT and prints "READY <port>" once it takes requests.
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';

const config = parseConfig({ ...process.env, LOG_LEVEL: 'silent', GRAPHIQL: 'false', NODE_ENV: 'production' });
const app = await buildApp({
  config,
  neo4j: {
    uri: config.NEO4J_URI!,
    user: config.NEO4J_USER,
    password: process.env.BENCH_NO_AUTH ? undefined : config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  },
  migrate: false,
  logger: false,
});
await app.listen({ host: '127.0.0.1', port: config.PORT });
console.log(`READY ${config.PORT}`);
const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
