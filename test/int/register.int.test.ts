// The register in the graph, asked through the API and checked against the register file itself
// (parsed here, not through the loader) and against independent Cypher.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/neo4j/executor.js';
import { gql, gqlOk, makeApp, makeExecutor } from '../helpers.js';

let app: FastifyInstance;
let db: Executor;
let closeDb: () => Promise<void>;
const cypher = async (q: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(q, params)).records.map((r) => r.toObject()) as any[];

interface Row {
  name: string;
  orgNr?: string | string[];
  ministry?: string;
  end?: string;
  start?: string;
  registers: string[];
  replaces?: string[];
  replacedBy?: string[];
}
const FILE = readFileSync(new URL('../../seeds/reference/swedish-agencies.jsonl', import.meta.url), 'utf8');
const rows: Row[] = FILE.trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const byName = new Map(rows.map((r) => [r.name, r]));

// Fixture of the test's own: an agency the register would call closed, in an assignment decided
// after that, and one with a successor; removed again in afterAll.
const T = {
  closed: 'agency:test-register-closed',
  heir: 'agency:test-register-heir',
  gone: 'agency:test-register-gone',
  late: 'assignment:test-register-late',
};

beforeAll(async () => {
  app = await makeApp();
  ({ db, close: closeDb } = makeExecutor());
  await cypher(
    `CREATE (c:Entity:Agency {id: $closed, name: 'Testnämnden för registret', sortName: 'testnamnden for registret', kind: 'AGENCY', retired: false,
       closedText: '2019', existsUntil: '2020-01-01', sourceDocs: [], sourceQuotes: []})
     CREATE (g:Entity:Agency {id: $gone, name: 'Testverket som upphörde', sortName: 'testverket som upphorde', kind: 'AGENCY', retired: false,
       closedText: '2021-03-01', existsUntil: '2021-03-01', sourceDocs: [], sourceQuotes: []})
     CREATE (h:Entity:Agency {id: $heir, name: 'Testverket som tog över', sortName: 'testverket som tog over', kind: 'AGENCY', retired: false, sourceDocs: [], sourceQuotes: []})
     CREATE (g)-[:SUCCEEDED_BY {basis: 'REGISTER', registerRecord: 'Testverket som upphörde', registers: ['sfs']}]->(h)
     CREATE (x:Entity:Assignment {id: $late, title: 'Testuppdrag efter nedläggning', sortTitle: 'testuppdrag efter nedlaggning', decided: '2022-05-01', retired: false, sourceDocs: [], sourceQuotes: []})
     WITH c, g, x MATCH (p:Agency {id: 'agency:polismyndigheten'})
     CREATE (c)-[:PARTICIPATES_IN {role: 'ASSIGNEE'}]->(x), (g)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(x), (p)-[:PARTICIPATES_IN {role: 'ASSIGNEE'}]->(x)`,
    T,
  );
});
afterAll(async () => {
  await cypher('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: Object.values(T) });
  await closeDb();
  await app.close();
});

describe('import counts', () => {
  it('every current agency of the register is in the graph with its record, and nothing else from it but closed ones a document or a succession needs', async () => {
    const current = rows.filter((r) => !r.end && r.registers.length > 0).map((r) => r.name);
    const inGraph = await cypher(
      'MATCH (a:Agency) WHERE a.registerRecord IS NOT NULL RETURN a.registerRecord AS record, a.closedText AS closed, a.sourceDocs AS docs, EXISTS { (a)-[:SUCCEEDED_BY]-() } AS inChain',
    );
    const records = new Set(inGraph.map((r) => r.record));
    expect(current.length).toBeGreaterThan(400);
    for (const name of current) expect(records.has(name), name).toBe(true);
    const closed = inGraph.filter((r) => r.closed !== null);
    expect(closed.length).toBeGreaterThan(0);
    for (const c of closed) expect(c.docs.length > 0 || c.inChain, c.record).toBe(true);
    expect(inGraph.length).toBe(records.size);
  });

  it('imports each organisation number as the file gives it', async () => {
    const graph = await cypher(
      'MATCH (a:Agency) WHERE a.registerRecord IS NOT NULL RETURN a.registerRecord AS record, a.orgNr AS orgNr, a.orgNrs AS orgNrs',
    );
    for (const g of graph) {
      const r = byName.get(g.record)!;
      const expected = r.orgNr === undefined ? [] : Array.isArray(r.orgNr) ? r.orgNr : [r.orgNr];
      expect(g.orgNrs, g.record).toEqual(expected);
      expect(g.orgNr, g.record).toBe(typeof r.orgNr === 'string' ? r.orgNr : null);
    }
  });
});

describe('document actors', () => {
  it('every state-agency actor of the documents has its register record, or is the collective Länsstyrelserna (listed in seeds/README.md)', async () => {
    const actors = await cypher(
      "MATCH (a:Agency) WHERE size(a.sourceDocs) > 0 AND a.kind IN ['AGENCY', 'UNIVERSITY', 'COUNTY_ADMINISTRATIVE_BOARD'] RETURN a.id AS id, a.registerRecord AS record",
    );
    expect(actors.length).toBeGreaterThan(25);
    const unmatched = actors.filter((a) => a.record === null).map((a) => a.id);
    expect(unmatched).toEqual(['agency:lansstyrelserna']);
  });

  const DOZEN = [
    'agency:polismyndigheten',
    'agency:brottsforebyggande-radet',
    'agency:statens-skolverk',
    'agency:socialstyrelsen',
    'agency:boverket',
    'agency:arbetsformedlingen',
    'agency:migrationsverket',
    'agency:kammarkollegiet',
    'agency:stockholms-universitet',
    'agency:lansstyrelsen-i-ostergotlands-lan',
    'agency:jamstalldhetsmyndigheten',
    'agency:delegationen-mot-segregation',
    'agency:tillvaxtverket',
  ];
  it('ministry, organisation number and closing date of a dozen agencies equal the register file', async () => {
    const d = await gqlOk(
      app,
      `{ ${DOZEN.map((_, i) => `a${i}: node(id: "${DOZEN[i]}") { ... on Agency { name orgNr closed { text } ministry { name kind } ministryLink { holds source { record } } } }`).join(' ')} }`,
    );
    DOZEN.forEach((id, i) => {
      const a = d[`a${i}`];
      const r = byName.get(a.name)!;
      expect(r, id).toBeDefined();
      expect(a.orgNr, id).toBe(r.orgNr);
      expect(a.ministry, id).toEqual({ name: r.ministry, kind: 'MINISTRY' });
      expect(a.closed?.text ?? null, id).toBe(r.end ?? null);
      expect(a.ministryLink, id).toEqual({ holds: r.end ? 'AT_CLOSURE' : 'CURRENT', source: { record: r.name } });
    });
  }, 60_000);

  it('looks an agency up by organisation number, with or without the dash; a malformed one is BAD_USER_INPUT', async () => {
    const d = await gqlOk(
      app,
      '{ a: agencies(filter: { orgNr: "202100-0076" }) { edges { node { id } } } b: agencies(filter: { orgNr: "2021000076" }) { totalCount } }',
    );
    expect(d.a.edges.map((e: any) => e.node.id)).toEqual(['agency:polismyndigheten']);
    expect(d.b.totalCount).toBe(1);
    const bad = await gql(app, '{ agencies(filter: { orgNr: "12-34" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('ministries', () => {
  it('agencies(filter: {ministryId}) lists what the UNDER_MINISTRY links say, and hasAssignment: false those in no assignment', async () => {
    const m = 'agency:justitiedepartementet';
    const d = await gqlOk(
      app,
      `{ all: agencies(filter: { ministryId: "${m}" }, first: 100) { totalCount edges { node { id } } }
      idle: agencies(filter: { ministryId: "${m}", hasAssignment: false }, first: 100) { edges { node { id } } } }`,
    );
    const all = (
      await cypher(
        'MATCH (a:Agency)-[:UNDER_MINISTRY]->(:Agency {id: $m}) RETURN a.id AS id ORDER BY a.sortName, a.id',
        { m },
      )
    ).map((r) => r.id);
    const idle = (
      await cypher(
        'MATCH (a:Agency)-[:UNDER_MINISTRY]->(:Agency {id: $m}) WHERE NOT (a)-[:PARTICIPATES_IN]->() RETURN a.id AS id ORDER BY a.sortName, a.id',
        { m },
      )
    ).map((r) => r.id);
    expect(d.all.edges.map((e: any) => e.node.id)).toEqual(all);
    expect(d.idle.edges.map((e: any) => e.node.id)).toEqual(idle);
    expect(idle.length).toBeGreaterThan(0);
    expect(idle.length).toBeLessThan(all.length);
    const current = rows.filter(
      (r) => r.ministry === 'Justitiedepartementet' && !r.end && r.registers.length > 0,
    ).length;
    expect(all.length).toBeGreaterThanOrEqual(current);
  });

  it("the 2023 reorganisation links the documents' Näringsdepartementet to its successors, with the page that says so", async () => {
    const d = await gqlOk(
      app,
      '{ agency(id: "agency:naringsdepartementet") { succeededBy { basis date successor { name } referenceSource { url } sources { quote } } } }',
    );
    expect(d.agency.succeededBy.map((s: any) => s.successor.name).sort()).toEqual([
      'Klimat- och näringslivsdepartementet',
      'Landsbygds- och infrastrukturdepartementet',
    ]);
    for (const s of d.agency.succeededBy)
      expect(s).toMatchObject({
        basis: 'REFERENCE',
        date: '2023-01-01',
        sources: [],
        referenceSource: { url: expect.stringContaining('regeringen.se') },
      });
  });

  it('register successions carry the record that states them, and agree with its replaces / replacedBy', async () => {
    const edges =
      await cypher(`MATCH (p:Agency)-[r:SUCCEEDED_BY {basis: 'REGISTER'}]->(s:Agency) WHERE NOT p.id STARTS WITH 'agency:test-register'
      RETURN p.registerRecord AS p, p.otherNames AS pOther, s.registerRecord AS s, s.otherNames AS sOther, r.registerRecord AS record`);
    expect(edges.length).toBeGreaterThan(50);
    const f = (x: string) =>
      x
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    for (const e of edges) {
      const r = byName.get(e.record)!;
      // The record is one end; its list names the other end by its name or one of its other names.
      const [list, other] = e.record === e.s ? [r.replaces, [e.p, ...e.pOther]] : [r.replacedBy, [e.s, ...e.sOther]];
      expect([e.p, e.s], JSON.stringify(e)).toContain(e.record);
      expect(
        (list ?? []).some((n) => other.map(f).includes(f(n))),
        JSON.stringify(e),
      ).toBe(true);
    }
  });
});

describe('questions the register opens', () => {
  it('ministryCollaboration equals counting shared assignments from the participations', async () => {
    const d = await gqlOk(
      app,
      '{ ministryCollaboration { ministryA { id } ministryB { id } assignmentCount agencyPairCount } }',
    );
    const rows = await cypher(`MATCH (a:Agency)-[r1:PARTICIPATES_IN]->(x:Assignment)<-[r2:PARTICIPATES_IN]-(b:Agency)
      WHERE a.id < b.id AND r1.role IN ['ASSIGNEE','COORDINATOR'] AND r2.role IN ['ASSIGNEE','COORDINATOR'] AND NOT x.retired AND NOT a.retired AND NOT b.retired
      MATCH (a)-[:UNDER_MINISTRY]->(ma), (b)-[:UNDER_MINISTRY]->(mb)
      RETURN ma.id AS ma, mb.id AS mb, a.id AS a, b.id AS b, x.id AS x`);
    const groups = new Map<string, { xs: Set<string>; pairs: Set<string> }>();
    for (const r of rows) {
      const [m1, m2] = [r.ma, r.mb].sort();
      const g = groups.get(`${m1}|${m2}`) ?? { xs: new Set(), pairs: new Set() };
      g.xs.add(r.x);
      g.pairs.add(`${r.a}|${r.b}`);
      groups.set(`${m1}|${m2}`, g);
    }
    const got = Object.fromEntries(
      d.ministryCollaboration.map((c: any) => [
        `${c.ministryA.id}|${c.ministryB.id}`,
        [c.assignmentCount, c.agencyPairCount],
      ]),
    );
    const want = Object.fromEntries([...groups].map(([k, g]) => [k, [g.xs.size, g.pairs.size]]));
    expect(got).toEqual(want);
    expect(Object.keys(want).length).toBeGreaterThan(3);
  });

  it('ministryCollaboration per strategy only counts assignments serving that strategy', async () => {
    const d = await gqlOk(
      app,
      '{ ministryCollaboration(perStrategy: true) { strategy { id } assignments { id strategies { id } focusAreas { strategy { id } } } } }',
    );
    expect(d.ministryCollaboration.length).toBeGreaterThan(0);
    for (const c of d.ministryCollaboration) {
      for (const x of c.assignments)
        expect([...x.strategies.map((s: any) => s.id), ...x.focusAreas.map((f: any) => f.strategy.id)]).toContain(
          c.strategy.id,
        );
    }
  });

  it('ministryCollaboration per strategy under one strategy names only strategies under it', async () => {
    const top = 'strategy:segregation-2018-2028';
    const d = await gqlOk(
      app,
      `{ ministryCollaboration(strategyId: "${top}", perStrategy: true) { strategy { id } } }`,
    );
    const under = new Set(
      (await cypher('MATCH (s:Strategy)-[:PART_OF*0..6]->(:Strategy {id: $top}) RETURN s.id AS id', { top })).map(
        (r) => r.id,
      ),
    );
    expect(d.ministryCollaboration.length).toBeGreaterThan(0);
    for (const c of d.ministryCollaboration) expect(under.has(c.strategy.id), c.strategy.id).toBe(true);
  });

  it('assignmentsAfterClosure flags the fixture: a closed agency without successor is a DATA_ERROR, one with a successor a SUCCESSOR_TASK', async () => {
    const d = await gqlOk(
      app,
      `{ assignmentsAfterClosure { agency { id } assignment { id } role decided closed { text precision } reading successors { id } }
      assignment(id: "${T.late}") { participants { agency { id } afterClosure } } }`,
    );
    const mine = d.assignmentsAfterClosure.filter((p: any) => p.assignment.id === T.late);
    expect(mine).toEqual([
      {
        agency: { id: T.closed },
        assignment: { id: T.late },
        role: 'ASSIGNEE',
        decided: '2022-05-01',
        closed: { text: '2019', precision: 'YEAR' },
        reading: 'DATA_ERROR',
        successors: [],
      },
      {
        agency: { id: T.gone },
        assignment: { id: T.late },
        role: 'COORDINATOR',
        decided: '2022-05-01',
        closed: { text: '2021-03-01', precision: 'DAY' },
        reading: 'SUCCESSOR_TASK',
        successors: [{ id: T.heir }],
      },
    ]);
    const independent = await cypher(
      'MATCH (a:Agency)-[:PARTICIPATES_IN]->(x:Assignment) WHERE x.decided >= a.existsUntil RETURN count(*) AS n',
    );
    expect(d.assignmentsAfterClosure.length).toBe(Number(independent[0].n));
    const flags = Object.fromEntries(d.assignment.participants.map((p: any) => [p.agency.id, p.afterClosure]));
    expect(flags).toEqual({ [T.closed]: true, [T.gone]: true, 'agency:polismyndigheten': false });
  });

  it("ministryFunding equals summing the flows by the recipient's ministry, each krona once", async () => {
    const d = await gqlOk(
      app,
      '{ ministryFunding(stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID]) { ministry { id } totalSek flowCount unspecifiedCount } }',
    );
    const all = await cypher(`MATCH (f:FundingFlow)-[:TO]->(to:Agency) WHERE NOT f.retired
      OPTIONAL MATCH (to)-[:UNDER_MINISTRY]->(m)
      RETURN f.id AS id, f.amountSek AS amount, CASE WHEN m IS NOT NULL THEN m.id WHEN to.kind = 'MINISTRY' THEN to.id END AS m,
        [(g:FundingFlow)-[:PASSED_ON_AS]->(f) | g.id] AS sources, [(f)-[:SHARE_OF]->(w:FundingFlow) | w.id] AS wholes`);
    // Money passed on, or a part of a whole, is already counted where it came from.
    const withAmount = new Set(all.filter((f) => f.amount !== null).map((f) => f.id));
    const flows = all.filter((f) => ![...f.sources, ...f.wholes].some((id: string) => withAmount.has(id)));
    expect(flows.length).toBeLessThan(all.length);
    const want = new Map<string | null, { total: number; n: number; u: number }>();
    for (const f of flows) {
      const g = want.get(f.m) ?? { total: 0, n: 0, u: 0 };
      g.n += 1;
      if (f.amount === null) g.u += 1;
      else g.total += Number(f.amount);
      want.set(f.m, g);
    }
    const got = new Map(
      d.ministryFunding.map((g: any) => [
        g.ministry?.id ?? null,
        { total: g.totalSek, n: g.flowCount, u: g.unspecifiedCount },
      ]),
    );
    expect(got).toEqual(want);
    expect([...want.keys()].filter((k) => k !== null).length).toBeGreaterThan(1);
  });
});

describe('lifecycle in answers', () => {
  it('collaborationPath on an asOf date uses only agencies that existed then', async () => {
    const q = `query($asOf: Date) { collaborationPath(fromId: "${T.gone}", toId: "agency:polismyndigheten", asOf: $asOf) { hops steps { from { id } to { id } } } }`;
    expect((await gqlOk(app, q, { asOf: null })).collaborationPath.hops).toBe(1);
    expect((await gqlOk(app, q, { asOf: '2021-02-28' })).collaborationPath.hops).toBe(1);
    expect((await gqlOk(app, q, { asOf: '2021-03-01' })).collaborationPath).toBeNull();
    // A closed document actor: Delegationen mot segregation ceased on 2023-01-01 per the register.
    const delmos =
      'query($asOf: Date) { collaborationPaths(fromId: "agency:delegationen-mot-segregation", toId: "agency:arbetsformedlingen", asOf: $asOf) { hops } }';
    expect((await gqlOk(app, delmos, { asOf: '2022-06-01' })).collaborationPaths.length).toBeGreaterThan(0);
    expect((await gqlOk(app, delmos, { asOf: '2023-06-01' })).collaborationPaths).toEqual([]);
  });

  it('agencies(filter: {existedOn}) leaves out an agency on and after the day it ceased', async () => {
    const q =
      'query($d: Date) { agencies(filter: { nameContains: "delegationen mot segregation", existedOn: $d }) { edges { node { id existedOn(date: "2022-12-31") } } } }';
    expect((await gqlOk(app, q, { d: '2022-12-31' })).agencies.edges).toEqual([
      { node: { id: 'agency:delegationen-mot-segregation', existedOn: true } },
    ]);
    expect((await gqlOk(app, q, { d: '2023-01-01' })).agencies.edges).toEqual([]);
    const alive = await cypher(
      "MATCH (a:Agency) WHERE (a.existsFrom IS NULL OR a.existsFrom <= '1995-06-01') AND (a.existsUntil IS NULL OR '1995-06-01' < a.existsUntil) AND NOT a.retired RETURN count(a) AS n",
    );
    expect(
      (await gqlOk(app, '{ agencies(filter: { existedOn: "1995-06-01" }) { totalCount } }')).agencies.totalCount,
    ).toBe(Number(alive[0].n));
  });

  it('every agency on a path asOf a date existed on that date', async () => {
    const d = await gqlOk(
      app,
      '{ collaborationPaths(fromId: "agency:polismyndigheten", toId: "agency:statens-skolverk", asOf: "2024-01-01", maxHops: 6) { steps { from { existedOn(date: "2024-01-01") } to { existedOn(date: "2024-01-01") } } } }',
    );
    for (const p of d.collaborationPaths)
      for (const s of p.steps) expect([s.from.existedOn, s.to.existedOn]).toEqual([true, true]);
  });
});
