// Bounds the work this instance sends to Neo4j, fairly between clients. Without it a burst from
// one client takes every pooled connection, the rest wait out the acquisition timeout, and a
// healthy but busy database looks dead to everyone. With it:
// - at most `concurrency` transactions run at once (below the driver's pool size, so acquiring a
//   connection never waits on the pool);
// - the rest wait in one queue per client, served round-robin, so a client with 300 requests
//   queued does not delay another client's one request by 300 turns;
// - a client whose own queue is full, a full queue overall, or a wait longer than `maxWaitMs` is
//   answered OVERLOADED at once (503 with Retry-After), which says "busy", not "down": it never
//   opens the breaker;
// - queries of a request that has already run one ("continuing") wait in a queue of their own,
//   served first and not bounded by the per-client limit, so admitted requests complete and the
//   excess is refused at its first query, not half-way through.
import { ApiError } from '../errors.js';

export interface LimiterOptions {
  concurrency: number;
  queuePerClient: number;
  queueTotal: number;
  maxWaitMs: number;
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

export class FairLimiter {
  private active = 0;
  private queued = 0;
  // Insertion order of the Map is the round-robin order; a served client moves to the back.
  private readonly queues = new Map<string, Waiter[]>();
  private readonly continuing: Waiter[] = [];

  constructor(private readonly options: LimiterOptions) {}

  get stats() {
    return { active: this.active, queued: this.queued, clients: this.queues.size, continuing: this.continuing.length };
  }

  async run<T>(client: string, work: () => Promise<T>, continuing = false): Promise<T> {
    if (this.active >= this.options.concurrency) await (continuing ? this.waitContinuing() : this.wait(client));
    else this.active += 1;
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private wait(client: string): Promise<void> {
    const queue = this.queues.get(client) ?? [];
    if (queue.length >= this.options.queuePerClient || this.queued >= this.options.queueTotal) {
      return Promise.reject(new ApiError('OVERLOADED', undefined, { retryAfterSeconds: 1 }));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: resolve,
        timer: setTimeout(() => {
          this.remove(client, waiter);
          reject(new ApiError('OVERLOADED', undefined, { retryAfterSeconds: 1 }));
        }, this.options.maxWaitMs),
      };
      queue.push(waiter);
      this.queues.set(client, queue);
      this.queued += 1;
    });
  }

  private waitContinuing(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: resolve,
        timer: setTimeout(() => {
          const i = this.continuing.indexOf(waiter);
          if (i >= 0) this.continuing.splice(i, 1);
          reject(new ApiError('OVERLOADED', undefined, { retryAfterSeconds: 1 }));
        }, this.options.maxWaitMs),
      };
      this.continuing.push(waiter);
    });
  }

  private remove(client: string, waiter: Waiter) {
    const queue = this.queues.get(client);
    if (!queue) return;
    const i = queue.indexOf(waiter);
    if (i < 0) return;
    queue.splice(i, 1);
    this.queued -= 1;
    if (queue.length === 0) this.queues.delete(client);
  }

  // The slot passes straight to the next waiter (round-robin), so `active` only drops when nobody waits.
  private release() {
    const resumed = this.continuing.shift();
    if (resumed) {
      clearTimeout(resumed.timer);
      resumed.start();
      return;
    }
    const next = this.queues.entries().next();
    if (next.done) {
      this.active -= 1;
      return;
    }
    const [client, queue] = next.value;
    const waiter = queue.shift()!;
    this.queued -= 1;
    this.queues.delete(client);
    if (queue.length > 0) this.queues.set(client, queue);
    clearTimeout(waiter.timer);
    waiter.start();
  }
}
