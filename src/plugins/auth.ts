// API keys from config (only their SHA-256 hashes are configured), sent as Authorization: Bearer.
// A presented key is hashed and compared with every configured hash in constant time; a wrong key
// is always UNAUTHENTICATED, a missing one is the anonymous reader unless REQUIRE_API_KEY is set.
// Wrong keys are counted per client address: after AUTH_FAILURE_MAX of them in a window, every
// request from that address that carries a key is refused with 429 AUTH_RATE_LIMITED until the
// window ends, a right key included (else guessing would go on, with a 200 telling when it hit).
// This plugin only decorates: `app.authenticate` is the onRequest hook, added by the contexts whose
// routes serve data (src/app.ts: GraphQL, the schema file, exports). Pages, their scripts, the
// public source documents and the health checks are registered outside them: a browser cannot send
// a bearer key when it navigates, and those hold no data the key protects.
import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyPluginAsync, onRequestAsyncHookHandler } from 'fastify';
import type { Role } from '../config.js';
import { errorBody } from '../errors.js';

export interface Principal {
  keyId: string;
  role: Role;
  // No key was presented; kept apart from keyId so that a key named "anonymous" is still a key.
  anonymous: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
  interface FastifyInstance {
    authenticate: onRequestAsyncHookHandler;
  }
}

export interface AuthOptions {
  keys: { id: string; role: Role; hash: Buffer }[];
  requireKey: boolean;
  failureMax: number;
  failureWindowMs: number;
}

const ANONYMOUS: Principal = { keyId: 'anonymous', role: 'reader', anonymous: true };
// Bounds the memory an attacker rotating addresses can make the counter take.
const MAX_TRACKED_CLIENTS = 100_000;

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

// Fixed-window count of wrong keys per client address.
export class FailureCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  // Milliseconds until the client may try again, or 0 when it may now.
  blockedFor(client: string): number {
    const w = this.windows.get(client);
    if (!w) return 0;
    const left = w.resetAt - this.now();
    if (left <= 0) {
      this.windows.delete(client);
      return 0;
    }
    return w.count >= this.max ? left : 0;
  }

  fail(client: string): void {
    const now = this.now();
    let w = this.windows.get(client);
    if (!w || w.resetAt <= now) {
      if (this.windows.size >= MAX_TRACKED_CLIENTS) this.sweep(now);
      w = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(client, w);
    }
    w.count += 1;
  }

  private sweep(now: number) {
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    // All still live: drop the oldest (Map keeps insertion order) rather than grow without bound.
    while (this.windows.size >= MAX_TRACKED_CLIENTS) this.windows.delete(this.windows.keys().next().value!);
  }
}

const authPlugin: FastifyPluginAsync<AuthOptions> = async (app, opts) => {
  const failures = new FailureCounter(opts.failureMax, opts.failureWindowMs);
  app.decorateRequest('principal', null as unknown as Principal);
  const authenticate: onRequestAsyncHookHandler = async (req, reply) => {
    const header = req.headers.authorization;
    if (header === undefined) {
      if (opts.requireKey)
        return reply.code(401).header('www-authenticate', 'Bearer').send(errorBody('UNAUTHENTICATED'));
      req.principal = ANONYMOUS;
      return;
    }
    const blockedMs = failures.blockedFor(req.ip);
    if (blockedMs > 0) {
      return reply
        .code(429)
        .header('retry-after', String(Math.ceil(blockedMs / 1000)))
        .send(errorBody('AUTH_RATE_LIMITED'));
    }
    const m = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header);
    const key = m ? findKey(opts.keys, m[1]!) : undefined;
    if (!key) {
      failures.fail(req.ip);
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send(errorBody('UNAUTHENTICATED', 'The API key is not valid.'));
    }
    req.principal = { keyId: key.id, role: key.role, anonymous: false };
  };
  app.decorate('authenticate', authenticate);
};

export default fp(authPlugin, { name: 'auth', fastify: '5.x' });
