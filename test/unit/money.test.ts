// The importer's money checks: a link must be the same money (payer = the incoming flow's
// recipient, years covered), onward flows may not exceed what came in unless a quote says so, a
// part must fit its whole, and money may not pass on in a circle.
import { describe, expect, it } from 'vitest';
import { checkMoney, exceedsIncoming, type MoneyFlow } from '../../src/seed/money.js';
import { FundingFlowRecord } from '../../src/seed/records.js';

const src = [{ document: 'document:x', quote: 'a quote that states it' }];
const flow = (id: string, over: Partial<MoneyFlow> = {}): MoneyFlow => ({
  id,
  fromId: 'agency:regeringen',
  toId: 'agency:a',
  paidViaId: null,
  amountSek: 100,
  qualifier: 'EXACT',
  year: 2023,
  yearTo: null,
  openEnded: false,
  amountBasis: 'PER_YEAR',
  fundedBy: [],
  partOf: null,
  exceedsIncoming: [],
  ...over,
});
const link = (id: string) => [{ id, sources: src }];
const messages = (flows: MoneyFlow[]) => checkMoney(flows).map((p) => `${p.id} ${p.field}: ${p.message}`);

describe('checkMoney', () => {
  it('accepts onward flows that start where the incoming flow ended and sum to no more than it', () => {
    const flows = [
      flow('flow:in'),
      flow('flow:out-1', { fromId: 'agency:a', toId: 'agency:b', amountSek: 60, fundedBy: link('flow:in') }),
      flow('flow:out-2', { fromId: 'agency:a', toId: 'agency:c', amountSek: 40, fundedBy: link('flow:in') }),
      flow('flow:out-3', {
        fromId: 'agency:a',
        toId: 'agency:d',
        amountSek: null,
        qualifier: 'UNSPECIFIED',
        fundedBy: link('flow:in'),
      }),
    ];
    expect(checkMoney(flows)).toEqual([]);
  });

  it('refuses onward flows that together exceed the incoming flow, unless a quote says they do', () => {
    const flows = [
      flow('flow:in', { amountSek: 40 }),
      flow('flow:out', { fromId: 'agency:a', toId: 'agency:b', amountSek: 150, fundedBy: link('flow:in') }),
    ];
    expect(messages(flows)).toEqual([
      expect.stringMatching(/^flow:out amountSek: the flows passing on flow:in sum to 150, more than its 40/),
    ]);
    flows[1]!.exceedsIncoming = src;
    expect(checkMoney(flows)).toEqual([]);
    expect(exceedsIncoming(flows[1]!, flows)).toBe(true);
  });

  it('refuses exceedsIncoming where nothing is exceeded', () => {
    const flows = [
      flow('flow:in'),
      flow('flow:out', { fromId: 'agency:a', amountSek: 10, fundedBy: link('flow:in'), exceedsIncoming: src }),
    ];
    expect(messages(flows)).toEqual([
      'flow:out exceedsIncoming: set, but the onward money does not exceed what came in',
    ]);
  });

  it("refuses a link whose payer is not the incoming flow's recipient (a coincidence of agency is not a link)", () => {
    const flows = [flow('flow:in'), flow('flow:out', { fromId: 'agency:z', amountSek: 10, fundedBy: link('flow:in') })];
    expect(messages(flows)).toEqual([
      'flow:out fundedBy[0].id: flow:in reaches agency:a, but this flow is paid by agency:z',
    ]);
  });

  it('accepts the paying-out body as payer (paidVia)', () => {
    const flows = [
      flow('flow:in', { paidViaId: 'agency:kammarkollegiet' }),
      flow('flow:out', { fromId: 'agency:kammarkollegiet', amountSek: 10, fundedBy: link('flow:in') }),
    ];
    expect(checkMoney(flows)).toEqual([]);
  });

  it('refuses a link across years, and accepts one inside an open-ended period', () => {
    const wrong = [
      flow('flow:in'),
      flow('flow:out', { fromId: 'agency:a', year: 2024, amountSek: 10, fundedBy: link('flow:in') }),
    ];
    expect(messages(wrong)).toEqual([
      'flow:out fundedBy[0].id: years do not match: flow:in is for 2023, this flow for 2024',
    ]);
    const open = [
      flow('flow:in', { openEnded: true }),
      flow('flow:out', { fromId: 'agency:a', year: 2026, amountSek: 10, fundedBy: link('flow:in') }),
    ];
    expect(checkMoney(open)).toEqual([]);
  });

  it('refuses unknown targets, self links and circles', () => {
    expect(messages([flow('flow:a', { fundedBy: link('flow:nowhere') })])).toEqual([
      'flow:a fundedBy[0].id: refers to flow:nowhere, which no seed file defines',
    ]);
    expect(messages([flow('flow:a', { fundedBy: link('flow:a') })])).toContain(
      'flow:a fundedBy[0].id: a flow cannot pass itself on',
    );
    const circle = [
      flow('flow:a', { fromId: 'agency:b', toId: 'agency:a', amountSek: 1, fundedBy: link('flow:b') }),
      flow('flow:b', { fromId: 'agency:a', toId: 'agency:b', amountSek: 1, fundedBy: link('flow:a') }),
    ];
    expect(messages(circle).some((m) => m.includes('money passes on in a circle'))).toBe(true);
  });

  it('refuses a part larger than its whole or outside its years', () => {
    const big = [
      flow('flow:whole', { amountSek: 100 }),
      flow('flow:part', { amountSek: 170, partOf: { id: 'flow:whole', sources: src } }),
    ];
    expect(messages(big)).toEqual(['flow:part amountSek: the part (170) exceeds its whole flow:whole (100)']);
    const years = [
      flow('flow:whole'),
      flow('flow:part', { year: 2022, amountSek: 10, partOf: { id: 'flow:whole', sources: src } }),
    ];
    expect(messages(years)).toEqual([
      'flow:part partOf.id: years do not match: flow:whole is for 2023, this part for 2022',
    ]);
  });
});

describe('FundingFlowRecord periods', () => {
  const base = {
    id: 'flow:x',
    toId: 'agency:a',
    amountSek: 1,
    qualifier: 'EXACT',
    stage: 'ALLOCATED',
    year: 2021,
    sources: src,
  };
  it('keeps a closed yearly period as one flow per year, and needs an end or openEnded for a TOTAL', () => {
    expect(FundingFlowRecord.safeParse({ ...base, yearTo: 2023 }).success).toBe(false);
    expect(FundingFlowRecord.safeParse({ ...base, yearTo: 2023, amountBasis: 'TOTAL' }).success).toBe(true);
    expect(FundingFlowRecord.safeParse({ ...base, amountBasis: 'TOTAL' }).success).toBe(false);
    expect(FundingFlowRecord.safeParse({ ...base, openEnded: true }).success).toBe(true);
    expect(FundingFlowRecord.safeParse({ ...base, openEnded: true, yearTo: 2025 }).success).toBe(false);
  });
});

describe('seed:check on the real seeds', () => {
  it('passes as committed, and refuses a link that makes onward money exceed what came in', async () => {
    const { cp, mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const { loadSeeds, SeedValidationError } = await import('../../src/seed/load-seeds.js');
    const { SEED_PATHS } = await import('../../src/seed/paths.js');
    const ds = await loadSeeds(SEED_PATHS);
    expect(ds.fundingFlows.filter((f) => f.fundedBy.length > 0).length).toBeGreaterThan(20);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'money-seeds-'));
    try {
      await cp(SEED_PATHS.factsDir, path.join(dir, 'facts'), { recursive: true });
      const file = path.join(dir, 'facts', 'regeringen-hedersrelaterat-vald-och-brottsforebyggande.yaml');
      // Arbetsmiljöverket's money passed on to Polisen with an amount larger than the 40 miljoner.
      const text = await readFile(file, 'utf8');
      const id = '- id: flow:myndighetssamverkan-mot-arbetslivskriminalitet-polismyndigheten-2023';
      const start = text.indexOf(id);
      const block = text.slice(start, text.indexOf('\n  - id:', start + 1));
      const bad = block
        .replace('amountSek: null', 'amountSek: 150000000')
        .replace('qualifier: UNSPECIFIED', 'qualifier: EXACT');
      expect(bad).not.toBe(block);
      await writeFile(file, text.replace(block, bad));
      const err = await loadSeeds({ factsDir: path.join(dir, 'facts'), documentsDir: SEED_PATHS.documentsDir }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SeedValidationError);
      expect((err as Error).message).toContain('more than its 40000000');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // Two full validations of every seed file and document (quote checks), on a shared machine.
  }, 60_000);
});
