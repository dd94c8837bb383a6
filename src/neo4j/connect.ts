// Where the database comes from: NEO4J_URI if set, else the embedded default. Either way the rest
// of the program only sees a URI and credentials.
import type { Config } from '../config.js';
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from './embedded.js';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string | undefined;
  database: string | undefined;
  embedded: boolean;
  // The embedded supervisor's view (running / restarting, restarts so far); absent for NEO4J_URI.
  supervisor?: SupervisedNeo4j['state'];
  stop(): Promise<void>;
}

export async function resolveNeo4j(
  config: Config,
  log: (line: string) => void,
  error: (line: string) => void = log,
): Promise<Neo4jTarget> {
  if (config.NEO4J_URI) {
    return {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      embedded: false,
      stop: async () => {},
    };
  }
  const neo = await superviseEmbeddedNeo4j({
    dataDir: config.NEO4J_DATA_DIR,
    port: config.NEO4J_EMBEDDED_PORT,
    heap: config.NEO4J_EMBEDDED_HEAP,
    pagecache: config.NEO4J_EMBEDDED_PAGECACHE,
    startTimeoutMs: config.STARTUP_TIMEOUT_MS,
    log,
    error,
  });
  return {
    uri: neo.uri,
    user: 'neo4j',
    password: undefined,
    database: undefined,
    embedded: true,
    supervisor: neo.state,
    stop: () => neo.stop(),
  };
}
