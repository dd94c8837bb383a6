// `npm start`: resolve Neo4j (NEO4J_URI or the embedded default), apply migrations, load the
// seeds, serve. On SIGTERM/SIGINT: answer new requests with 503, finish in-flight ones, stop
// listening, close the driver,
// stop the embedded database.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { type Config, ConfigError, parseConfig } from './config.js';
import { resolveNeo4j } from './neo4j/connect.js';
import { importDataset, seedsUnchanged } from './seed/import.js';
import { loadSeeds } from './seed/load-seeds.js';
import { SEED_PATHS } from './seed/paths.js';

let config: Config;
try {
  config = parseConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}

const target = await resolveNeo4j(
  config,
  (line) => console.log(line),
  (line) => console.error(`[error] ${line}`),
);
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
try {
  app = await buildApp({ config, neo4j: target });
  if (config.SEED_ON_START) {
    const ds = await loadSeeds(SEED_PATHS);
    // Re-importing unchanged seeds on every start would overwrite edits made through the API;
    // the curated files win only when they change (or an admin runs importSeeds).
    if (await seedsUnchanged(app.db, ds)) app.log.info('seeds unchanged since the last import: not re-imported');
    // Its own timeout: an import on a busy machine outlasts a request's QUERY_TIMEOUT_MS.
    else
      await importDataset(app.db.withTimeout(config.SEED_TIMEOUT_MS), ds, (line) => app!.log.info(line), {
        who: 'startup',
      });
  }
} catch (err) {
  console.error(err);
  await app?.close();
  await target.stop();
  process.exit(1);
}

closeWithGrace({ delay: 20_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  const started = Date.now();
  // New requests get 503 while those already running finish; then stop listening.
  const drained = await app.drain(4_000);
  app.log.info(drained, 'drained');
  await app.close();
  app.log.info({ ms: Date.now() - started }, 'requests finished, driver closed');
  await target.stop();
  app.log.info({ ms: Date.now() - started }, 'stopped');
});

await app.listen({ host: config.HOST, port: config.PORT });
app.log.info(
  `GraphQL on http://${config.HOST}:${config.PORT}/graphql, GraphiQL on /graphiql${target.embedded ? ` (embedded Neo4j at ${target.uri})` : ''}`,
);
