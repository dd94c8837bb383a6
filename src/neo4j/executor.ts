// The one place that talks to Neo4j: runs named Cypher in managed transactions (executeRead /
// executeWrite, so a cluster routes them and transient errors are retried), sets a timeout and
// metadata on every transaction, logs name/duration/rows, and maps driver errors to API errors.
import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type Session,
  Neo4jError,
} from 'neo4j-driver';
import { ApiError } from '../errors.js';
import type { ParamArgs, QueryName, ReadQueryName, RowOf, Run, Step } from '../queries.js';
import type { Breaker } from './breaker.js';
import type { CypherStore } from './cypher-store.js';
import type { FairLimiter } from './limiter.js';

export type Row = Record<string, unknown>;
type Params = Record<string, unknown>;
// What every transaction is given: its timeout and the query's name as metadata (seen in SHOW TRANSACTIONS).
type TransactionConfig = { timeout: number; metadata: Record<string, unknown> };

// JavaScript numbers reach Cypher as floats; whole numbers (limits, years, kronor) must be
// integers there, or LIMIT rejects them and stored years become 2024.0.
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

export interface ExecutorOptions {
  database?: string;
  timeoutMs: number;
  log?: { debug(obj: object, msg: string): void };
  // Shared by every per-request view of the executor (see breaker.ts); absent for CLIs and tests
  // that should wait for the database rather than fail fast.
  breaker?: Breaker;
  // Bounds concurrent transactions, fair between clients (see limiter.ts); absent for CLIs and tests.
  limiter?: FairLimiter;
  // Told after every write, committed or not (the response cache drops what it holds).
  onWrite?: () => void;
  // One per API instance: in a cluster, a read after this instance's own write waits for a
  // member that has seen it (read-your-writes without the client doing anything).
  bookmarkManager?: BookmarkManager;
}

// Causal consistency across instances: bookmarks the client brought (from another instance's
// `x-neo4j-bookmarks` answer) and where to report the ones this request's writes produce.
export interface RequestBookmarks {
  given: string[];
  onWrite(bookmarks: string[]): void;
}

export interface QueryCounter {
  count: number;
}

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly store: CypherStore,
    readonly options: ExecutorOptions,
    private readonly counter?: QueryCounter,
    private readonly client = 'internal',
    private readonly bookmarks?: RequestBookmarks,
  ) {}

  // A per-request view that counts round trips (the N+1 test reads it), queues its
  // transactions as `client`'s (an API key or an address) when the database is busy, and
  // carries the request's bookmarks.
  withCounter(counter: QueryCounter, client = this.client, bookmarks?: RequestBookmarks): Executor {
    return new Executor(this.driver, this.store, this.options, counter, client, bookmarks);
  }

  // The same executor with another transaction timeout (a seed import may run for minutes).
  withTimeout(timeoutMs: number): Executor {
    return new Executor(
      this.driver,
      this.store,
      { ...this.options, timeoutMs },
      this.counter,
      this.client,
      this.bookmarks,
    );
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarks: this.bookmarks?.given.length ? this.bookmarks.given : undefined,
      bookmarkManager: this.options.bookmarkManager,
    });
  }

  private reportBookmarks(session: Session) {
    if (this.bookmarks) this.bookmarks.onWrite(session.lastBookmarks());
  }

  // Typed by the query registry (src/queries.ts): the name must be a registered read query, the
  // parameters its parameters, and the rows are its rows. Rows are not parsed here (see
  // src/neo4j/query-def.ts), so the row types are as good as the test that checks them.
  read<N extends ReadQueryName>(name: N, ...params: ParamArgs<N>): Promise<RowOf<N>[]> {
    return this.guard(() => this.run('READ', name, (params[0] ?? {}) as Params), true) as Promise<RowOf<N>[]>;
  }

  write<N extends QueryName>(name: N, ...params: ParamArgs<N>): Promise<RowOf<N>[]> {
    return this.guard(() => this.run('WRITE', name, (params[0] ?? {}) as Params), false) as Promise<RowOf<N>[]>;
  }

  private guard<T>(call: () => Promise<T>, isRead: boolean): Promise<T> {
    const { breaker, limiter } = this.options;
    // A request that has already been let in (its first query counted) finishes ahead of new
    // ones: turning it away half-way would waste the work done and answer OVERLOADED anyway.
    const continuing = (this.counter?.count ?? 0) > 0;
    const limited = limiter ? () => limiter.run(this.client, call, continuing) : call;
    const result = breaker ? breaker.run(limited, isRead) : limited();
    const onWrite = this.options.onWrite;
    if (isRead || !onWrite) return result;
    // Before and after: a read that starts while the write runs must not be cached as current.
    onWrite();
    return result.finally(onWrite);
  }

  // Several named statements in one write transaction: all or nothing.
  writeAll(steps: Step[]): Promise<void> {
    return this.guard(() => this.runAll(steps), false);
  }

  private async runAll(steps: Step[]): Promise<void> {
    if (this.counter) this.counter.count += 1;
    const started = performance.now();
    const session = this.session('WRITE');
    try {
      await session.executeWrite(
        async (tx: ManagedTransaction) => {
          for (const step of steps)
            await tx.run(this.store.get(step.name), toCypherParams(step.params) as Record<string, unknown>);
        },
        {
          timeout: this.options.timeoutMs,
          metadata: { app: 'myndighetsgrafen', query: steps.map((s) => s.name).join(',') },
        },
      );
      this.reportBookmarks(session);
    } catch (err) {
      throw mapDriverError(err);
    } finally {
      await session.close();
      this.options.log?.debug(
        { queries: steps.length, ms: Math.round(performance.now() - started) },
        'cypher write batch',
      );
    }
  }

  // Several named queries in one managed write transaction (retried as a whole on transient
  // errors, so `work` must only depend on what it reads inside the transaction).
  writeTransaction<T>(label: string, work: (run: Run) => Promise<T>): Promise<T> {
    return this.guard(() => this.runTransaction(label, work), false);
  }

  private async runTransaction<T>(label: string, work: (run: Run) => Promise<T>): Promise<T> {
    if (this.counter) this.counter.count += 1;
    const started = performance.now();
    const session = this.session('WRITE');
    try {
      const result = await session.executeWrite(
        (tx: ManagedTransaction) => {
          const run = async (name: QueryName, params?: Params) =>
            (await tx.run(this.store.get(name), toCypherParams(params ?? {}) as Params)).records.map((r) =>
              r.toObject(),
            );
          return work(run as Run);
        },
        { timeout: this.options.timeoutMs, metadata: { app: 'myndighetsgrafen', query: label } },
      );
      this.reportBookmarks(session);
      return result;
    } catch (err) {
      throw mapDriverError(err, label);
    } finally {
      await session.close();
      this.options.log?.debug(
        { mutation: label, ms: Math.round(performance.now() - started) },
        'cypher write transaction',
      );
    }
  }

  private async run(mode: 'READ' | 'WRITE', name: QueryName, params: Params): Promise<Row[]> {
    const text = this.store.get(name);
    if (this.counter) this.counter.count += 1;
    const started = performance.now();
    const cypherParams = toCypherParams(params) as Record<string, unknown>;
    const config = { timeout: this.options.timeoutMs, metadata: { app: 'myndighetsgrafen', query: name } };
    try {
      const rows =
        mode === 'READ' && !this.bookmarks?.given.length
          ? await this.readPipelined(text, cypherParams, config)
          : await this.inSession(mode, text, cypherParams, config);
      this.options.log?.debug(
        { query: name, ms: Math.round(performance.now() - started), rows: rows.length },
        'cypher',
      );
      return rows;
    } catch (err) {
      throw mapDriverError(err, name);
    }
  }

  private async inSession(
    mode: 'READ' | 'WRITE',
    text: string,
    params: Record<string, unknown>,
    config: TransactionConfig,
  ): Promise<Row[]> {
    const session = this.session(mode);
    try {
      const work = async (tx: ManagedTransaction) =>
        (await tx.run(text, params)).records.map((r) => r.toObject() as Row);
      const rows = mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      if (mode === 'WRITE') this.reportBookmarks(session);
      return rows;
    } finally {
      await session.close();
    }
  }

  // A read through the driver's executeQuery: the same managed read transaction as executeRead
  // (routed to a reader, retried on transient errors, with its timeout and metadata), but BEGIN is
  // sent together with RUN and PULL instead of waiting for its own answer first. That saves a
  // network round trip and a socket write per query, which is most of what a small read costs.
  // A request that brought bookmarks takes the session path, which can wait for them.
  private async readPipelined(
    text: string,
    params: Record<string, unknown>,
    config: TransactionConfig,
  ): Promise<Row[]> {
    const result = await this.driver.executeQuery(text, params, {
      routing: neo4j.routing.READ,
      database: this.options.database,
      bookmarkManager: this.options.bookmarkManager ?? null,
      transactionConfig: config,
    });
    return result.records.map((r) => r.toObject() as Row);
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

// Only a database that cannot be reached is SERVICE_UNAVAILABLE (and opens the breaker). A pool
// that hands out no connection in time means this instance is busy, not that Neo4j is down.
export function mapDriverError(err: unknown, query?: string): Error {
  if (err instanceof ApiError) return err;
  if (err instanceof Error && /acquisition timed out/i.test(err.message))
    return new ApiError('OVERLOADED', undefined, { retryAfterSeconds: 1 });
  if (err instanceof Neo4jError) {
    if (
      UNAVAILABLE.has(err.code) ||
      /Could not perform discovery|connect ECONNREFUSED|Pool is closed/i.test(err.message)
    ) {
      return new ApiError('SERVICE_UNAVAILABLE');
    }
    // Only a client-supplied bookmark can be malformed or unknown to the server.
    if (
      err.code === 'Neo.ClientError.Transaction.InvalidBookmark' ||
      err.code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture'
    ) {
      return new ApiError('BAD_REQUEST', 'The x-neo4j-bookmarks header holds a bookmark this database does not know.');
    }
    if (
      err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
      err.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
    ) {
      return new ApiError('TIMEOUT');
    }
  }
  if (err instanceof Error && /ECONNREFUSED|ServiceUnavailable/i.test(err.message)) {
    return new ApiError('SERVICE_UNAVAILABLE');
  }
  // Anything else is our bug or the database's: the caller logs the cause, the client sees a code.
  const wrapped = new ApiError('INTERNAL_SERVER_ERROR');
  (wrapped as { cause?: unknown }).cause = err;
  if (query) (wrapped as { query?: string }).query = query;
  return wrapped;
}

// The breaker's probe: an auto-commit query, which (unlike executeRead) is not retried, so a closed
// port fails it in milliseconds.
// It reads the graph's version counter, which the response cache compares with what it saw last.
export async function ping(
  driver: Driver,
  store: CypherStore,
  database: string | undefined,
  timeoutMs: number,
): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(store.get('health/graph-version'), {}, { timeout: timeoutMs });
    return Number(result.records[0]?.get('version') ?? 0);
  } finally {
    await session.close();
  }
}

// The embedded default runs with auth off (loopback only); Bolt still wants a token.
const NO_AUTH = { scheme: 'none', principal: '', credentials: '' };

export function createDriver(
  uri: string,
  user: string,
  password: string | undefined,
  opts: { acquisitionTimeoutMs: number; retryTimeMs: number; losslessIntegers?: boolean },
): Driver {
  // Bounded acquisition and retry times instead of the driver's defaults (60 s / 30 s). Failing
  // fast in an outage is the breaker's job, so these only need to cover a slow connect to a busy
  // or just-restarted server; the pool is never the wait (the limiter keeps below its size).
  return neo4j.driver(uri, password === undefined ? NO_AUTH : neo4j.auth.basic(user, password), {
    // The API serves JavaScript numbers; a backup needs to tell integers from floats.
    disableLosslessIntegers: !opts.losslessIntegers,
    connectionAcquisitionTimeout: opts.acquisitionTimeoutMs,
    connectionTimeout: opts.acquisitionTimeoutMs,
    maxTransactionRetryTime: opts.retryTimeMs,
    maxConnectionPoolSize: 50,
    userAgent: 'myndighetsgrafen/0.1',
  });
}
