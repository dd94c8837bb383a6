// Configuration comes from the environment, parsed once at the edge; inside the app it is trusted.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

// API_KEYS="id:role:sha256hex,…": only hashes of the keys are configured, never the keys.
const apiKeys = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .string()
        .regex(
          /^[A-Za-z0-9_.-]{1,64}:(reader|editor|admin):[0-9a-f]{64}$/,
          'each entry must be id:role:sha256-hex (role reader, editor or admin)',
        )
        .transform((e) => {
          const [id, role, hash] = e.split(':') as [string, Role, string];
          return { id, role, hash: Buffer.from(hash, 'hex') };
        }),
    ),
  );
const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean),
);

export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    NEO4J_DATA_DIR: z
      .string()
      .min(1)
      .default(path.join(PROJECT_ROOT, '.data', 'neo4j')),
    NEO4J_EMBEDDED_PORT: port.default(7687),
    NEO4J_EMBEDDED_HEAP: z
      .string()
      .regex(/^\d+[mg]$/i, 'like 1g or 512m')
      .default('1g'),
    NEO4J_EMBEDDED_PAGECACHE: z
      .string()
      .regex(/^\d+[mg]$/i, 'like 1g or 512m')
      .default('512m'),
    SEED_ON_START: bool.default(true),
    GRAPHIQL: bool.default(true),
    QUERY_TIMEOUT_MS: positiveInt.max(600_000).default(10_000),
    DB_ACQUISITION_TIMEOUT_MS: positiveInt.max(60_000).default(5_000),
    DB_RETRY_TIME_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
    DB_PROBE_INTERVAL_MS: positiveInt.max(60_000).default(500),
    DB_PROBE_TIMEOUT_MS: positiveInt.max(120_000).default(5_000),
    // Below the driver's pool of 50, so a transaction never waits for a pooled connection.
    DB_MAX_CONCURRENCY: positiveInt.max(45).default(16),
    DB_QUEUE_PER_CLIENT: positiveInt.max(100_000).default(64),
    DB_QUEUE_MAX: positiveInt.max(1_000_000).default(1_000),
    DB_QUEUE_WAIT_MS: positiveInt.max(600_000).default(10_000),
    // Seconds the whole start-up (Neo4j reachable, migrations) may take; the seed import has its own.
    STARTUP_TIMEOUT_MS: positiveInt.max(3_600_000).default(300_000),
    SEED_TIMEOUT_MS: positiveInt.max(3_600_000).default(600_000),
    API_KEYS: apiKeys.default([]),
    REQUIRE_API_KEY: bool.default(false),
    // Wrong API keys allowed per client address and window before its keyed requests get 429.
    AUTH_FAILURE_MAX: positiveInt.max(100_000).default(20),
    AUTH_FAILURE_WINDOW_MS: positiveInt.max(86_400_000).default(60_000),
    // Whom to believe about the client address (X-Forwarded-For), which rate limits and the wrong-key
    // counter key on. Off unless set: without a proxy in front, any client could pick its address.
    // "true" trusts every hop, a number that many hops, else a comma list of proxy addresses/CIDRs.
    TRUST_PROXY: z
      .string()
      .regex(
        /^(true|false|\d{1,2}|[0-9a-fA-F.:/,\s]+)$/,
        'true, false, a hop count, or a comma list of proxy addresses/CIDRs',
      )
      .transform((v): boolean | number | string[] => {
        if (v === 'true' || v === 'false') return v === 'true';
        if (/^\d+$/.test(v)) return Number(v);
        return v
          .split(',')
          .map((e) => e.trim())
          .filter(Boolean);
      })
      .default(false),
    // Nesting allowed in `variables` and `extensions` (checked without recursion, before anything walks them).
    MAX_VARIABLES_DEPTH: positiveInt.max(1_000).default(32),
    RESPONSE_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(1_000),
    RESPONSE_CACHE_MAX_BYTES: positiveInt.default(50_000_000),
    // See src/plugins/response-cache.ts: 'request' is right for several instances over one graph.
    CACHE_CONSISTENCY: z.enum(['request', 'probe']).default('request'),
    GRAPHQL_DOCUMENT_CACHE: z.coerce.number().int().min(0).max(100_000).default(1_024),
    // Automatic persisted queries kept in memory (hash → text); 0 turns them off.
    PERSISTED_QUERIES: z.coerce.number().int().min(0).max(100_000).default(1_000),
    EXPORT_MAX_ROWS: positiveInt.max(10_000_000).default(100_000),
    // Rows per database round trip while an export streams: memory held versus round trips.
    EXPORT_PAGE_ROWS: positiveInt.max(100_000).default(1_000),
    GRAPHQL_JIT: z.coerce.number().int().min(0).max(1_000_000).default(0),
    MAX_QUERY_DEPTH: positiveInt.max(100).default(12),
    MAX_QUERY_COST: positiveInt.default(200_000),
    MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
    MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(10),
    MAX_TOKENS: positiveInt.max(100_000).default(2_000),
    MAX_QUERY_BYTES: positiveInt.max(1_000_000).default(20_000),
    BODY_LIMIT_BYTES: positiveInt.max(10_000_000).default(100_000),
    MAX_BATCH_OPERATIONS: positiveInt.max(100).default(5),
    INTROSPECTION: bool.default(true),
    RATE_LIMIT_MAX: positiveInt.default(600),
    RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
    CORS_ORIGINS: csv.default([]),
    MAX_EVENT_LOOP_DELAY_MS: positiveInt.default(1_000),
  })
  .refine((c) => c.NEO4J_URI === undefined || c.NEO4J_PASSWORD !== undefined, {
    message: 'NEO4J_PASSWORD is required when NEO4J_URI is set',
    path: ['NEO4J_PASSWORD'],
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n${issues.map((i) => `  ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings from shells and compose files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`));
  }
  return result.data;
}
