// Fail fast while Neo4j is down. The driver's managed transactions retry a failed connect after a
// ~1 s back-off, and a connect to a Neo4j that is stopping or starting may wait out the acquisition
// timeout, so without this every request in an outage would take 1–6 s. Instead a monitor runs a
// trivial auto-commit query (no retries, fails in milliseconds when the port is closed) every
// second while the database is up and every `openIntervalMs` while it is down:
// - down (probe failed or timed out, or any call saw SERVICE_UNAVAILABLE): calls are refused at once,
//   and reads still waiting are answered with SERVICE_UNAVAILABLE instead of hanging on;
// - up again (a probe succeeded): calls go through. No restart, no request used as a guinea pig.
import { ApiError } from '../errors.js';

export interface BreakerOptions {
  probe: () => Promise<unknown>;
  probeTimeoutMs: number;
  closedIntervalMs: number;
  openIntervalMs: number;
}

export class Breaker {
  private open = false;
  private timedOutBefore = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly waiting = new Set<(err: ApiError) => void>();

  constructor(private readonly options: BreakerOptions) {}

  get isOpen(): boolean {
    return this.open;
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  // The database was found unavailable (by a probe or by a call).
  unavailable(): void {
    if (this.open) return;
    this.open = true;
    for (const reject of this.waiting) reject(new ApiError('SERVICE_UNAVAILABLE'));
    this.waiting.clear();
    if (!this.stopped && this.timer !== undefined) {
      clearTimeout(this.timer);
      this.schedule();
    }
  }

  // Runs `call` unless the circuit is open. With `abandonOnOpen` (reads only: a write in flight
  // must be allowed to finish or fail by itself), the caller gets SERVICE_UNAVAILABLE as soon as the
  // circuit opens, and the call's own outcome is dropped.
  async run<T>(call: () => Promise<T>, abandonOnOpen: boolean): Promise<T> {
    if (this.open) throw new ApiError('SERVICE_UNAVAILABLE');
    const pending = call();
    let settled: T;
    try {
      if (!abandonOnOpen) settled = await pending;
      else {
        let reject!: (err: ApiError) => void;
        const opened = new Promise<never>((_, r) => {
          reject = r;
        });
        this.waiting.add(reject);
        try {
          settled = await Promise.race([pending, opened]);
        } finally {
          this.waiting.delete(reject);
          pending.catch(() => {}); // abandoned: its failure is expected and of no interest now
        }
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'SERVICE_UNAVAILABLE') this.unavailable();
      throw err;
    }
    return settled;
  }

  private schedule(): void {
    if (this.stopped) return;
    const delay = this.open ? this.options.openIntervalMs : this.options.closedIntervalMs;
    this.timer = setTimeout(() => void this.check(), delay);
    this.timer.unref();
  }

  private async check(): Promise<void> {
    this.timer = undefined; // while a probe runs, unavailable() leaves the scheduling to us
    let ok = false;
    let timedOut = false;
    let timeout: NodeJS.Timeout | undefined;
    const probe = this.options.probe();
    probe.catch(() => {}); // after a timeout nobody awaits it
    try {
      await Promise.race([
        probe,
        new Promise((_, reject) => {
          timeout = setTimeout(() => {
            timedOut = true;
            reject(new Error('probe timed out'));
          }, this.options.probeTimeoutMs);
        }),
      ]);
      ok = true;
    } catch {
      ok = false;
    } finally {
      clearTimeout(timeout);
    }
    if (this.stopped) return;
    // A refused or broken connection opens the circuit at once. A slow answer may be a busy
    // database, not a dead one: only a second timeout in a row opens it.
    if (ok) this.open = false;
    else if (!timedOut || this.timedOutBefore || this.open) this.unavailable();
    this.timedOutBefore = timedOut;
    this.schedule();
  }
}
