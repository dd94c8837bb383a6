// Helpers for test/int/resilience.int.test.ts: real child processes (the API exactly as `npm start`
// runs it, the seed CLI), plain HTTP over fresh sockets, bounded waits, and a cleanup registry that
// kills every process a test started (by pid, or by process group for the ones spawned detached)
// and removes every temp folder, even when the test fails half-way.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
// As `npm start` runs it: tsx as a loader inside one node process. (The tsx CLI runs a second
// process and SIGKILLs it when a busy child does not confirm a relayed SIGTERM within 30 ms.)
export const NODE_TSX = [process.execPath, '--import', 'tsx'];

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
export const sha256hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

// ---- cleanup registry ----
type Cleanup = { label: string; fn: () => Promise<void> | void };
export class Resources {
  private stack: Cleanup[] = [];
  add(label: string, fn: Cleanup['fn']) {
    this.stack.push({ label, fn });
  }
  async tmpDir(prefix: string): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    // Any process still holding the folder (a Java launched by the API child) dies first.
    this.add(`rm ${dir}`, async () => {
      killPids(pidsMentioning(dir), 'SIGKILL');
      await waitUntil(() => pidsMentioning(dir).length === 0, 5_000).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    });
    return dir;
  }
  async cleanup(): Promise<string[]> {
    const problems: string[] = [];
    while (this.stack.length > 0) {
      const c = this.stack.pop()!;
      try {
        await withTimeout(Promise.resolve(c.fn()), 40_000, `cleanup ${c.label}`);
      } catch (err) {
        problems.push(`${c.label}: ${(err as Error).message}`);
      }
    }
    return problems;
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
    }),
  ]);
}

export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what = 'condition',
  intervalMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

// ---- processes ----
// Processes (other than ours) whose command line contains `needle`, e.g. a temp data folder.
export function processesMentioning(needle: string): { pid: number; args: string }[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  } catch {
    return [];
  }
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.includes(needle))
    .map((l) => {
      const m = /^(\d+)\s+(.*)$/.exec(l);
      return { pid: Number(m?.[1]), args: m?.[2] ?? '' };
    })
    .filter((p) => Number.isInteger(p.pid) && p.pid !== process.pid);
}

export const pidsMentioning = (needle: string) => processesMentioning(needle).map((p) => p.pid);

// The embedded Neo4j launchers (Java) whose --data is `dataDir`.
export const javaPidsOf = (dataDir: string) =>
  processesMentioning(dataDir)
    .filter((p) => p.args.startsWith('java') && p.args.includes('Neo4jLauncher'))
    .map((p) => p.pid);

export function countBy<T>(xs: T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

export function killPids(pids: number[], signal: NodeJS.Signals) {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Child {
  proc: ChildProcess;
  pid: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  // Resolves with the first output line matching `re` (rejects on exit or timeout).
  waitForLine(re: RegExp, timeoutMs: number): Promise<string>;
}

// Spawns in its own process group (detached), so cleanup can kill it with everything it started.
export function spawnChild(
  res: Resources,
  label: string,
  args: string[],
  env: Record<string, string>,
  onLine?: (line: string) => void,
): Child {
  const proc = spawn(args[0]!, args.slice(1), {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  let partial = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-200_000);
    partial += text;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      onLine?.(line);
      for (const w of [...waiters]) {
        if (w.re.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    proc.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() }));
  });
  const pid = proc.pid!;
  res.add(`kill ${label} (${pid})`, async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        killPids([pid], 'SIGKILL');
      }
      await withTimeout(exited, 10_000, `${label} to die`).catch(() => {});
    }
    // The group may outlive its leader (a grandchild still running): kill what is left of it.
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // no such group: all gone
    }
  });
  return {
    proc,
    pid,
    output: () => output,
    exited,
    waitForLine(re, timeoutMs) {
      return withTimeout(
        Promise.race([
          new Promise<string>((resolve) => waiters.push({ re, resolve })),
          exited.then(({ code, signal }) => {
            throw new Error(
              `${label} exited (code ${code}, signal ${signal}) before printing ${re}:\n${output.slice(-4000)}`,
            );
          }),
        ]),
        timeoutMs,
        `${label} to print ${re}\n${output.slice(-4000)}`,
      );
    },
  };
}

// ---- HTTP ----
export interface HttpResult {
  status: number; // 0 = no HTTP answer (see error)
  error?: string; // ECONNREFUSED, ECONNRESET, timeout, …
  body?: any;
  text?: string;
  headers?: http.IncomingHttpHeaders;
  start: number; // performance.now() at send
  end: number;
  ms: number;
}

// One request on its own fresh connection (no keep-alive pool), bounded by timeoutMs.
export function request(
  port: number,
  opts: {
    method?: 'GET' | 'POST';
    path: string;
    body?: unknown;
    headers?: Record<string, string>;
    timeoutMs?: number;
    onSent?: () => void;
  },
): Promise<HttpResult> {
  const start = performance.now();
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: Omit<HttpResult, 'start' | 'end' | 'ms'>) => {
      if (done) return;
      done = true;
      const end = performance.now();
      resolve({ ...r, start, end, ms: end - start });
    };
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        agent: false,
        headers: {
          connection: 'close',
          ...(payload !== undefined
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
          ...(opts.headers ?? {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => finish({ status: 0, error: (err as NodeJS.ErrnoException).code ?? err.message }));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = undefined;
          }
          finish({ status: res.statusCode ?? 0, text, body, headers: res.headers });
        });
      },
    );
    req.setTimeout(opts.timeoutMs ?? 30_000, () => {
      finish({ status: 0, error: 'timeout' });
      req.destroy();
    });
    req.on('error', (err) => finish({ status: 0, error: (err as NodeJS.ErrnoException).code ?? err.message }));
    req.on('finish', () => opts.onSent?.());
    req.end(payload);
  });
}

export function graphql(
  port: number,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
  onSent?: () => void,
) {
  return request(port, { method: 'POST', path: '/graphql', body: { query, variables }, headers, timeoutMs, onSent });
}

// ---- the API as `npm start` runs it ----
export interface ApiProcess extends Child {
  port: number;
}

export async function startApi(
  res: Resources,
  env: Record<string, string>,
  opts: { readyTimeoutMs?: number } = {},
): Promise<ApiProcess> {
  const port = Number(env.PORT);
  const child = spawnChild(res, `api:${port}`, [...NODE_TSX, 'src/server.ts'], { LOG_LEVEL: 'warn', ...env });
  const timeout = opts.readyTimeoutMs ?? 120_000;
  const deadline = Date.now() + timeout;
  let exitedEarly: string | undefined;
  void child.exited.then(({ code, signal }) => {
    exitedEarly = `API exited (code ${code}, signal ${signal}) before /ready:\n${child.output().slice(-4000)}`;
  });
  for (;;) {
    if (exitedEarly) throw new Error(exitedEarly);
    const r = await request(port, { path: '/ready', timeoutMs: 3_000 });
    if (r.status === 200) break;
    if (Date.now() > deadline)
      throw new Error(`API on port ${port} not ready within ${timeout} ms:\n${child.output().slice(-4000)}`);
    await sleep(250);
  }
  return { ...child, port };
}

export const stats = (xs: number[]) => {
  if (xs.length === 0) return { n: 0, min: 0, median: 0, p95: 0, max: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return {
    n: s.length,
    min: Math.round(s[0]!),
    median: Math.round(q(0.5)),
    p95: Math.round(q(0.95)),
    max: Math.round(s.at(-1)!),
  };
};
