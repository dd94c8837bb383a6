// The embedded default: Neo4j Community started from Maven Central artifacts by a one-file Java
// launcher (scripts/embedded-neo4j). The app never knows about it: it only receives a bolt URI.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LAUNCHER_DIR = fileURLToPath(new URL('../../scripts/embedded-neo4j/', import.meta.url));
const CACHE_DIR = fileURLToPath(new URL('../../.data/', import.meta.url));

export interface EmbeddedOptions {
  dataDir: string;
  port: number; // 0 = pick a free port
  heap?: string;
  pagecache?: string;
  log?: (line: string) => void;
  // How long to wait for NEO4J_READY; a cold JVM on a busy 2-core machine needs minutes.
  startTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  // Settles when the Java process exits, for whatever reason.
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

// Resolves (and on first use downloads, ~100 MB) the Neo4j jars; cached by the pom's hash.
export async function ensureClasspath(log: (line: string) => void = console.error): Promise<string> {
  const pomPath = path.join(LAUNCHER_DIR, 'pom.xml');
  const hash = createHash('sha256')
    .update(await readFile(pomPath))
    .digest('hex')
    .slice(0, 16);
  const cpFile = path.join(CACHE_DIR, `classpath-${hash}.txt`);
  if (existsSync(cpFile)) return (await readFile(cpFile, 'utf8')).trim();

  await mkdir(CACHE_DIR, { recursive: true });
  log('embedded Neo4j: resolving Neo4j 5.26 from Maven Central (first run downloads ~100 MB, once)…');
  const started = Date.now();
  let downloaded = 0;
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-f', pomPath, 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}.tmp`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      for (const line of text.split('\n')) {
        if (line.includes('Downloaded from')) {
          downloaded += 1;
          if (downloaded % 25 === 0)
            log(`embedded Neo4j: ${downloaded} artifacts downloaded (${Math.round((Date.now() - started) / 1000)} s)`);
        }
      }
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', (err) => reject(new Error(`could not run Maven (is "mvn" on PATH?): ${err.message}`)));
    mvn.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Maven failed (exit ${code}):\n${tail}`))));
  });
  const cp = (await readFile(`${cpFile}.tmp`, 'utf8')).trim();
  await writeFile(cpFile, cp);
  log(
    `embedded Neo4j: classpath ready (${downloaded} artifacts downloaded in ${Math.round((Date.now() - started) / 1000)} s)`,
  );
  return cp;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? ((l: string) => console.error(l));
  const classpath = await ensureClasspath(log);
  const port = opts.port === 0 ? await freePort() : opts.port;
  await mkdir(opts.dataDir, { recursive: true });
  log(`embedded Neo4j: starting on bolt://127.0.0.1:${port}, data in ${opts.dataDir}`);
  const started = Date.now();

  const child: ChildProcess = spawn(
    'java',
    [
      `-Xmx${opts.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      path.join(LAUNCHER_DIR, 'Neo4jLauncher.java'),
      '--data',
      opts.dataDir,
      '--port',
      String(port),
      '--pagecache',
      opts.pagecache ?? '512m',
    ],
    // stdin stays an open pipe: the launcher exits when it closes, i.e. when this process dies.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  let output = '';
  const startTimeoutMs = opts.startTimeoutMs ?? 300_000;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded Neo4j did not start within ${startTimeoutMs / 1000} s:\n${output.slice(-3000)}`));
    }, startTimeoutMs);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (output.includes(`NEO4J_READY ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not start java (is a JDK 17+ on PATH?): ${err.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded Neo4j exited with code ${code} before it was ready:\n${output.slice(-3000)}`));
    });
  });
  // After start-up the launcher's output is Neo4j's own log, which we do not need on our console.
  child.stdout!.removeAllListeners('data').resume();
  child.stderr!.removeAllListeners('data').resume();
  log(`embedded Neo4j: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    exited,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

export type SupervisorState = 'running' | 'restarting' | 'stopped';

export interface SupervisedNeo4j {
  uri: string;
  state(): { state: SupervisorState; restarts: number; lastExit: string | null };
  stop(): Promise<void>;
}

// The embedded database is a child process and can die on its own (OOM killer, a crash, a stray
// kill). Nobody else would restart it: the API would answer 503 until someone restarted the
// whole service. So it is restarted here, on the same port and data folder, with a back-off that
// grows while it keeps failing and resets once it has stayed up.
export async function superviseEmbeddedNeo4j(
  opts: EmbeddedOptions & { error?: (line: string) => void; backoffMs?: { initial: number; max: number } },
): Promise<SupervisedNeo4j> {
  const log = opts.log ?? ((l: string) => console.error(l));
  const error = opts.error ?? log;
  const backoff = opts.backoffMs ?? { initial: 1_000, max: 30_000 };
  const port = opts.port === 0 ? await freePort() : opts.port;
  let current = await startEmbeddedNeo4j({ ...opts, port });
  let state: SupervisorState = 'running';
  let restarts = 0;
  let lastExit: string | null = null;
  let delay = backoff.initial;
  let wake: (() => void) | undefined;
  // A function, not a comparison: stop() changes the state while this loop awaits.
  const stopped = () => state === 'stopped';

  const loop = (async () => {
    for (;;) {
      const upSince = Date.now();
      const exit = await current.exited;
      if (stopped()) return;
      lastExit = `code ${exit.code}, signal ${exit.signal}`;
      // Stayed up a good while: this is a new failure, not the same one repeating.
      if (Date.now() - upSince > 60_000) delay = backoff.initial;
      state = 'restarting';
      for (;;) {
        error(`embedded Neo4j (pid ${current.pid}) exited unexpectedly (${lastExit}); restarting in ${delay} ms`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, delay);
          wake = () => {
            clearTimeout(t);
            r();
          };
        });
        wake = undefined;
        delay = Math.min(delay * 2, backoff.max);
        if (stopped()) return;
        try {
          current = await startEmbeddedNeo4j({ ...opts, port });
          restarts += 1;
          if (stopped()) {
            await current.stop();
            return;
          }
          state = 'running';
          error(`embedded Neo4j restarted (restart ${restarts}, pid ${current.pid})`);
          break;
        } catch (err) {
          lastExit = (err as Error).message.split('\n')[0] ?? 'start failed';
        }
      }
    }
  })();

  return {
    uri: `bolt://127.0.0.1:${port}`,
    state: () => ({ state, restarts, lastExit }),
    async stop() {
      state = 'stopped';
      wake?.();
      await current.stop();
      await loop;
    },
  };
}
