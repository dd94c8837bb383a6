// API keys from config (only their SHA-256 hashes are configured), sent as Authorization: Bearer.
// A presented key is hashed and compared with every configured hash in constant time; a wrong key
// is always UNAUTHENTICATED, a missing one is the anonymous reader unless REQUIRE_API_KEY is set.
import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';
import type { Role } from '../config.js';
import { errorBody } from '../errors.js';

export interface Principal {
  keyId: string;
  role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
}

export interface AuthOptions {
  keys: { id: string; role: Role; hash: Buffer }[];
  requireKey: boolean;
}

const ANONYMOUS: Principal = { keyId: 'anonymous', role: 'reader' };
const OPEN_PATHS = new Set(['/health', '/ready']);
// The source documents are public texts: an auditor following a Source.url needs no key.
const isOpen = (path: string) => OPEN_PATHS.has(path) || (path.startsWith('/documents/') && path.indexOf('/', 11) < 0);

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function findKey(keys: AuthOptions['keys'], token: string): AuthOptions['keys'][number] | undefined {
  const presented = sha256(token);
  let match: AuthOptions['keys'][number] | undefined;
  // No early exit: the time taken does not tell which entry (or whether any) matched.
  for (const key of keys) if (timingSafeEqual(key.hash, presented) && match === undefined) match = key;
  return match;
}

const authPlugin: FastifyPluginAsync<AuthOptions> = async (app, opts) => {
  app.decorateRequest('principal', null as unknown as Principal);
  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0]!;
    const header = req.headers.authorization;
    if (header === undefined) {
      if (opts.requireKey && !isOpen(path)) return reply.code(401).header('www-authenticate', 'Bearer').send(errorBody('UNAUTHENTICATED'));
      req.principal = ANONYMOUS;
      return;
    }
    const m = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header);
    const key = m ? findKey(opts.keys, m[1]!) : undefined;
    if (!key) return reply.code(401).header('www-authenticate', 'Bearer').send(errorBody('UNAUTHENTICATED', 'The API key is not valid.'));
    req.principal = { keyId: key.id, role: key.role };
  });
};

export default fp(authPlugin, { name: 'auth', fastify: '5.x' });
