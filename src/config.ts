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
    NEO4J_DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, '.data', 'neo4j')),
    NEO4J_EMBEDDED_PORT: port.default(7687),
    NEO4J_EMBEDDED_HEAP: z.string().regex(/^\d+[mg]$/i, 'like 1g or 512m').default('1g'),
    NEO4J_EMBEDDED_PAGECACHE: z.string().regex(/^\d+[mg]$/i, 'like 1g or 512m').default('512m'),
    SEED_ON_START: bool.default(true),
    GRAPHIQL: bool.default(true),
    QUERY_TIMEOUT_MS: positiveInt.max(600_000).default(10_000),
    DB_ACQUISITION_TIMEOUT_MS: positiveInt.max(60_000).default(1_500),
    DB_RETRY_TIME_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
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
