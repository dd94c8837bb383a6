// The breaker alone, with a scripted probe and vitest's fake clock (the real thing against a
// stopped and restarted Neo4j is in test/int/resilience.int.test.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/errors.js';
import { Breaker } from '../../src/neo4j/breaker.js';

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (err: unknown) => (err instanceof ApiError ? err.code : String(err)),
  );

describe('Breaker (fail fast while Neo4j is down)', () => {
  let dbUp = true;
  let probes = 0;
  let breaker: Breaker;
  beforeEach(() => {
    vi.useFakeTimers();
    dbUp = true;
    probes = 0;
    breaker = new Breaker({
      probe: async () => {
        probes += 1;
        if (!dbUp) throw new Error('ECONNREFUSED');
      },
      probeTimeoutMs: 2_000,
      closedIntervalMs: 1_000,
      openIntervalMs: 500,
    });
    breaker.start();
  });
  afterEach(() => {
    breaker.stop();
    vi.useRealTimers();
  });

  it('lets calls through while the probe succeeds', async () => {
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probes).toBe(3);
    expect(breaker.isOpen).toBe(false);
    expect(await breaker.run(async () => 42, true)).toBe(42);
  });

  it('opens when a probe fails: new calls are refused without running, a waiting read is answered at once', async () => {
    let ran = 0;
    const hanging = breaker.run(
      () =>
        new Promise<never>(() => {
          ran += 1;
        }),
      true,
    );
    const outcome = code(hanging);
    dbUp = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(breaker.isOpen).toBe(true);
    expect(await outcome).toBe('SERVICE_UNAVAILABLE');
    expect(
      await code(
        breaker.run(async () => {
          ran += 1;
        }, true),
      ),
    ).toBe('SERVICE_UNAVAILABLE');
    expect(ran).toBe(1); // only the call made before the outage
  });

  it('opens when a call reports SERVICE_UNAVAILABLE, probes every 500 ms while open, and closes when the database answers', async () => {
    expect(
      await code(
        breaker.run(async () => {
          throw new ApiError('SERVICE_UNAVAILABLE');
        }, false),
      ),
    ).toBe('SERVICE_UNAVAILABLE');
    expect(breaker.isOpen).toBe(true);
    dbUp = false;
    await vi.advanceTimersByTimeAsync(1_500);
    expect(probes).toBe(3);
    expect(breaker.isOpen).toBe(true);
    dbUp = true;
    await vi.advanceTimersByTimeAsync(500);
    expect(breaker.isOpen).toBe(false);
    expect(await breaker.run(async () => 'back', true)).toBe('back');
  });

  it('does not abandon a write in flight when the circuit opens', async () => {
    let finish!: (v: string) => void;
    const write = breaker.run(
      () =>
        new Promise<string>((r) => {
          finish = r;
        }),
      false,
    );
    dbUp = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(breaker.isOpen).toBe(true);
    finish('committed');
    expect(await write).toBe('committed');
  });

  it('treats a second probe in a row that does not answer within its timeout as down (one slow answer is a busy database)', async () => {
    const slow = new Breaker({
      probe: () => new Promise(() => {}),
      probeTimeoutMs: 2_000,
      closedIntervalMs: 1_000,
      openIntervalMs: 500,
    });
    slow.start();
    // First probe at 1 s times out at 3 s: still closed.
    await vi.advanceTimersByTimeAsync(3_100);
    expect(slow.isOpen).toBe(false);
    // Second probe at 4 s times out at 6 s: open.
    await vi.advanceTimersByTimeAsync(2_800);
    expect(slow.isOpen).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(slow.isOpen).toBe(true);
    slow.stop();
  });

  it('opens at once when the probe fails (refused) rather than times out', async () => {
    const refused = new Breaker({
      probe: () => Promise.reject(new Error('ECONNREFUSED')),
      probeTimeoutMs: 2_000,
      closedIntervalMs: 1_000,
      openIntervalMs: 500,
    });
    refused.start();
    await vi.advanceTimersByTimeAsync(1_050);
    expect(refused.isOpen).toBe(true);
    refused.stop();
  });
});
