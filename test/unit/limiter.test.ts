import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/errors.js';
import { FairLimiter } from '../../src/neo4j/limiter.js';

// A task that finishes when the test says so.
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('FairLimiter', () => {
  it('runs at most `concurrency` tasks at once and starts queued ones as slots free', async () => {
    const limiter = new FairLimiter({ concurrency: 2, queuePerClient: 10, queueTotal: 10, maxWaitMs: 60_000 });
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      limiter.run('a', async () => {
        started.push(i);
        await g.opened;
        return i;
      }),
    );
    await flush();
    expect(started).toEqual([0, 1]);
    expect(limiter.stats).toEqual({ active: 2, queued: 1, clients: 1, continuing: 0 });
    gates[0]!.open();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    gates[1]!.open();
    gates[2]!.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(limiter.stats).toEqual({ active: 0, queued: 0, clients: 0, continuing: 0 });
  });

  it('serves waiting clients round-robin: a client with one request is not stuck behind a burst', async () => {
    const limiter = new FairLimiter({ concurrency: 1, queuePerClient: 100, queueTotal: 1000, maxWaitMs: 60_000 });
    const order: string[] = [];
    const hold = gate();
    const first = limiter.run('burst', async () => {
      await hold.opened;
      order.push('burst-0');
    });
    const burst = Array.from({ length: 5 }, (_, i) =>
      limiter.run('burst', async () => {
        order.push(`burst-${i + 1}`);
      }),
    );
    const other = limiter.run('other', async () => {
      order.push('other');
    });
    hold.open();
    await Promise.all([first, ...burst, other]);
    // After the running task, the other client's request is second, not seventh.
    expect(order.slice(0, 3)).toEqual(['burst-0', 'burst-1', 'other']);
    expect(order).toHaveLength(7);
  });

  it("answers OVERLOADED at once when the client's queue is full, and when a wait is too long", async () => {
    const limiter = new FairLimiter({ concurrency: 1, queuePerClient: 1, queueTotal: 10, maxWaitMs: 50 });
    const hold = gate();
    const running = limiter.run('a', () => hold.opened);
    const queued = limiter.run('a', async () => 'late');
    await expect(limiter.run('a', async () => 'x')).rejects.toMatchObject({ code: 'OVERLOADED' });
    // Another client still gets a place in the queue.
    const otherQueued = limiter.run('b', async () => 'b');
    await expect(queued).rejects.toBeInstanceOf(ApiError);
    await expect(otherQueued).rejects.toMatchObject({ code: 'OVERLOADED' });
    hold.open();
    await running;
    expect(limiter.stats).toEqual({ active: 0, queued: 0, clients: 0, continuing: 0 });
  });

  it('lets an admitted request finish: its next query skips the full queue and goes first', async () => {
    const limiter = new FairLimiter({ concurrency: 1, queuePerClient: 1, queueTotal: 10, maxWaitMs: 60_000 });
    const order: string[] = [];
    const hold = gate();
    const running = limiter.run('a', () => hold.opened);
    const queuedA = limiter.run('a', async () => {
      order.push('new a');
    });
    const queuedB = limiter.run('b', async () => {
      order.push('new b');
    });
    // The queue of 'a' is full for new requests ...
    await expect(limiter.run('a', async () => 'x')).rejects.toMatchObject({ code: 'OVERLOADED' });
    // ... but the next query of a request already let in waits, and is served before new ones.
    const followUp = limiter.run(
      'a',
      async () => {
        order.push('follow-up');
      },
      true,
    );
    expect(limiter.stats).toEqual({ active: 1, queued: 2, clients: 2, continuing: 1 });
    hold.open();
    await Promise.all([running, queuedA, queuedB, followUp]);
    expect(order).toEqual(['follow-up', 'new a', 'new b']);
    expect(limiter.stats).toEqual({ active: 0, queued: 0, clients: 0, continuing: 0 });
  });
});
