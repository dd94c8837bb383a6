// `npm run bench [-- --scales 1,10,100] [--duration 5] [--rounds 2] [--warmup 2] [--only point,search] [--profile]
//   [--cpu-prof DIR] [--base REF] [--this-env K=V,…]`
//
// For each scale: starts its own Neo4j (embedded, temp data dir, free port; or NEO4J_URI if set),
// migrates it, imports the curated seeds (scale 1) or the synthetic dataset at that scale, picks ids
// from the data, then starts three HTTP servers as separate processes — our API (serve-ours.ts),
// @neo4j/graphql (serve-lib.ts) and the raw-Cypher floor (serve-raw.ts) — and drives each workload
// with autocannon at a fixed concurrency, interleaving the three targets in short rounds so that
// drift hits all alike. Writes scripts/bench/results.json and prints markdown tables.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { parseConfig } from '../../src/config.js';
import { CypherStore } from '../../src/neo4j/cypher-store.js';
import { freePort, startEmbeddedNeo4j } from '../../src/neo4j/embedded.js';
import { createDriver, Executor, toCypherParams } from '../../src/neo4j/executor.js';
import { migrate } from '../../src/neo4j/migrate.js';
import { loadSeeds } from '../../src/seed/load-seeds.js';
import { SEED_PATHS } from '../../src/seed/paths.js';
import { fold } from '../../src/domain/text.js';
import { toLuceneQuery } from '../../src/search/lucene.js';
import { generateSynthetic, importSynthetic, type ImportReport, type SyntheticStats } from './synthetic.js';
import { RAW_CYPHER, workloads, type Picks, type Workload } from './workloads.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// `nocache` is our API with the response cache off: every request goes through GraphQL execution
// and Neo4j, as a first-time question would.
const TARGETS = ['ours', 'nocache', 'lib', 'raw'] as const;
// `base` (only with --base REF): our API without the cache as committed at REF, measured in the
// same interleaved rounds as `nocache`, so one change is compared side by side on one machine.
type Target = (typeof TARGETS)[number] | 'base';

// ---------- arguments ----------
const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const scales = (arg('scales') ?? arg('scale') ?? '1').split(',').map((s) => {
  const n = Number(s);
  if (!Number.isFinite(n) || n < 1) throw new Error(`bad scale "${s}"`);
  return Math.round(n);
});
const multi = scales.length > 1;
const DURATION = Number(arg('duration') ?? (multi ? 3 : 5));
const ROUNDS = Number(arg('rounds') ?? 2);
const WARMUP = Number(arg('warmup') ?? (multi ? 1 : 2));
const CONNECTIONS = Number(arg('connections') ?? 10);
const ONLY = arg('only')?.split(',');
const PROFILE = argv.includes('--profile');
const SEARCH_TEXT = arg('search') ?? 'våld mot kvinnor';
// Measure our API as committed at a git ref instead of the working tree (e.g. while the working
// tree is mid-edit): the ref's src/, schema/ and cypher/ are exported with `git archive` (read-only).
const OURS_REF = arg('ours-ref');
// Write a V8 CPU profile of the uncached server (`nocache`) into this folder when it stops, to see
// where a first-time request spends its time (open the .cpuprofile in Chrome DevTools).
const CPU_PROF = arg('cpu-prof');
const BASE_REF = arg('base');
// Settings for this tree's servers only (`--this-env GRAPHQL_JIT=1,…`), to weigh a setting against `base`.
const THIS_ENV = Object.fromEntries(
  (arg('this-env') ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
);
const RUN_TARGETS: Target[] = BASE_REF ? [...TARGETS, 'base'] : [...TARGETS];
const log = (line: string) => console.error(line);

// ---------- helpers ----------
function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

// CPU time a process has used so far (user + system), from /proc/<pid>/stat; 100 ticks a second
// on Linux. Per request it shows where a request's work is done: in the server or in Neo4j.
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

interface Server {
  target: Target;
  port: number;
  child: ChildProcess;
  url: (w: Workload) => string;
  body: (w: Workload) => string | null;
}

async function oursSnapshot(ref: string, what = 'our API'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-ours-'));
  await new Promise<void>((resolve, reject) => {
    const p = spawn(
      'sh',
      ['-c', `git archive ${JSON.stringify(ref)} src schema cypher package.json | tar -x -C ${JSON.stringify(dir)}`],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`git archive ${ref} failed (${code})`))));
  });
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  await mkdir(path.join(dir, 'scripts', 'bench'), { recursive: true });
  await copyFile(path.join(HERE, 'serve-ours.ts'), path.join(dir, 'scripts', 'bench', 'serve-ours.ts'));
  log(`${what}: measuring ${ref} (exported to ${dir})`);
  return dir;
}
const oursRoot = OURS_REF ? await oursSnapshot(OURS_REF) : ROOT;
const baseRoot = BASE_REF ? await oursSnapshot(BASE_REF, 'base') : ROOT;

async function startServer(target: Target, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const isOurs = target === 'ours' || target === 'nocache' || target === 'base';
  const root = target === 'base' ? baseRoot : oursRoot;
  const script = path.join(isOurs ? path.join(root, 'scripts', 'bench') : HERE, `serve-${isOurs ? 'ours' : target}.ts`);
  const prof = CPU_PROF && target === 'nocache' ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROF)}`] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', script], {
    cwd: isOurs ? root : ROOT,
    env: {
      ...process.env,
      ...env,
      ...(target === 'ours' || target === 'nocache' ? THIS_ENV : {}),
      ...(target === 'nocache' || target === 'base' ? { RESPONSE_CACHE_ENTRIES: '0' } : {}),
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target} server did not start:\n${out.slice(-2000)}`)), 60_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      if (out.includes(`READY ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${target} server exited (${code}):\n${out.slice(-2000)}`));
    });
  });
  child.stdout!.removeAllListeners('data').resume();
  child.stderr!.removeAllListeners('data');
  child.stderr!.on('data', (c: Buffer) => {
    const t = c.toString().trim();
    if (t) log(`[${target}] ${t.slice(0, 500)}`);
  });
  child.removeAllListeners('exit');
  const base = `http://127.0.0.1:${port}`;
  return {
    target,
    port,
    child,
    url: (w) => (target === 'raw' ? `${base}/raw/${w.name}` : `${base}/graphql`),
    body: (w) => {
      if (target === 'raw') return JSON.stringify(w.raw);
      const req = isOurs ? w.ours : w.lib;
      return 'na' in req ? null : JSON.stringify(req);
    },
  };
}

async function stopServer(s: Server) {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  const t = setTimeout(() => s.child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(t);
}

interface Sample {
  latencies: number[];
  seconds: number;
  non2xx: number;
  errors: number;
  rssMax: number;
  serverCpuMs: number;
  neo4jCpuMs: number;
}

function drive(
  url: string,
  body: string,
  seconds: number,
  pid: number | undefined,
  keep: boolean,
  neoPid?: number,
): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const cpu0 = [cpuMs(pid), cpuMs(neoPid)];
    let rssMax = rssMb(pid);
    const timer = setInterval(() => (rssMax = Math.max(rssMax, rssMb(pid))), 250);
    const started = performance.now();
    const inst = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: CONNECTIONS,
        duration: seconds,
        pipelining: 1,
        timeout: 30,
      },
      (err, result) => {
        clearInterval(timer);
        if (err) return reject(err);
        resolve({
          latencies: keep ? latencies : [],
          seconds: (performance.now() - started) / 1000,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          rssMax: Math.max(rssMax, rssMb(pid)),
          serverCpuMs: cpuMs(pid) - cpu0[0]!,
          neo4jCpuMs: cpuMs(neoPid) - cpu0[1]!,
        });
      },
    );
    inst.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      if (keep) latencies.push(responseTime);
    });
  });
}

async function post(
  url: string,
  body: string,
): Promise<{ status: number; json: unknown; bytes: number; roundTrips: string | null }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, bytes: text.length, roundTrips: res.headers.get('x-db-round-trips') };
}

// ---------- picking ids from the data ----------
async function pickIds(db: Executor): Promise<Picks> {
  const q = async (cypher: string, params: Record<string, unknown> = {}) =>
    (
      await db.driver.executeQuery(cypher, toCypherParams(params) as Record<string, unknown>, {
        database: db.options.database,
        routing: 'READ',
      })
    ).records.map((r) => r.toObject());
  // The agency with the most ASSIGNEE/COORDINATOR participations (so it has collaborators too).
  const [top] = await q(`MATCH (a:Agency)-[r:PARTICIPATES_IN]->(:Assignment) WHERE r.role IN ['ASSIGNEE', 'COORDINATOR']
    RETURN a.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 1`);
  const [strat] =
    await q(`MATCH (s:Strategy) CALL (s) { MATCH (x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(s) RETURN count(DISTINCT x) AS n }
    RETURN s.id AS id, n ORDER BY n DESC, id LIMIT 1`);
  const [payer] = await q(
    `MATCH (a:Agency)<-[:FROM]-(f:FundingFlow) WHERE f.stage IN ['ALLOCATED', 'PAID'] RETURN a.id AS id, count(f) AS n ORDER BY n DESC, id LIMIT 1`,
  );
  // Collaboration graph (ASSIGNEE/COORDINATOR), BFS in memory: a double sweep finds two agencies
  // far apart, as far as possible within the default 4 hops.
  const edges = await q(
    `MATCH (a:Agency)-[r:PARTICIPATES_IN]->(x:Assignment) WHERE r.role IN ['ASSIGNEE', 'COORDINATOR'] RETURN a.id AS a, x.id AS x`,
  );
  const byAgency = new Map<string, string[]>();
  const byAssignment = new Map<string, string[]>();
  for (const e of edges) {
    const a = e.a as string;
    const x = e.x as string;
    (byAgency.get(a) ?? byAgency.set(a, []).get(a)!).push(x);
    (byAssignment.get(x) ?? byAssignment.set(x, []).get(x)!).push(a);
  }
  const bfs = (start: string) => {
    const dist = new Map<string, number>([[start, 0]]);
    let frontier = [start];
    while (frontier.length) {
      const next: string[] = [];
      for (const a of frontier) {
        for (const x of byAgency.get(a) ?? []) {
          for (const b of byAssignment.get(x) ?? []) {
            if (!dist.has(b)) {
              dist.set(b, dist.get(a)! + 1);
              next.push(b);
            }
          }
        }
      }
      frontier = next;
    }
    return dist;
  };
  const farthest = (dist: Map<string, number>, max: number) => {
    let best: [string, number] | null = null;
    for (const [id, d] of [...dist].sort((p, q2) => (p[0] < q2[0] ? -1 : 1)))
      if (d <= max && (!best || d > best[1])) best = [id, d];
    return best;
  };
  const hub = top!.id as string;
  // Start in the largest connected part of the collaboration graph, at its best-connected agency.
  let start = hub;
  let bestSize = 0;
  const seen = new Set<string>();
  for (const a of [...byAgency.keys()].sort()) {
    if (seen.has(a)) continue;
    const comp = bfs(a);
    for (const k of comp.keys()) seen.add(k);
    if (comp.size > bestSize) {
      bestSize = comp.size;
      start = [...comp.keys()].sort(
        (x, y) => (byAgency.get(y)?.length ?? 0) - (byAgency.get(x)?.length ?? 0) || (x < y ? -1 : 1),
      )[0]!;
    }
  }
  const b = farthest(bfs(start), 6)![0];
  const [c, hops] = farthest(bfs(b), 4)!;
  return {
    agencyId: hub,
    strategyId: strat!.id as string,
    pathFrom: b,
    pathTo: c,
    pathHops: hops,
    tracePayer: (payer?.id as string | undefined) ?? hub,
    searchText: SEARCH_TEXT,
  };
}

// ---------- PROFILE ----------
interface ProfileSummary {
  query: string;
  totalDbHits: number;
  ms: number;
  top: { operator: string; dbHits: number; rows: number; detail: string }[];
}

async function profile(
  db: Executor,
  label: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<ProfileSummary> {
  const session = db.driver.session({ database: db.options.database, defaultAccessMode: neo4j.session.READ });
  try {
    // PROFILE once to warm its plan, then time the profiled run.
    await session.run(`PROFILE ${cypher}`, toCypherParams(params) as Record<string, unknown>);
    const started = performance.now();
    const res = await session.run(`PROFILE ${cypher}`, toCypherParams(params) as Record<string, unknown>);
    const ms = performance.now() - started;
    const ops: { operator: string; dbHits: number; rows: number; detail: string }[] = [];
    type P = { operatorType: string; dbHits: number; rows: number; arguments: Record<string, unknown>; children: P[] };
    const walk = (p: P) => {
      ops.push({
        operator: p.operatorType.replace(/@.*$/, ''),
        dbHits: Number(p.dbHits),
        rows: Number(p.rows),
        detail: String(p.arguments?.Details ?? '').slice(0, 140),
      });
      for (const c of p.children ?? []) walk(c);
    };
    const prof = res.summary.profile as unknown as P | false;
    if (prof) walk(prof);
    const totalDbHits = ops.reduce((n, o) => n + o.dbHits, 0);
    return {
      query: label,
      totalDbHits,
      ms: Math.round(ms * 10) / 10,
      top: ops.sort((a, b) => b.dbHits - a.dbHits).slice(0, 4),
    };
  } finally {
    await session.close();
  }
}

// The named Cypher our API runs for each workload (with the parameters its resolvers pass), and the
// raw query, profiled side by side.
async function profileAll(db: Executor, p: Picks, today: string): Promise<Record<string, ProfileSummary[]>> {
  const s = db.store;
  const item = { key: 0, agencyId: p.agencyId, role: null, afterKey: null, afterId: null, limit: 21, first: 20 };
  const w = Object.fromEntries(workloads(p).map((x) => [x.name, x]));
  const out: Record<string, ProfileSummary[]> = {};
  const lucene = toLuceneQuery(p.searchText);
  const listParams = {
    agencyId: null,
    role: null,
    strategyId: p.strategyId,
    focusAreaId: null,
    issuedById: null,
    diaryNumber: null,
    dueAfter: null,
    dueBefore: null,
    text: null,
    kinds: null,
    status: null,
    asOf: today,
    afterKey: null,
    afterId: null,
    limit: 21,
  };
  const plan: [string, [string, string, Record<string, unknown>][]][] = [
    [
      'point',
      [
        ['entities/by-ids', s.get('entities/by-ids'), { ids: [p.agencyId] }],
        ['agencies/assignments-of', s.get('agencies/assignments-of'), { items: [item] }],
      ],
    ],
    ['list', [['assignments/list', s.get('assignments/list'), listParams]]],
    [
      'collaborators',
      [
        [
          'agencies/collaborators',
          s.get('agencies/collaborators'),
          { items: [{ key: 0, agencyId: p.agencyId, strategyId: null, limit: 20, includeGroups: false }] },
        ],
      ],
    ],
    [
      'path',
      [
        [
          'paths/all-shortest',
          s.get('paths/all-shortest'),
          {
            fromId: p.pathFrom,
            toId: p.pathTo,
            maxHops: 4,
            strategyId: null,
            roles: ['ASSIGNEE', 'COORDINATOR'],
            includeGroups: false,
            limit: 10,
          },
        ],
      ],
    ],
    [
      'trace',
      [
        [
          'funding/trace',
          s.get('funding/trace'),
          { fromId: p.tracePayer, year: null, maxDepth: 3, stages: ['ALLOCATED', 'PAID'] },
        ],
      ],
    ],
    [
      'search',
      [
        [
          'search/fulltext',
          s.get('search/fulltext'),
          {
            query: lucene,
            candidates: 50,
            labels: ['Agency', 'Assignment', 'Strategy', 'FocusArea'],
            exact: fold(p.searchText),
          },
        ],
      ],
    ],
  ];
  for (const [name, queries] of plan) {
    if (ONLY && !ONLY.includes(name)) continue;
    out[name] = [];
    for (const [label, cypher, params] of queries) out[name].push(await profile(db, label, cypher, params));
    out[name].push(await profile(db, `raw ${name}`, RAW_CYPHER[name]!, w[name]!.raw));
  }
  return out;
}

// ---------- one scale ----------
interface Ratios {
  ours_raw_p50: number | null;
  ours_lib_rps: number | null;
  nocache_raw_p50: number | null;
  nocache_lib_rps: number | null;
  nocache_base_rps?: number | null;
}

interface TargetResult {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  rssMb: number;
  responseBytes: number;
  dbRoundTrips?: number | null;
  // CPU milliseconds per answered request, in the server's process and in Neo4j's.
  cpuMsPerRequest?: { server: number; neo4j: number };
}
type Cell = TargetResult | { na: string };

interface ScaleResult {
  scale: number;
  dataset: SyntheticStats;
  import: ImportReport;
  graph: { nodes: number; relationships: number };
  picks: Picks;
  settings: { durationS: number; rounds: number; warmupS: number; connections: number };
  rss: Record<(typeof TARGETS)[number] | 'neo4j', { idleMb: number; maxMb: number }>;
  workloads: Record<
    string,
    { title: string; lib_note?: string; loadavg1m: number } & Record<(typeof TARGETS)[number], Cell> & {
        base?: Cell;
        ratios: Ratios;
      }
  >;
  profile?: Record<string, ProfileSummary[]>;
}

async function runScale(scale: number): Promise<ScaleResult> {
  log(`\n=== scale ${scale} ===`);
  const config = parseConfig(process.env);
  let dataDir: string | null = null;
  let neo: { uri: string; pid?: number; stop(): Promise<void> };
  if (config.NEO4J_URI) {
    neo = { uri: config.NEO4J_URI, stop: async () => {} };
    log(`using NEO4J_URI ${config.NEO4J_URI} (its seeded data will be replaced by the scale-${scale} dataset)`);
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), `bench-neo4j-${scale}-`));
    const e = await startEmbeddedNeo4j({
      dataDir,
      port: 0,
      heap: process.env.BENCH_NEO4J_HEAP ?? '1g',
      pagecache: process.env.BENCH_NEO4J_PAGECACHE ?? '512m',
      log,
    });
    neo = e;
  }
  const user = config.NEO4J_USER;
  const password = config.NEO4J_URI ? config.NEO4J_PASSWORD : undefined;
  const driver = createDriver(neo.uri, user, password, { acquisitionTimeoutMs: 30_000, retryTimeMs: 30_000 });
  const servers: Server[] = [];
  try {
    const db = new Executor(driver, new CypherStore(), { database: config.NEO4J_DATABASE, timeoutMs: 600_000 });
    await migrate(db, log);
    const seed = await loadSeeds(SEED_PATHS);
    const { dataset, stats } = generateSynthetic(seed, scale);
    log(`dataset: ${JSON.stringify(stats)}`);
    const imp = await importSynthetic(db, dataset, log);
    log(
      `import: ${imp.rows} rows, ${(imp.ms / 1000).toFixed(1)} s → ${imp.nodes} nodes + ${imp.relationships} rels, ${imp.nodesAndRelsPerSecond.toFixed(0)} nodes+rels/s`,
    );
    const picks = await pickIds(db);
    log(`picks: ${JSON.stringify(picks)}`);

    // Limits meant for the public (rate limit, load shedding, cost ceiling) are lifted so that
    // they do not cut the measurement short; the validation work itself still runs.
    const env: Record<string, string> = {
      NEO4J_URI: neo.uri,
      NEO4J_USER: user,
      SEED_ON_START: 'false',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '100000000',
      MAX_EVENT_LOOP_DELAY_MS: '600000',
      MAX_QUERY_COST: '100000000',
    };
    // The embedded database runs without auth; parseConfig still wants a password with NEO4J_URI,
    // so the servers get a placeholder and BENCH_NO_AUTH tells them to connect without one.
    if (password) env.NEO4J_PASSWORD = password;
    else Object.assign(env, { NEO4J_PASSWORD: 'unused', BENCH_NO_AUTH: '1' });
    if (config.NEO4J_DATABASE) env.NEO4J_DATABASE = config.NEO4J_DATABASE;
    for (const t of RUN_TARGETS) servers.push(await startServer(t, env));
    const idle = Object.fromEntries(servers.map((s) => [s.target, rssMb(s.child.pid)])) as Record<Target, number>;
    const rssMax = { ...idle };
    const neoPid = 'pid' in neo ? neo.pid : undefined;
    let neoMax = rssMb(neoPid);
    const neoIdle = neoMax;

    const result: ScaleResult['workloads'] = {};
    for (const w of workloads(picks)) {
      if (ONLY && !ONLY.includes(w.name)) continue;
      const cells: Partial<Record<Target, Cell>> = {};
      const active: Server[] = [];
      // Check each target answers without errors before measuring it.
      for (const s of servers) {
        const body = s.body(w);
        if (body === null) {
          cells[s.target] = { na: (w.lib as { na: string }).na };
          continue;
        }
        const r = await post(s.url(w), body);
        const errs = (r.json as { errors?: unknown[] })?.errors;
        if (r.status !== 200 || errs) {
          cells[s.target] = { na: `error: ${JSON.stringify(errs ?? r.json).slice(0, 300)}` };
          log(`  ${w.name}/${s.target}: ${(cells[s.target] as { na: string }).na}`);
          continue;
        }
        active.push(s);
        cells[s.target] = {
          p50: 0,
          p99: 0,
          rps: 0,
          requests: 0,
          non2xx: 0,
          errors: 0,
          rssMb: 0,
          responseBytes: r.bytes,
          dbRoundTrips: r.roundTrips === null ? null : Number(r.roundTrips),
        };
      }
      for (const s of active) await drive(s.url(w), s.body(w)!, WARMUP, s.child.pid, false);
      const acc = new Map<Target, Sample[]>();
      for (let round = 0; round < ROUNDS; round++) {
        for (const s of active) {
          const sample = await drive(s.url(w), s.body(w)!, DURATION, s.child.pid, true, neoPid);
          acc.set(s.target, [...(acc.get(s.target) ?? []), sample]);
          neoMax = Math.max(neoMax, rssMb(neoPid));
        }
      }
      for (const s of active) {
        const samples = acc.get(s.target)!;
        const lat = samples.flatMap((x) => x.latencies).sort((a, b) => a - b);
        const secs = samples.reduce((n, x) => n + x.seconds, 0);
        const cell = cells[s.target] as TargetResult;
        cell.p50 = percentile(lat, 50);
        cell.p99 = percentile(lat, 99);
        cell.requests = lat.length;
        cell.rps = Math.round((lat.length / secs) * 10) / 10;
        cell.non2xx = samples.reduce((n, x) => n + x.non2xx, 0);
        cell.errors = samples.reduce((n, x) => n + x.errors, 0);
        cell.rssMb = Math.max(...samples.map((x) => x.rssMax));
        const perRequest = (ms: number) => Math.round((ms / Math.max(1, lat.length)) * 100) / 100;
        cell.cpuMsPerRequest = {
          server: perRequest(samples.reduce((n, x) => n + x.serverCpuMs, 0)),
          neo4j: perRequest(samples.reduce((n, x) => n + x.neo4jCpuMs, 0)),
        };
        rssMax[s.target] = Math.max(rssMax[s.target], cell.rssMb);
      }
      const num = (c: Cell | undefined, k: 'p50' | 'rps') => (c && !('na' in c) ? c[k] : null);
      const ours50 = num(cells.ours, 'p50');
      const raw50 = num(cells.raw, 'p50');
      const oursRps = num(cells.ours, 'rps');
      const libRps = num(cells.lib, 'rps');
      const nocache50 = num(cells.nocache, 'p50');
      const nocacheRps = num(cells.nocache, 'rps');
      const ratio = (a: number | null, b: number | null) => (a !== null && b ? Math.round((a / b) * 100) / 100 : null);
      result[w.name] = {
        title: w.title,
        loadavg1m: Math.round(os.loadavg()[0]! * 100) / 100,
        lib_note: w.lib_note,
        ours: cells.ours!,
        nocache: cells.nocache!,
        lib: cells.lib!,
        raw: cells.raw!,
        ...(cells.base ? { base: cells.base } : {}),
        ratios: {
          ours_raw_p50: ratio(ours50, raw50),
          ours_lib_rps: ratio(oursRps, libRps),
          nocache_raw_p50: ratio(nocache50, raw50),
          nocache_lib_rps: ratio(nocacheRps, libRps),
          ...(cells.base ? { nocache_base_rps: ratio(nocacheRps, num(cells.base, 'rps')) } : {}),
        },
      };
      log(`  ${w.name.padEnd(13)} ${RUN_TARGETS.map((t) => `${t} ${fmtCell(cells[t])}`).join(' | ')}`);
    }
    const today = new Date().toISOString().slice(0, 10);
    const prof = PROFILE ? await profileAll(db, picks, today) : undefined;
    return {
      scale,
      dataset: stats,
      import: imp,
      graph: { nodes: imp.nodes, relationships: imp.relationships },
      picks,
      settings: { durationS: DURATION, rounds: ROUNDS, warmupS: WARMUP, connections: CONNECTIONS },
      rss: {
        ours: { idleMb: idle.ours, maxMb: rssMax.ours },
        nocache: { idleMb: idle.nocache, maxMb: rssMax.nocache },
        lib: { idleMb: idle.lib, maxMb: rssMax.lib },
        raw: { idleMb: idle.raw, maxMb: rssMax.raw },
        neo4j: { idleMb: neoIdle, maxMb: neoMax },
      },
      workloads: result,
      profile: prof,
    };
  } finally {
    for (const s of servers) await stopServer(s);
    await driver.close();
    await neo.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}
process.on('exit', () => {
  if (OURS_REF && oursRoot !== ROOT) void rm(oursRoot, { recursive: true, force: true });
  if (BASE_REF && baseRoot !== ROOT) void rm(baseRoot, { recursive: true, force: true });
});

function fmtCell(c: Cell | undefined): string {
  if (!c) return '-';
  if ('na' in c) return 'n/a';
  const cpu = c.cpuMsPerRequest ? `, cpu ${c.cpuMsPerRequest.server}+${c.cpuMsPerRequest.neo4j} ms/req` : '';
  return `p50 ${c.p50.toFixed(1)} p99 ${c.p99.toFixed(1)} ms, ${c.rps} rps${cpu}`;
}

// ---------- report ----------
function markdown(results: ScaleResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(
      `\n### Scale ${r.scale}: ${r.graph.nodes} nodes, ${r.graph.relationships} relationships ` +
        `(${r.dataset.agencies} agencies, ${r.dataset.assignments} assignments, ${r.dataset.participations} participations, ${r.dataset.fundingFlows} flows)`,
    );
    lines.push(
      `import: ${r.import.rows} rows in ${(r.import.ms / 1000).toFixed(1)} s = ${r.import.nodesAndRelsPerSecond.toFixed(0)} nodes+relationships/s; ` +
        `concurrency ${r.settings.connections}, ${r.settings.rounds}×${r.settings.durationS} s per target after ${r.settings.warmupS} s warm-up, interleaved`,
    );
    lines.push('');
    lines.push(
      '| workload | ours p50 / p99 ms | ours rps | ours, no cache: p50 / p99 ms | rps | lib p50 / p99 ms | lib rps | raw p50 / p99 ms | raw rps | ours/raw p50 | ours/lib rps | no cache: /raw p50 | /lib rps | load 1m |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const [name, w] of Object.entries(r.workloads)) {
      const c = (x: Cell) => ('na' in x ? ['n/a', '—'] : [`${x.p50.toFixed(1)} / ${x.p99.toFixed(1)}`, String(x.rps)]);
      const [o1, o2] = c(w.ours);
      const [n1, n2] = c(w.nocache);
      const [l1, l2] = c(w.lib);
      const [r1, r2] = c(w.raw);
      lines.push(
        `| ${name} | ${o1} | ${o2} | ${n1} | ${n2} | ${l1} | ${l2} | ${r1} | ${r2} | ${w.ratios.ours_raw_p50 ?? '—'} | ${w.ratios.ours_lib_rps ?? '—'} | ${w.ratios.nocache_raw_p50 ?? '—'} | ${w.ratios.nocache_lib_rps ?? '—'} | ${w.loadavg1m} |`,
      );
    }
    lines.push('');
    lines.push('CPU ms per request (server process + Neo4j process):');
    lines.push('');
    lines.push('| workload | ours | no cache | lib | raw |');
    lines.push('|---|---|---|---|---|');
    for (const [name, w] of Object.entries(r.workloads)) {
      const c = (x: Cell) =>
        'na' in x || !x.cpuMsPerRequest ? 'n/a' : `${x.cpuMsPerRequest.server} + ${x.cpuMsPerRequest.neo4j}`;
      lines.push(`| ${name} | ${c(w.ours)} | ${c(w.nocache)} | ${c(w.lib)} | ${c(w.raw)} |`);
    }
    if (BASE_REF) {
      lines.push('');
      lines.push(`Side by side, no cache: this tree against ${BASE_REF} (rps ratio; p50 ms; CPU ms per request)`);
      lines.push('');
      lines.push('| workload | this / base rps | p50 this / base | CPU this / base |');
      lines.push('|---|---|---|---|');
      for (const [name, w] of Object.entries(r.workloads)) {
        const a = w.nocache;
        const b = w.base;
        if (!b || 'na' in a || 'na' in b) continue;
        const cpu = (x: TargetResult) =>
          x.cpuMsPerRequest ? (x.cpuMsPerRequest.server + x.cpuMsPerRequest.neo4j).toFixed(2) : 'n/a';
        lines.push(
          `| ${name} | ${w.ratios.nocache_base_rps} | ${a.p50.toFixed(1)} / ${b.p50.toFixed(1)} | ${cpu(a)} / ${cpu(b)} |`,
        );
      }
    }
    lines.push('');
    lines.push(
      `RSS (MB, idle → max under load): ours ${r.rss.ours.idleMb} → ${r.rss.ours.maxMb}, no cache ${r.rss.nocache.idleMb} → ${r.rss.nocache.maxMb}, lib ${r.rss.lib.idleMb} → ${r.rss.lib.maxMb}, ` +
        `raw ${r.rss.raw.idleMb} → ${r.rss.raw.maxMb}, neo4j ${r.rss.neo4j.idleMb} → ${r.rss.neo4j.maxMb}`,
    );
    const na = Object.entries(r.workloads).flatMap(([n, w]) =>
      TARGETS.filter((t) => 'na' in w[t]).map((t) => `${n}/${t}: ${(w[t] as { na: string }).na}`),
    );
    if (na.length) lines.push(`n/a: ${na.join('; ')}`);
  }
  if (results.length > 1) {
    for (const t of ['ours', 'nocache'] as const) {
      lines.push(`\n### p50 (ms) of our API${t === 'nocache' ? ' without the response cache' : ''} by scale`);
      lines.push(`| workload | ${results.map((r) => `×${r.scale}`).join(' | ')} |`);
      lines.push(`|---|${results.map(() => '---').join('|')}|`);
      for (const name of Object.keys(results[0]!.workloads)) {
        lines.push(
          `| ${name} | ${results
            .map((r) => {
              const c = r.workloads[name]?.[t];
              return c && !('na' in c) ? c.p50.toFixed(1) : 'n/a';
            })
            .join(' | ')} |`,
        );
      }
    }
  }
  return lines.join('\n');
}

const results: ScaleResult[] = [];
const started = Date.now();
for (const scale of scales) results.push(await runScale(scale));
// --out names another file (e.g. a 1000× run kept beside the 1×–100× one).
const outFile = arg('out') ? path.resolve(ROOT, arg('out')!) : path.join(HERE, 'results.json');
await writeFile(
  outFile,
  `${JSON.stringify(
    {
      generatedAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      totalSeconds: Math.round((Date.now() - started) / 1000),
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(markdown(results));
console.log(`\nresults written to ${path.relative(ROOT, outFile)} (${Math.round((Date.now() - started) / 1000)} s)`);
