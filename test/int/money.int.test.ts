// Money trails an auditor can sign: traces follow only documented links, each krona is summed
// once, periods expand only over the years asked, every field uses one stage default, and every
// pass-through is balanced or flagged. Expectations come from hand-written Cypher over the seeded
// graph or from the documents' own words, never from the API's answers.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/neo4j/executor.js';
import { gqlOk, makeApp, makeExecutor } from '../helpers.js';

let app: FastifyInstance;
let db: Executor;
let closeDb: () => Promise<void>;
beforeAll(async () => {
  app = await makeApp();
  ({ db, close: closeDb } = makeExecutor());
});
afterAll(async () => {
  await app.close();
  await closeDb();
});

const cypher = async (q: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(q, params)).records.map((r) => {
    const o = r.toObject() as Record<string, any>;
    for (const k of Object.keys(o)) if (o[k] && typeof o[k].toNumber === 'function') o[k] = o[k].toNumber();
    return o;
  }) as any[];

const DECIDED = ['ALLOCATED', 'PAID'];

describe('fundingTrace follows only documented links', () => {
  it('from the government in 2023 reaches onward flows only through PASSED_ON_AS, each step saying why', async () => {
    const d = await gqlOk(
      app,
      `{ fundingTrace(fromId: "agency:regeringen", year: 2023, maxDepth: 4) {
      totalSek passedOnSek inconsistent
      steps { depth reason inconsistent flow { id amountSek from { id } } via { flow { id } sources { quote } } } } }`,
    );
    const t = d.fundingTrace;
    const links = new Set(
      (await cypher('MATCH (a:FundingFlow)-[:PASSED_ON_AS]->(b:FundingFlow) RETURN a.id + ">" + b.id AS l')).map(
        (r) => r.l,
      ),
    );
    const deeper = t.steps.filter((s: any) => s.depth > 1);
    expect(deeper.length).toBeGreaterThan(0);
    for (const s of t.steps) {
      if (s.depth === 1) {
        expect(s.flow.from.id).toBe('agency:regeringen');
        expect(s.via).toEqual([]);
        continue;
      }
      expect(s.via.length).toBeGreaterThan(0);
      for (const v of s.via) {
        expect(links.has(`${v.flow.id}>${s.flow.id}`)).toBe(true);
        expect(v.sources.length).toBeGreaterThan(0);
        expect(s.reason).toContain(v.flow.id);
        expect(s.reason).toContain(v.sources[0].quote);
      }
    }
    // Arbetsförmedlingen's 150 miljoner to municipalities is its own commission, reached from the
    // government's flow to Arbetsförmedlingen, never from Arbetsmiljöverket's money.
    const jobs = t.steps.find(
      (s: any) => s.flow.id === 'flow:jobb-for-unga-kommuner-hog-arbetsloshet-2023-kommunerna-2023',
    );
    expect(jobs.via.map((v: any) => v.flow.id)).toEqual([
      'flow:jobb-for-unga-kommuner-hog-arbetsloshet-2023-arbetsformedlingen-2023',
    ]);
    // passedOnSek: per flow of the root, what its links pass on, capped at what came in.
    const [hand] = await cypher(
      `MATCH (:Agency {id: 'agency:regeringen'})<-[:FROM]-(f:FundingFlow)
      WHERE f.stage IN $st AND (f.year = 2023 OR (f.year <= 2023 AND f.openEnded AND f.amountBasis = 'PER_YEAR'))
      OPTIONAL MATCH (f)-[:PASSED_ON_AS]->(o:FundingFlow) WHERE o.stage IN $st AND (o.year = 2023 OR (o.year <= 2023 AND o.openEnded AND o.amountBasis = 'PER_YEAR'))
      WITH f, sum(coalesce(o.amountSek, 0)) AS out
      RETURN sum(CASE WHEN f.amountSek IS NOT NULL AND out > f.amountSek THEN f.amountSek ELSE out END) AS passed`,
      { st: DECIDED },
    );
    expect(t.passedOnSek).toBe(hand.passed);
    expect(t.passedOnSek).toBeLessThanOrEqual(t.totalSek);
    expect(t.inconsistent).toBe(false);
  });

  it('follows Delmos money to the group it distributes to, with both sides and the quote', async () => {
    const d = await gqlOk(
      app,
      `{ fundingTrace(fromId: "agency:delegationen-mot-segregation", year: 2022, stage: [ESTIMATED]) {
      totalSek steps { depth flow { amountSek to { id } fundedBy { flow { id from { id } to { id } } sources { quote } } } } } }`,
    );
    const step = d.fundingTrace.steps.find((s: any) => s.flow.to.id === 'agency:kommuner-regioner-och-civilsamhalle');
    expect(step.flow.amountSek).toBe(250000000);
    expect(step.flow.fundedBy[0].flow.to.id).toBe('agency:delegationen-mot-segregation');
    expect(step.flow.fundedBy[0].sources[0].quote).toContain('som fördelas av Delmos');
  });

  it('every pass-through in the graph is balanced or flagged, and links never cross years', async () => {
    const groups = await cypher(`MATCH (i:FundingFlow)-[:PASSED_ON_AS]->(o:FundingFlow)
      WITH i, collect(o) AS out
      RETURN i.id AS id, i.amountSek AS amount, reduce(s = 0, x IN out | s + coalesce(x.amountSek, 0)) AS onward,
        all(x IN out WHERE coalesce(x.exceedsIncoming, false)) AS flagged,
        all(x IN out WHERE x.year >= i.year AND (i.openEnded OR coalesce(x.yearTo, x.year) <= coalesce(i.yearTo, i.year))) AS sameYears,
        all(x IN out WHERE EXISTS { (x)-[:FROM]->(p)<-[:TO|PAID_VIA]-(i) }) AS samePayer`);
    expect(groups.length).toBeGreaterThan(10);
    for (const g of groups) {
      expect(
        g.amount === null || g.onward <= g.amount || g.flagged,
        `${g.id} passes on ${g.onward} of ${g.amount}`,
      ).toBe(true);
      expect(g.sameYears, g.id).toBe(true);
      expect(g.samePayer, g.id).toBe(true);
    }
    const rec = await gqlOk(
      app,
      '{ y2021: fundingReconciliation(year: 2021, stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID]) { agency { id } balanced } y2023: fundingReconciliation(year: 2023) { agency { id } balanced } }',
    );
    for (const r of [...rec.y2021, ...rec.y2023]) expect(r.balanced, r.agency.id).toBe(true);
  });
});

describe('each krona once', () => {
  it('fundingSummary per strategy and year equals a sum over distinct money computed in Cypher', async () => {
    const years = (await cypher('MATCH (f:FundingFlow) RETURN DISTINCT f.year AS y ORDER BY y')).map(
      (r) => r.y as number,
    );
    const strategies = (await cypher('MATCH (s:Strategy) WHERE NOT s.retired RETURN s.id AS id ORDER BY id')).map(
      (r) => r.id as string,
    );
    // Distinct money: the matching flows minus those whose money another matching flow already
    // holds (the flow it passes on, or its whole). Written as set difference, not as the API's filter.
    const expected = await cypher(
      `UNWIND $strategies AS sid UNWIND $years AS y
      CALL (sid, y) {
        MATCH (f:FundingFlow) WHERE NOT f.retired AND f.stage IN $st
          AND (f.year = y OR (f.year <= y AND f.openEnded AND f.amountBasis = 'PER_YEAR'))
          AND (EXISTS { (f)-[:FINANCES]->(:Strategy)-[:PART_OF*0..6]->(:Strategy {id: sid}) }
            OR EXISTS { (f)-[:FINANCES]->(:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: sid}) })
        WITH collect(f) AS m
        WITH m, [x IN m WHERE EXISTS { (x)<-[:PASSED_ON_AS]-(g) WHERE g IN m AND g.amountSek IS NOT NULL } OR EXISTS { (x)-[:SHARE_OF]->(w) WHERE w IN m AND w.amountSek IS NOT NULL }] AS repeats
        RETURN reduce(s = 0, x IN [x IN m WHERE NOT x IN repeats] | s + coalesce(x.amountSek, 0)) AS total, size(m) AS n
      }
      RETURN sid, y, total, n`,
      { strategies, years, st: DECIDED },
    );
    const bySid = new Map<string, Map<number, { total: number; n: number }>>();
    for (const e of expected)
      (bySid.get(e.sid) ?? bySid.set(e.sid, new Map()).get(e.sid)!).set(e.y, { total: e.total, n: e.n });
    let checked = 0;
    for (const sid of strategies) {
      const q = `{ ${years.map((y) => `y${y}: fundingSummary(filter: { strategyId: "${sid}", year: ${y} }, groupBy: [YEAR]) { year totalSek flowCount }`).join(' ')} }`;
      const d = await gqlOk(app, q);
      for (const y of years) {
        const groups = d[`y${y}`];
        const want = bySid.get(sid)!.get(y)!;
        expect(
          groups.reduce((s: number, g: any) => s + g.totalSek, 0),
          `${sid} ${y}`,
        ).toBe(want.total);
        expect(
          groups.reduce((s: number, g: any) => s + g.flowCount, 0),
          `${sid} ${y}`,
        ).toBe(want.n);
        if (want.n > 0) checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('the social-intervention grants stated in two documents are one flow per year with both sources', async () => {
    const rows =
      await cypher(`MATCH (f:FundingFlow)-[:FINANCES]->(:Strategy {id: 'strategy:sociala-insatser-i-utsatta-omraden-2021-2023'})
      WHERE f.year = 2021 AND f.amountSek = 250000000 RETURN f.id AS id, f.sourceDocs AS docs`);
    const fromGov = rows.filter((r) => r.id.includes('socialstyrelsen'));
    expect(fromGov).toHaveLength(1);
    expect(new Set(fromGov[0].docs)).toEqual(
      new Set(
        ['handlingsplan-segregation-2020', 'regeringen-brottsforebyggande-atgarder-nyrekrytering-segregation'].map(
          (x) => `document:${x}`,
        ),
      ),
    );
    const d = await gqlOk(
      app,
      '{ fundingFlows(filter: { strategyId: "strategy:sociala-insatser-i-utsatta-omraden-2021-2023", year: 2021 }) { totalSek totalCount repeatCount } }',
    );
    expect(d.fundingFlows).toEqual({ totalSek: 250000000, totalCount: 2, repeatCount: 1 });
  });

  it('a part stated apart from its whole is listed but not summed again', async () => {
    const [hand] = await cypher(
      `MATCH (:Agency {id: 'agency:regeringen'})<-[:FROM]-(f:FundingFlow)
      WHERE (f.year = 2024 OR (f.year <= 2024 AND f.openEnded AND f.amountBasis = 'PER_YEAR')) AND f.stage IN $st
      WITH collect(f) AS m
      RETURN reduce(s = 0, x IN [x IN m WHERE NOT EXISTS { (x)-[:SHARE_OF]->(w) WHERE w IN m AND w.amountSek IS NOT NULL }] | s + coalesce(x.amountSek, 0)) AS total,
        size([x IN m WHERE EXISTS { (x)-[:SHARE_OF]->(w) WHERE w IN m AND w.amountSek IS NOT NULL }]) AS parts`,
      { st: DECIDED },
    );
    expect(hand.parts).toBeGreaterThan(0);
    const d = await gqlOk(
      app,
      `{ fundingTrace(fromId: "agency:regeringen", year: 2024) { totalSek }
      fundingFlows(filter: { fromId: "agency:regeringen", year: 2024 }) { totalSek repeatCount }
      node(id: "flow:satsning-vald-i-nara-relationer-2024-jamstalldhetsmyndigheten-2024") { ... on FundingFlow { partOf { flow { amountSek } sources { quote } } } } }`,
    );
    expect(d.fundingTrace.totalSek).toBe(hand.total);
    expect(d.fundingFlows.totalSek).toBe(hand.total);
    expect(d.fundingFlows.repeatCount).toBe(hand.parts);
    expect(d.node.partOf.flow.amountSek).toBe(600000000);
    expect(d.node.partOf.sources[0].quote).toContain('drygt 600 miljoner kronor under 2024');
  });
});

describe('an unspecified source does not hide a stated onward amount', () => {
  it('sums the onward amount when the flow it passes on has no amount', async () => {
    await cypher(`CREATE (a:Entity:Agency {id: 'agency:test-money-a', name: 'Test A', sortName: 'test a', kind: 'OTHER', retired: false, origin: 'test'}),
      (b:Entity:Agency {id: 'agency:test-money-b', name: 'Test B', sortName: 'test b', kind: 'OTHER', retired: false, origin: 'test'}),
      (i:Entity:FundingFlow {id: 'flow:test-money-in', qualifier: 'UNSPECIFIED', stage: 'ALLOCATED', year: 1999, retired: false, origin: 'test'})-[:TO]->(a),
      (o:Entity:FundingFlow {id: 'flow:test-money-out', amountSek: 1000, qualifier: 'EXACT', stage: 'ALLOCATED', year: 1999, retired: false, origin: 'test'})-[:TO]->(b),
      (o)-[:FROM]->(a), (i)-[:PASSED_ON_AS]->(o)`);
    try {
      const d = await gqlOk(
        app,
        '{ fundingFlows(filter: { yearFrom: 1999, yearTo: 1999 }) { totalSek totalCount repeatCount unspecifiedCount } }',
      );
      expect(d.fundingFlows).toEqual({ totalSek: 1000, totalCount: 2, repeatCount: 0, unspecifiedCount: 1 });
    } finally {
      await cypher(
        "MATCH (n:Entity) WHERE n.id STARTS WITH 'agency:test-money-' OR n.id STARTS WITH 'flow:test-money-' DETACH DELETE n",
      );
    }
  });
});

describe('periods', () => {
  it('an open-ended yearly amount counts in every asked year and once when no end is asked', async () => {
    const id = 'flow:statsbidrag-likvardighet-kunskapsutveckling-skolhuvudmannen-2021';
    const [f] = await cypher(
      'MATCH (f:FundingFlow {id: $id}) RETURN f.amountSek AS a, f.openEnded AS open, f.year AS y',
      { id },
    );
    expect(f).toEqual({ a: 6200000000, open: true, y: 2021 });
    const d = await gqlOk(
      app,
      `{
      three: fundingFlows(filter: { strategyId: "strategy:statsbidrag-likvardighet-kunskapsutveckling", yearFrom: 2021, yearTo: 2023 }) { totalSek openEndedCount }
      later: fundingFlows(filter: { strategyId: "strategy:statsbidrag-likvardighet-kunskapsutveckling", year: 2025 }) { totalSek }
      before: fundingFlows(filter: { strategyId: "strategy:statsbidrag-likvardighet-kunskapsutveckling", year: 2020 }) { totalCount }
      open: fundingFlows(filter: { strategyId: "strategy:statsbidrag-likvardighet-kunskapsutveckling" }) { totalSek }
      byYear: fundingSummary(filter: { strategyId: "strategy:statsbidrag-likvardighet-kunskapsutveckling", yearFrom: 2021, yearTo: 2023 }, groupBy: [YEAR]) { year totalSek openEndedCount }
      node(id: "${id}") { ... on FundingFlow { year yearTo openEnded amountBasis basis } } }`,
    );
    expect(d.three).toEqual({ totalSek: 3 * f.a, openEndedCount: 1 });
    expect(d.later.totalSek).toBe(f.a);
    expect(d.before.totalCount).toBe(0);
    expect(d.open.totalSek).toBe(f.a);
    expect(d.byYear).toEqual([2021, 2022, 2023].map((year) => ({ year, totalSek: f.a, openEndedCount: 1 })));
    expect(d.node).toEqual({ year: 2021, yearTo: null, openEnded: true, amountBasis: 'PER_YEAR', basis: 'LEVEL' });
  });

  it('a sum over a programme period is one TOTAL flow, counted once in its first year', async () => {
    const d = await gqlOk(
      app,
      `{ node(id: "flow:esf-plus-2021-2027-mottagare-anges-inte") { ... on FundingFlow { year yearTo amountBasis amountSek qualifier stage recipientUnknown sources { quote } } }
      y2021: fundingFlows(filter: { year: 2021, stage: [ESTIMATED], toId: "agency:mottagare-anges-inte" }) { totalSek }
      y2024: fundingFlows(filter: { year: 2024, stage: [ESTIMATED], toId: "agency:mottagare-anges-inte" }) { totalCount } }`,
    );
    expect(d.node).toMatchObject({
      year: 2021,
      yearTo: 2027,
      amountBasis: 'TOTAL',
      amountSek: 16200000000,
      qualifier: 'APPROXIMATE',
      stage: 'ESTIMATED',
      recipientUnknown: true,
    });
    expect(d.node.sources.map((s: any) => s.quote).join(' ')).toContain('ca 16,2 miljarder kronor');
    expect(d.y2021.totalSek).toBe(16200000000);
    expect(d.y2024.totalCount).toBe(0);
  });
});

describe('levels and increases', () => {
  it('keeps a whole level apart from an addition on an earlier level, and the increase inside a level is not summed again', async () => {
    const d = await gqlOk(
      app,
      `{ fundingSummary(filter: { strategyId: "strategy:statsbidrag-lovskola-och-laxhjalp", stage: [PROPOSED, ESTIMATED], yearFrom: 2021, yearTo: 2023, toId: "agency:statens-skolverk" }, groupBy: [YEAR, BASIS]) { year basis totalSek flowCount repeatCount } }`,
    );
    const hand = await cypher(`MATCH (f:FundingFlow)-[:TO]->(:Agency {id: 'agency:statens-skolverk'})
      WHERE f.year IN [2021, 2022, 2023] AND NOT EXISTS { (f)-[:SHARE_OF]->() }
      RETURN f.year AS year, f.basis AS basis, sum(f.amountSek) AS total ORDER BY year, basis`);
    const summed = d.fundingSummary.filter((g: any) => g.repeatCount < g.flowCount);
    expect(summed.map((g: any) => ({ year: g.year, basis: g.basis, total: g.totalSek }))).toEqual(
      hand.map((h) => ({ year: h.year, basis: h.basis, total: h.total })),
    );
    // 2021: the 694 miljoner level (LEVEL) and its 170 miljoner tillskott (INCREASE, part of it, listed but not summed).
    expect(d.fundingSummary.find((g: any) => g.year === 2021 && g.basis === 'INCREASE')).toEqual({
      year: 2021,
      basis: 'INCREASE',
      totalSek: 0,
      flowCount: 1,
      repeatCount: 1,
    });
    expect(hand.find((h) => h.year === 2021)).toEqual({ year: 2021, basis: 'LEVEL', total: 694000000 });
    expect(hand.filter((h) => h.year > 2021).map((h) => h.basis)).toEqual(['INCREASE', 'INCREASE']);
  });
});

describe('one stage rule', () => {
  it('every field that lists flows keeps ALLOCATED and PAID unless stage is given', async () => {
    const [{ n }] = await cypher(
      "MATCH (f:FundingFlow)-[:TO]->(:Agency {id: 'agency:statens-skolverk'}) WHERE NOT f.stage IN $st RETURN count(f) AS n",
      { st: DECIDED },
    );
    expect(n).toBeGreaterThan(0);
    const d = await gqlOk(
      app,
      `{
      agency(id: "agency:statens-skolverk") { fundingReceived { stage } all: fundingReceived(stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID]) { stage } }
      payer: agency(id: "agency:regeringen") { fundingProvided { stage } }
      strategy(id: "strategy:statsbidrag-lovskola-och-laxhjalp") { funding { stage } all: funding(stage: [PROPOSED, ESTIMATED]) { stage } }
      assignment(id: "assignment:statsbidrag-for-att-minska-och-motverka-segregation") { funding { stage } all: funding(stage: [ESTIMATED]) { stage } }
      fundingSummary(groupBy: [STAGE]) { stage } }`,
    );
    const stages = (l: any[]) => new Set(l.map((x) => x.stage));
    for (const list of [
      d.agency.fundingReceived,
      d.payer.fundingProvided,
      d.strategy.funding,
      d.assignment.funding,
      d.fundingSummary,
    ])
      for (const s of stages(list)) expect(DECIDED).toContain(s);
    expect(d.agency.all.length).toBe(n + d.agency.fundingReceived.length);
    expect(d.strategy.all.length).toBeGreaterThan(0);
    const [{ est }] = await cypher(
      "MATCH (f:FundingFlow {stage: 'ESTIMATED'})-[:FINANCES]->(:Assignment {id: 'assignment:statsbidrag-for-att-minska-och-motverka-segregation'}) RETURN count(f) AS est",
    );
    expect(d.assignment.all.length).toBe(est);
  });
});

describe('reconciliation', () => {
  it('gives received, passed on, kept and the loose ends, from Cypher', async () => {
    const d = await gqlOk(
      app,
      `{ fundingReconciliation(year: 2022, stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID]) {
      agency { id } receivedSek passedOnSek keptSek ownPaymentsSek distributes balanced
      unsourcedOutgoing { id } incomingNotPassedOn { id } } }`,
    );
    const hand = await cypher(`MATCH (a:Agency)
      WITH a, [(f:FundingFlow)-[:TO]->(a) WHERE f.year = 2022 OR (f.year <= 2022 AND f.openEnded AND f.amountBasis = 'PER_YEAR') | f] AS inc,
        [(f:FundingFlow)-[:FROM]->(a) WHERE f.year = 2022 OR (f.year <= 2022 AND f.openEnded AND f.amountBasis = 'PER_YEAR') | f] AS out
      WITH a, [x IN inc WHERE NOT EXISTS { (x)-[:SHARE_OF]->(w) WHERE w IN inc AND w.amountSek IS NOT NULL }] AS rec,
        [x IN out WHERE EXISTS { (x)<-[:PASSED_ON_AS]-() }] AS passed, [x IN out WHERE NOT EXISTS { (x)<-[:PASSED_ON_AS]-() }] AS own, inc, out
      WHERE size(inc) + size(out) > 0
      RETURN a.id AS id, reduce(s = 0, x IN rec | s + coalesce(x.amountSek, 0)) AS received,
        reduce(s = 0, x IN [p IN passed WHERE NOT EXISTS { (p)-[:SHARE_OF]->(w) WHERE w IN passed AND w.amountSek IS NOT NULL }] | s + coalesce(x.amountSek, 0)) AS passedOn,
        reduce(s = 0, x IN own | s + coalesce(x.amountSek, 0))
          - reduce(s = 0, x IN [p IN passed WHERE EXISTS { (p)-[:SHARE_OF]->(w) WHERE w IN own AND w.amountSek IS NOT NULL }] | s + coalesce(x.amountSek, 0)) AS own`);
    expect(d.fundingReconciliation.length).toBeGreaterThanOrEqual(hand.length);
    for (const h of hand) {
      const r = d.fundingReconciliation.find((x: any) => x.agency.id === h.id);
      expect(r, h.id).toBeTruthy();
      expect([r.receivedSek, r.passedOnSek, r.ownPaymentsSek, r.keptSek], h.id).toEqual([
        h.received,
        h.passedOn,
        h.own,
        h.received - h.passedOn,
      ]);
    }
    const socialstyrelsen = d.fundingReconciliation.find((x: any) => x.agency.id === 'agency:socialstyrelsen');
    expect(socialstyrelsen.distributes).toBe(true);
    expect(socialstyrelsen.passedOnSek).toBe(250000000 + 216000000 + 104000000);
    // MUCF's 262 miljoner organisationsbidrag contains the 50 miljoner it passes on from the government.
    const mucf = d.fundingReconciliation.find(
      (x: any) => x.agency.id === 'agency:myndigheten-for-ungdoms-och-civilsamhallesfragor',
    );
    expect([mucf.receivedSek, mucf.passedOnSek, mucf.ownPaymentsSek]).toEqual([50000000, 50000000, 212000000]);
    const kk = await gqlOk(
      app,
      '{ fundingReconciliation(year: 2024, agencyId: "agency:kammarkollegiet") { paidOutViaSek paidOutVia { to { id } } } }',
    );
    expect(kk.fundingReconciliation[0].paidOutViaSek).toBe(3 * 800000);
  });
});

describe('every amount is stated by its sources', () => {
  // "250 miljoner", "1,1 miljarder", "800 000 kronor", "7,75 miljoner", "ca 90 miljoner"
  const spoken = (n: number): string[] => {
    const sv = (x: number) => String(x).replace('.', ',');
    const out = [`${n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ')} kronor`];
    if (n >= 1e9) out.push(`${sv(n / 1e9)} miljard`, `${sv(n / 1e9)} mil-`);
    if (n >= 1e6) out.push(`${sv(n / 1e6)} miljon`, `${sv(n / 1e6)} miljo`);
    return out;
  };
  it('each flow with an amount (or the flow it is part of or passes on) has a quote stating it', async () => {
    const rows = await cypher(`MATCH (f:FundingFlow) WHERE f.amountSek IS NOT NULL
      RETURN f.id AS id, f.amountSek AS a, f.sourceQuotes + reduce(q = [], r IN [(f)<-[r:PASSED_ON_AS]-() | r] | q + r.sourceQuotes) AS quotes`);
    expect(rows.length).toBeGreaterThan(80);
    const missing = rows.filter(
      (r) => !r.quotes.some((q: string) => spoken(r.a).some((s) => q.replace(/\s+/g, ' ').includes(s))),
    );
    expect(missing.map((r) => `${r.id} ${r.a}`)).toEqual([]);
  });
});

describe("new flows against the documents' passages", () => {
  // [flow id, from, to, amountSek, qualifier, stage, year, yearTo, openEnded, basis, a fragment of the passage]
  const FACTS: [
    string,
    string | null,
    string,
    number | null,
    string,
    string,
    number,
    number | null,
    boolean,
    string,
    string,
  ][] = [
    [
      'flow:investeringsstod-hyresbostader-mottagare-anges-inte-2022',
      'agency:regeringen',
      'agency:mottagare-anges-inte',
      1100000000,
      'EXACT',
      'PROPOSED',
      2022,
      2022,
      false,
      'INCREASE',
      'förstärka investeringsstödet med 1,1 miljarder kronor under 2022',
    ],
    [
      'flow:investeringsstod-hyresbostader-mottagare-anges-inte-2026',
      'agency:regeringen',
      'agency:mottagare-anges-inte',
      2000000000,
      'EXACT',
      'PROPOSED',
      2026,
      2026,
      false,
      'INCREASE',
      '2 miljarder kronor per år från 2024 till och med 2026',
    ],
    [
      'flow:grona-och-trygga-samhallen-mottagare-anges-inte-2022',
      'agency:regeringen',
      'agency:mottagare-anges-inte',
      200000000,
      'EXACT',
      'ALLOCATED',
      2022,
      2022,
      false,
      'LEVEL',
      '150 miljoner kronor 2021 och 200 miljoner kronor 2022',
    ],
    [
      'flow:lasdelegationens-forslag-mottagare-anges-inte-2024',
      'agency:regeringen',
      'agency:mottagare-anges-inte',
      45000000,
      'EXACT',
      'PROPOSED',
      2024,
      null,
      true,
      'LEVEL',
      'Satsningen är permanent och uppgår till 45 miljoner kronor från och med 2024.',
    ],
    [
      'flow:starkta-bibliotek-mottagare-anges-inte-2023',
      'agency:regeringen',
      'agency:mottagare-anges-inte',
      75000000,
      'EXACT',
      'ESTIMATED',
      2023,
      2023,
      false,
      'LEVEL',
      'beräknar att 75 miljoner kronor tillförs årligen 2022–2023',
    ],
    [
      'flow:introduktionsjobb-och-extratjanster-mottagare-anges-inte-2021',
      'agency:regeringen',
      'agency:mottagare-anges-inte',
      500000000,
      'EXACT',
      'PROPOSED',
      2021,
      2021,
      false,
      'INCREASE',
      '500 miljoner kronor tillförs till introduktionsjobb och extratjänster',
    ],
    [
      'flow:statsbidrag-for-att-minska-och-motverka-segregation-kommuner-regioner-och-civilsamhalle-2023',
      'agency:delegationen-mot-segregation',
      'agency:kommuner-regioner-och-civilsamhalle',
      250000000,
      'EXACT',
      'ESTIMATED',
      2023,
      2023,
      false,
      'LEVEL',
      'som fördelas av Delmos',
    ],
    [
      'flow:jobb-for-unga-kommuner-hog-arbetsloshet-2023-arbetsformedlingen-2023',
      'agency:regeringen',
      'agency:arbetsformedlingen',
      150000000,
      'EXACT',
      'ALLOCATED',
      2023,
      2023,
      false,
      'LEVEL',
      'gav regeringen därför Arbetsförmedlingen i uppdrag att fördela 150 miljoner kronor',
    ],
    [
      'flow:sociala-insatser-i-utsatta-omraden-socialstyrelsen-2022-2',
      'agency:regeringen',
      'agency:socialstyrelsen',
      216000000,
      'APPROXIMATE',
      'ALLOCATED',
      2022,
      2022,
      false,
      'INCREASE',
      'ytterligare drygt 216 miljoner kronor tillförts Socialstyrelsen för att fördelas till kommuner',
    ],
    [
      'flow:myndighetssamverkan-mot-arbetslivskriminalitet-arbetsmiljoverket-2023',
      'agency:regeringen',
      'agency:arbetsmiljoverket',
      40000000,
      'EXACT',
      'ALLOCATED',
      2023,
      null,
      true,
      'LEVEL',
      'permanent anslag om 40 miljoner kronor per år',
    ],
    [
      'flow:statsbidrag-arbetsvillkor-larare-2021-skolhuvudmannen-2023',
      'agency:regeringen',
      'agency:skolhuvudmannen',
      405000000,
      'EXACT',
      'ALLOCATED',
      2023,
      null,
      true,
      'LEVEL',
      'fr.o.m. 2023 avsätts 405 miljoner kronor årligen',
    ],
    [
      'flow:tia-medel-kommuner-och-civilsamhalle-2021',
      'agency:regeringen',
      'agency:kommuner-och-civilsamhalle',
      60000000,
      'EXACT',
      'PROPOSED',
      2021,
      2021,
      false,
      'INCREASE',
      '(TIA-medel) förstärks med 60 miljoner kronor 2021',
    ],
    [
      'flow:avhopparverksamhet-organisationer-for-avhoppare-2021',
      'agency:polismyndigheten',
      'agency:organisationer-for-avhoppare',
      5000000,
      'EXACT',
      'PROPOSED',
      2021,
      2021,
      false,
      'INCREASE',
      'fördelar till olika organisationer för att ge skydd och stöd för avhoppare ökar med 5 miljoner kronor 2021',
    ],
    [
      'flow:generella-statsbidrag-kommuner-och-regioner-2021-2',
      null,
      'agency:kommuner-och-regioner',
      12500000000,
      'EXACT',
      'PROPOSED',
      2021,
      null,
      true,
      'INCREASE',
      'den permanenta höjningen fr.o.m. 2021 på 12,5 miljarder kronor',
    ],
  ];
  it.each(FACTS)('%s', async (id, from, to, amountSek, qualifier, stage, year, yearTo, openEnded, basis, passage) => {
    const d = await gqlOk(
      app,
      `query($id: ID!) { node(id: $id) { ... on FundingFlow { from { id } to { id } amountSek qualifier stage year yearTo openEnded basis sources { quote } fundedBy { sources { quote } } } } }`,
      { id },
    );
    const f = d.node;
    expect({
      from: f.from?.id ?? null,
      to: f.to.id,
      amountSek: f.amountSek,
      qualifier: f.qualifier,
      stage: f.stage,
      year: f.year,
      yearTo: f.yearTo,
      openEnded: f.openEnded,
      basis: f.basis,
    }).toEqual({ from, to, amountSek, qualifier, stage, year, yearTo, openEnded, basis });
    const quotes = [...f.sources, ...f.fundedBy.flatMap((l: any) => l.sources)].map((x: any) =>
      x.quote.replace(/\s+/g, ' '),
    );
    expect(
      quotes.some((q: string) => q.includes(passage)),
      quotes.join(' | '),
    ).toBe(true);
  });
});
