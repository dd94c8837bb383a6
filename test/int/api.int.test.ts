// The GraphQL API against the seeded graph. Expectations are computed from the database with
// hand-written Cypher (or from the seed files), never hard-coded from the API's own answers.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/neo4j/executor.js';
import { gql, gqlOk, makeApp, makeExecutor } from '../helpers.js';

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
  (await db.driver.executeQuery(q, params)).records.map((r) => r.toObject()) as any[];

describe('agencies: keyset pagination', () => {
  it('walks every page in (name, id) order with a stable totalCount and a last page without next', async () => {
    const expected = (
      await cypher('MATCH (a:Agency) WHERE NOT a.retired RETURN a.id AS id ORDER BY a.sortName, a.id')
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: any = await gqlOk(
        app,
        'query($after: String) { agencies(first: 4, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const c = data.agencies;
      expect(c.totalCount).toBe(expected.length);
      seen.push(...c.edges.map((e: any) => e.node.id));
      pages += 1;
      if (!c.pageInfo.hasNextPage) {
        expect(c.edges.length).toBeGreaterThan(0);
        break;
      }
      expect(c.pageInfo.endCursor).toBe(c.edges.at(-1).cursor);
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 4));
  });

  it('pages the same without totalCount (no count) and with fields beyond the brief map', async () => {
    // Not asking for totalCount skips the count; orgNr is outside the brief projection.
    const expected = await cypher(
      'MATCH (a:Agency) WHERE NOT a.retired RETURN a.id AS id, a.orgNr AS orgNr ORDER BY a.sortName, a.id',
    );
    const seen: { id: string; orgNr: string | null }[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await gqlOk(
        app,
        'query($after: String) { agencies(first: 7, after: $after) { edges { node { id orgNr } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...data.agencies.edges.map((e: any) => e.node));
      if (!data.agencies.pageInfo.hasNextPage) break;
      after = data.agencies.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(seen.some((a) => a.orgNr !== null)).toBe(true);
  });

  it('filters by strategy: the agencies taking part in an assignment anywhere under it, paged', async () => {
    const expected = (
      await cypher(
        `MATCH (a:Agency)-[:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $id})
         WHERE NOT a.retired AND NOT coalesce(x.retired, false)
         RETURN DISTINCT a.id AS id, a.sortName AS s ORDER BY s, id`,
        { id: 'strategy:segregation-2018-2028' },
      )
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await gqlOk(
        app,
        `query($after: String) { agencies(filter: { strategyId: "strategy:segregation-2018-2028" }, first: 4, after: $after) {
          totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(data.agencies.totalCount).toBe(expected.length);
      seen.push(...data.agencies.edges.map((e: any) => e.node.id));
      if (!data.agencies.pageInfo.hasNextPage) break;
      after = data.agencies.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it("keeps a cursor's place when a row is added before it", async () => {
    const first = await gqlOk(app, '{ agencies(first: 3) { edges { cursor node { id } } } }');
    const cursor = first.agencies.edges[1].cursor;
    const before = await gqlOk(app, 'query($c: String) { agencies(first: 2, after: $c) { edges { node { id } } } }', {
      c: cursor,
    });
    await cypher(
      "CREATE (:Entity:Agency {id: 'agency:test-aaa-inserted', name: 'AAA', sortName: 'aaa', kind: 'OTHER', retired: false, origin: 'test'})",
    );
    try {
      const after = await gqlOk(
        app,
        'query($c: String) { agencies(first: 2, after: $c) { totalCount edges { node { id } } } }',
        { c: cursor },
      );
      expect(after.agencies.edges).toEqual(before.agencies.edges);
    } finally {
      await cypher("MATCH (a:Agency {id: 'agency:test-aaa-inserted'}) DETACH DELETE a");
    }
  });

  it('gives an empty connection for a filter that matches nothing', async () => {
    const data = await gqlOk(
      app,
      '{ agencies(filter: { nameContains: "xyzzy-finns-inte" }) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }',
    );
    expect(data.agencies).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('matches names case- and diacritic-insensitively, and filters by kind', async () => {
    const data = await gqlOk(
      app,
      '{ a: agencies(filter: { nameContains: "AKLAGARMYNDIGHET" }) { edges { node { name } } } m: agencies(filter: { kind: [MINISTRY] }, first: 100) { totalCount edges { node { kind } } } }',
    );
    expect(data.a.edges.map((e: any) => e.node.name)).toContain('Åklagarmyndigheten');
    const [{ n }] = await cypher("MATCH (a:Agency {kind: 'MINISTRY'}) WHERE NOT a.retired RETURN count(a) AS n");
    expect(data.m.totalCount).toBe(n);
    expect(new Set(data.m.edges.map((e: any) => e.node.kind))).toEqual(new Set(['MINISTRY']));
  });

  it('rejects negative first, first over the maximum and a malformed cursor with BAD_USER_INPUT (HTTP 400)', async () => {
    for (const q of [
      '{ agencies(first: -1) { totalCount } }',
      '{ agencies(first: 101) { totalCount } }',
      '{ agencies(after: "bm90LWEtY3Vyc29y") { totalCount } }',
      '{ assignments(after: "%%%") { totalCount } }',
    ]) {
      const r = await gql(app, q);
      expect(r.status, q).toBe(400);
      expect(r.errors?.[0]?.extensions.code, q).toBe('BAD_USER_INPUT');
    }
  });
});

describe('assignments', () => {
  // The list starts from the most selective filter given (cypher/assignments/list.cypher); every
  // other filter must still apply, whichever one drives.
  it('combines strategy, agency, text and kind filters as an intersection, whichever filter drives the query', async () => {
    const ids = async (filter: string) => {
      const page = (
        await gqlOk(app, `{ assignments(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`)
      ).assignments;
      expect(page.totalCount, `one page holds all of ${filter}`).toBe(page.edges.length);
      return page.edges.map((e: any) => e.node.id as string) as string[];
    };
    const strategy = 'strategy:segregation-2018-2028';
    const byStrategy = await ids(`{ strategyId: "${strategy}" }`);
    const byAgency = await ids('{ agencyId: "agency:delegationen-mot-segregation" }');
    const byText = await ids('{ text: "segregation" }');
    const byKind = (
      await cypher("MATCH (x:Assignment) WHERE x.kind = 'GOVERNMENT_ASSIGNMENT' AND NOT x.retired RETURN x.id AS id")
    ).map((r) => r.id as string);
    expect(byStrategy.length).toBeGreaterThan(0);
    const both = await ids(`{ strategyId: "${strategy}", agencyId: "agency:delegationen-mot-segregation" }`);
    expect(both.sort()).toEqual(byStrategy.filter((id) => byAgency.includes(id)).sort());
    expect(both.length).toBeGreaterThan(0);
    const agencyText = await ids('{ agencyId: "agency:delegationen-mot-segregation", text: "segregation" }');
    expect(agencyText.sort()).toEqual(byAgency.filter((id) => byText.includes(id)).sort());
    const textKind = await ids('{ text: "segregation", kind: [GOVERNMENT_ASSIGNMENT] }');
    expect(textKind.sort()).toEqual(byText.filter((id) => byKind.includes(id)).sort());
  });

  it('filters by agency and role exactly as the graph says', async () => {
    const rows = await cypher(
      "MATCH (:Agency {id: 'agency:polismyndigheten'})-[r:PARTICIPATES_IN]->(x:Assignment) WHERE NOT x.retired RETURN DISTINCT x.id AS id ORDER BY id",
    );
    const data = await gqlOk(
      app,
      '{ assignments(filter: { agencyId: "agency:polismyndigheten" }, first: 100) { totalCount edges { node { id } } } }',
    );
    expect(data.assignments.totalCount).toBe(rows.length);
    expect(data.assignments.edges.map((e: any) => e.node.id).sort()).toEqual(rows.map((r) => r.id));
    const coord = await gqlOk(
      app,
      '{ assignments(filter: { agencyId: "agency:polismyndigheten", role: COORDINATOR }) { edges { node { id participants(role: COORDINATOR) { agency { id } } } } } }',
    );
    for (const e of coord.assignments.edges)
      expect(e.node.participants.map((p: any) => p.agency.id)).toContain('agency:polismyndigheten');
  });

  it('filters by report date range and status as of a date', async () => {
    const data = await gqlOk(
      app,
      '{ assignments(filter: { dueAfter: "2026-01-01", dueBefore: "2026-12-31" }, first: 100) { edges { node { reportDue status(asOf: "2026-01-01") } } } }',
    );
    expect(data.assignments.edges.length).toBeGreaterThan(0);
    for (const e of data.assignments.edges) {
      expect(e.node.reportDue >= '2026-01-01' && e.node.reportDue <= '2026-12-31').toBe(true);
      expect(e.node.status).toBe('ONGOING');
    }
    const passed = await gqlOk(
      app,
      '{ assignments(filter: { status: DUE_PASSED, asOf: "2100-01-01" }, first: 100) { totalCount } }',
    );
    // Every deadline has passed by 2100, except where the final report is recorded (REPORTED).
    const [{ n }] = await cypher(
      'MATCH (x:Assignment) WHERE NOT x.retired AND x.reportDue IS NOT NULL AND x.reported IS NULL RETURN count(x) AS n',
    );
    expect(passed.assignments.totalCount).toBe(n);
  });

  it('rejects an invalid date with BAD_USER_INPUT', async () => {
    const r = await gql(app, '{ assignments(filter: { dueAfter: "2026-02-30" }) { totalCount } }');
    expect(r.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('full-text filter finds assignments by a stemmed Swedish word', async () => {
    const data = await gqlOk(
      app,
      '{ assignments(filter: { text: "samverkan" }, first: 100) { totalCount edges { node { id } } } }',
    );
    expect(data.assignments.edges.map((e: any) => e.node.id)).toContain(
      'assignment:samverkan-mans-vald-mot-kvinnor-2024',
    );
  });
});

describe('no N+1: round trips are bounded by the query shape, not the result size', () => {
  it('a list page of assignments brings its participants along when they are asked for (one round trip less), with the same answer', async () => {
    const post = async (query: string) => {
      const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query } });
      expect(res.json().errors).toBeUndefined();
      return { data: res.json().data, trips: Number(res.headers['x-db-round-trips']) };
    };
    const list = await post(
      '{ assignments(filter: { agencyId: "agency:kriminalvarden" }, first: 20) { edges { node { id participants { role agency { id } sources { quote } } } } } }',
    );
    expect(list.trips).toBe(1);
    const assignees = await post(
      '{ assignments(filter: { agencyId: "agency:kriminalvarden" }, first: 20) { edges { node { id participants(role: ASSIGNEE) { role } } } } }',
    );
    expect(assignees.trips).toBe(1);
    for (const edge of assignees.data.assignments.edges)
      for (const p of edge.node.participants) expect(p.role).toBe('ASSIGNEE');
    // The same participants as the loader fetches for an assignment on its own (no prefetch).
    for (const edge of list.data.assignments.edges.slice(0, 5)) {
      const alone = await post(
        `{ assignment(id: "${edge.node.id}") { participants { role agency { id } sources { quote } } } }`,
      );
      expect(alone.trips).toBe(2);
      expect(edge.node.participants).toEqual(alone.data.assignment.participants);
    }
    // Below an agency too: the agency, its page and the participants in one query (3 → 1 round
    // trips), with the same participants as the list page gives.
    const point = await post(
      '{ agency(id: "agency:kriminalvarden") { assignments(first: 20) { edges { node { id participants { role agency { id } sources { quote } } } } } } }',
    );
    expect(point.trips).toBe(1);
    const listed = new Map(list.data.assignments.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
    const both = point.data.agency.assignments.edges.filter((e: { node: { id: string } }) => listed.has(e.node.id));
    expect(both.length).toBeGreaterThan(0);
    for (const edge of both)
      expect(edge.node.participants).toEqual((listed.get(edge.node.id) as typeof edge.node).participants);
    // Without participants in the selection the page query does not fetch them.
    const bare = await post(
      '{ agency(id: "agency:kriminalvarden") { assignments(first: 20) { edges { node { id } } } } }',
    );
    expect(bare.trips).toBe(1);
  });

  it('a wide nested query (50 agencies × assignments × participants × sources) costs a handful of round trips', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: {
        query: `{ agencies(first: 50) { edges { node { id name sources { quote document { title } }
          assignments(first: 20) { edges { node { id title issuedBy { name } strategies { name }
            participants { role agency { name } sources { quote document { title } } } } } } } } } }`,
      },
    });
    const body = res.json();
    expect(body.errors).toBeUndefined();
    const agencies = body.data.agencies.edges.length;
    const participants = body.data.agencies.edges.flatMap((a: any) =>
      a.node.assignments.edges.flatMap((x: any) => x.node.participants),
    ).length;
    expect(agencies).toBeGreaterThan(10);
    expect(participants).toBeGreaterThan(agencies);
    // agencies, Source.document ×2 levels, Agency.assignments, issuedBy, strategies, participants = 7.
    expect(Number(res.headers['x-db-round-trips'])).toBeLessThanOrEqual(8);
  });
});

describe('fundingTrace reads passages and whole recipients only when selected', () => {
  const post = async (query: string) => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query } });
    expect(res.json().errors).toBeUndefined();
    return res.json().data.fundingTrace;
  };
  it('gives the same steps, links and recipients whichever fields are selected', async () => {
    const brief = await post(
      '{ fundingTrace(fromId: "agency:regeringen") { steps { depth via { flow { id } } flow { id to { id name } } } } }',
    );
    const full = await post(`{ fundingTrace(fromId: "agency:regeringen") { steps { depth reason
      via { flow { id } sources { quote document { id } } } flow { id to { id name orgNr } } } } }`);
    expect(brief.steps.length).toBeGreaterThan(0);
    // Onward steps keep their links when the passages are not selected.
    const onward = brief.steps.filter((s: any) => s.depth > 1);
    expect(onward.length).toBeGreaterThan(0);
    for (const s of onward) expect(s.via.length).toBeGreaterThan(0);
    expect(brief.steps).toEqual(
      full.steps.map((s: any) => ({
        depth: s.depth,
        via: s.via.map((v: any) => ({ flow: v.flow })),
        flow: { id: s.flow.id, to: { id: s.flow.to.id, name: s.flow.to.name } },
      })),
    );
    // With them selected, every link has its passage (the one on the graph) and the reason quotes it.
    for (const s of full.steps.filter((x: any) => x.depth > 1))
      for (const v of s.via) {
        expect(v.sources.length).toBeGreaterThan(0);
        const [link] = await cypher(
          'MATCH (:FundingFlow {id: $from})-[l:PASSED_ON_AS]->(:FundingFlow {id: $to}) RETURN l.sourceQuotes AS quotes',
          { from: v.flow.id, to: s.flow.id },
        );
        expect(v.sources.map((x: any) => x.quote)).toEqual(link.quotes);
        expect(s.reason).toContain(v.sources[0].quote);
      }
    const orgNrs = await cypher('MATCH (a:Agency) WHERE a.id IN $ids RETURN a.id AS id, a.orgNr AS orgNr', {
      ids: full.steps.map((s: any) => s.flow.to.id),
    });
    const byId = new Map(orgNrs.map((r) => [r.id, r.orgNr]));
    for (const s of full.steps) expect(s.flow.to.orgNr).toBe(byId.get(s.flow.to.id) ?? null);
  });
});

describe('agency(id) answers its assignments page or collaborators in the same query', () => {
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
    return { body: res.json(), trips: Number(res.headers['x-db-round-trips']) };
  };
  const ID = 'agency:polismyndigheten';
  const PAGE =
    'assignments(first: 5, role: ASSIGNEE) { totalCount edges { cursor node { id title } } pageInfo { endCursor } }';
  const COLLAB = 'collaborators(first: 5) { strength agency { id name } assignments { id } }';

  it('one round trip, the same answer as the agency reached through a list', async () => {
    const point = await post(`query($id: ID!) { agency(id: $id) { id name orgNr ${PAGE} } }`, { id: ID });
    expect(point.body.errors).toBeUndefined();
    expect(point.trips).toBe(1);
    const collab = await post(`{ agency(id: "${ID}") { id name ${COLLAB} } }`);
    expect(collab.trips).toBe(1);
    // The same agency and children as found by name in a list (entities/by-ids is not involved there).
    const listed = await post(`{ agencies(filter: { nameContains: "Polismyndigheten" }) { edges { node {
      id name orgNr ${PAGE} ${COLLAB} } } } }`);
    const node = listed.body.data.agencies.edges.find((e: any) => e.node.id === ID).node;
    expect(point.body.data.agency).toEqual({
      id: ID,
      name: node.name,
      orgNr: node.orgNr,
      assignments: node.assignments,
    });
    expect(collab.body.data.agency.collaborators).toEqual(node.collaborators);
    expect(node.assignments.edges.length).toBeGreaterThan(0);
    expect(node.collaborators.length).toBeGreaterThan(0);
    const [graph] = await cypher('MATCH (a:Agency {id: $id}) RETURN a.orgNr AS orgNr', { id: ID });
    expect(point.body.data.agency.orgNr).toBe(graph.orgNr);
  });

  it('the next page, both children, and an alias with other arguments still get their own answers', async () => {
    const first = await post(`{ agency(id: "${ID}") { ${PAGE} } }`);
    const after = first.body.data.agency.assignments.pageInfo.endCursor;
    const both = await post(
      `query($after: String) { agency(id: "${ID}") { ${COLLAB} a: ${PAGE}
        b: assignments(first: 5, role: ASSIGNEE, after: $after) { edges { node { id } } } } }`,
      { after },
    );
    expect(both.body.errors).toBeUndefined();
    // agency + page a in one query, page b, collaborators.
    expect(both.trips).toBe(3);
    expect(both.body.data.agency.a).toEqual(first.body.data.agency.assignments);
    const next = await post(
      `query($after: String) { agency(id: "${ID}") { assignments(first: 5, role: ASSIGNEE, after: $after) { edges { node { id } } } } }`,
      { after },
    );
    expect(both.body.data.agency.b).toEqual(next.body.data.agency.assignments);
    const collab = await post(`{ agency(id: "${ID}") { ${COLLAB} } }`);
    expect(both.body.data.agency.collaborators).toEqual(collab.body.data.agency.collaborators);
  });

  it('null for an unknown id; errors of the child at the child, the agency still answered', async () => {
    const unknown = await post(`{ agency(id: "agency:finns-inte") { id ${PAGE} } }`);
    expect(unknown.body).toEqual({ data: { agency: null } });
    const badCursor = await post(`{ agency(id: "${ID}") { id assignments(after: "inte-en-markör") { totalCount } } }`);
    expect(badCursor.body.data.agency).toBeNull();
    expect(badCursor.body.errors[0].path).toEqual(['agency', 'assignments']);
    expect(badCursor.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badStrategy = await post(
      `{ agency(id: "${ID}") { id collaborators(strategyId: "strategy:finns-inte") { strength } } }`,
    );
    expect(badStrategy.body.errors[0].path).toEqual(['agency', 'collaborators']);
    expect(badStrategy.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('aliases of one batched field with different selections', () => {
  it('a named fragment merged with more fields in one place gets them there', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: {
        query: `fragment F on Agency { assignments(first: 3) { edges { node { id } } } }
          { a: agency(id: "agency:polismyndigheten") { ...F }
            b: agency(id: "agency:polismyndigheten") { ...F assignments(first: 3) { edges { node { description } } } } }`,
      },
    });
    expect(res.json().errors).toBeUndefined();
    const { a, b } = res.json().data;
    const ids = a.assignments.edges.map((e: any) => e.node.id);
    expect(b.assignments.edges.map((e: any) => e.node.id)).toEqual(ids);
    const rows = await cypher('MATCH (x:Assignment) WHERE x.id IN $ids RETURN x.id AS id, x.description AS d', { ids });
    expect(rows.some((r) => r.d !== null)).toBe(true);
    for (const e of b.assignments.edges) expect(e.node.description).toBe(rows.find((r) => r.id === e.node.id)!.d);
  });

  it('each get the fields they select', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: {
        query: `{ agency(id: "agency:polismyndigheten") {
          a: assignments(first: 3) { edges { node { id } } }
          b: assignments(first: 3) { edges { node { id description participants { agency { id orgNr } } } } }
          c: collaborators(first: 3) { agency { id } }
          d: collaborators(first: 3) { agency { id orgNr } } } }`,
      },
    });
    const data = res.json().data.agency;
    expect(res.json().errors).toBeUndefined();
    const rows = await cypher(
      `MATCH (x:Assignment) WHERE x.id IN $ids
       RETURN x.id AS id, x.description AS description,
         [(p:Agency)-[:PARTICIPATES_IN]->(x) WHERE NOT coalesce(p.retired, false) | [p.id, p.orgNr]] AS orgNrs`,
      { ids: data.b.edges.map((e: any) => e.node.id) },
    );
    expect(data.b.edges.map((e: any) => e.node.id)).toEqual(data.a.edges.map((e: any) => e.node.id));
    expect(rows.some((r) => r.description !== null)).toBe(true);
    for (const e of data.b.edges) {
      const row = rows.find((r) => r.id === e.node.id)!;
      expect(e.node.description).toBe(row.description);
      const orgNr = new Map(row.orgNrs.map(([id, nr]: [string, string | null]) => [id, nr]));
      for (const p of e.node.participants) expect(p.agency.orgNr).toBe(orgNr.get(p.agency.id));
    }
    const orgNrs = await cypher('MATCH (a:Agency) WHERE a.id IN $ids RETURN a.id AS id, a.orgNr AS orgNr', {
      ids: data.d.map((c: any) => c.agency.id),
    });
    expect(data.d.map((c: any) => c.agency.id)).toEqual(data.c.map((c: any) => c.agency.id));
    expect(orgNrs.some((r) => r.orgNr !== null)).toBe(true);
    for (const c of data.d) expect(c.agency.orgNr).toBe(orgNrs.find((r) => r.id === c.agency.id)!.orgNr);
  });
});

describe('cited documents are read once per request', () => {
  const trips = async (query: string) => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query } });
    expect(res.json().errors).toBeUndefined();
    return { data: res.json().data, trips: Number(res.headers['x-db-round-trips']) };
  };
  const wide = (doc: string) => `{ agencies(first: 30) { edges { node { id sources { quote ${doc} }
    assignments(first: 10) { edges { node { id sources { quote ${doc} }
      participants { role sources { quote ${doc} } } } } } } } } }`;

  it('sources at three levels cost one document read, shared by document and verified', async () => {
    const bare = await trips(wide(''));
    const withDocs = await trips(wide('verified document { id title }'));
    expect(withDocs.trips).toBe(bare.trips + 1);
    // The memo changes no answer: every cited document is the one the graph holds.
    const cited = new Map<string, { title: string; verified: boolean }>();
    const walk = (sources: any[]) => {
      for (const s of sources) cited.set(s.document.id, { title: s.document.title, verified: s.verified });
    };
    for (const a of withDocs.data.agencies.edges) {
      walk(a.node.sources);
      for (const x of a.node.assignments.edges) {
        walk(x.node.sources);
        for (const p of x.node.participants) walk(p.sources);
      }
    }
    expect(cited.size).toBeGreaterThan(1);
    const rows = await cypher(
      'MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.title AS title, d.file AS file',
      {
        ids: [...cited.keys()],
      },
    );
    expect(rows).toHaveLength(cited.size);
    for (const r of rows) expect(cited.get(r.id)).toEqual({ title: r.title, verified: typeof r.file === 'string' });
  });
});

describe('brief projections: a list reads only what the selection needs, and nothing else changes', () => {
  const post = async (query: string) => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query } });
    expect(res.json().errors).toBeUndefined();
    return res.json().data;
  };
  it('gives the same page, participants and collaborators whichever fields are selected, and real values for the fields beyond the brief ones', async () => {
    const brief = await post(`{ agency(id: "agency:polismyndigheten") {
      assignments(first: 20) { edges { node { id title participants { role agency { id name } } } } }
      collaborators(first: 10) { strength agency { id name } assignments { id title } } } }`);
    const full = await post(`{ agency(id: "agency:polismyndigheten") {
      assignments(first: 20) { edges { node { id title description decided
        participants { role agency { id name orgNr wikidataId } sources { quote } } } } }
      collaborators(first: 10) { strength agency { id name orgNr } assignments { id title description } } } }`);
    const pick = <T extends Record<string, unknown>>(o: T, keys: string[]) =>
      Object.fromEntries(keys.map((k) => [k, o[k]]));
    const briefPage = brief.agency.assignments.edges.map((e: any) => e.node);
    const fullPage = full.agency.assignments.edges.map((e: any) => e.node);
    expect(briefPage.length).toBeGreaterThan(0);
    expect(
      fullPage.map((x: any) => ({
        ...pick(x, ['id', 'title']),
        participants: x.participants.map((p: any) => ({ role: p.role, agency: pick(p.agency, ['id', 'name']) })),
      })),
    ).toEqual(briefPage);
    expect(
      full.agency.collaborators.map((c: any) => ({
        strength: c.strength,
        agency: pick(c.agency, ['id', 'name']),
        assignments: c.assignments.map((x: any) => pick(x, ['id', 'title'])),
      })),
    ).toEqual(brief.agency.collaborators);
    // The fields a brief map leaves out are the graph's values when asked for.
    const agencies = [
      ...fullPage.flatMap((x: any) => x.participants.map((p: any) => p.agency)),
      ...full.agency.collaborators.map((c: any) => c.agency),
    ];
    const stored = new Map(
      (
        await cypher(
          'MATCH (a:Agency) WHERE a.id IN $ids RETURN a.id AS id, a.orgNr AS orgNr, a.wikidataId AS wikidataId',
          {
            ids: agencies.map((a: any) => a.id),
          },
        )
      ).map((r) => [r.id, r]),
    );
    for (const a of agencies) {
      expect(a.orgNr).toBe(stored.get(a.id).orgNr ?? null);
      if ('wikidataId' in a) expect(a.wikidataId).toBe(stored.get(a.id).wikidataId ?? null);
    }
    expect(agencies.filter((a: any) => a.orgNr !== null).length).toBeGreaterThan(0);
    const assignments = [...fullPage, ...full.agency.collaborators.flatMap((c: any) => c.assignments)];
    const texts = new Map(
      (
        await cypher('MATCH (x:Assignment) WHERE x.id IN $ids RETURN x.id AS id, x.description AS description', {
          ids: assignments.map((x: any) => x.id),
        })
      ).map((r) => [r.id, r.description]),
    );
    for (const x of assignments) expect(x.description).toBe(texts.get(x.id) ?? null);
    expect(assignments.filter((x: any) => x.description !== null).length).toBeGreaterThan(0);
    // Participants' passages come when asked for.
    expect(fullPage.flatMap((x: any) => x.participants.flatMap((p: any) => p.sources)).length).toBeGreaterThan(0);
  });

  it('gives the same collaboration chain with brief nodes, and the fields and passages beyond them when asked for', async () => {
    const args = 'fromId: "agency:polismyndigheten", toId: "agency:kriminalvarden"';
    const brief = await post(
      `{ collaborationPath(${args}) { hops steps { from { id name } to { id name } via { id title } } } }`,
    );
    const full = await post(`{ collaborationPath(${args}) { hops steps { from { id name orgNr } to { id name orgNr }
      via { id title description } fromSources { quote } toSources { quote } } } }`);
    expect(brief.collaborationPath.hops).toBeGreaterThan(0);
    expect({
      hops: full.collaborationPath.hops,
      steps: full.collaborationPath.steps.map((s: any) => ({
        from: { id: s.from.id, name: s.from.name },
        to: { id: s.to.id, name: s.to.name },
        via: { id: s.via.id, title: s.via.title },
      })),
    }).toEqual(brief.collaborationPath);
    const [step] = full.collaborationPath.steps;
    const [row] = await cypher(
      'MATCH (a:Agency {id: $from}), (x:Assignment {id: $via}), (a)-[r:PARTICIPATES_IN]->(x) RETURN a.orgNr AS orgNr, x.description AS description, r.sourceQuotes AS quotes',
      { from: step.from.id, via: step.via.id },
    );
    expect(step.from.orgNr).toBe(row.orgNr ?? null);
    expect(step.via.description).toBe(row.description ?? null);
    expect(step.fromSources.map((q: any) => q.quote)).toEqual(row.quotes);
    expect(row.quotes.length).toBeGreaterThan(0);
  });

  it('search ranks the same with brief candidates, and a field beyond them (snippet, orgNr) is still answered', async () => {
    const brief = await post('{ search(query: "polis", first: 5) { score node { id ... on Agency { name } } } }');
    const full = await post(
      '{ search(query: "polis", first: 5) { score snippet node { id ... on Agency { name orgNr } } } }',
    );
    expect(brief.search.length).toBeGreaterThan(0);
    expect(full.search.map((h: any) => ({ score: h.score, node: pick2(h.node) }))).toEqual(brief.search);
    const polis = full.search.find((h: any) => h.node.id === 'agency:polismyndigheten');
    const [row] = await cypher("MATCH (a:Agency {id: 'agency:polismyndigheten'}) RETURN a.orgNr AS orgNr");
    expect(row.orgNr).toBeTruthy();
    expect(polis.node.orgNr).toBe(row.orgNr);
    expect(polis.snippet).toContain('Polis');
  });
});
const pick2 = (n: any) => (n.name === undefined ? { id: n.id } : { id: n.id, name: n.name });

describe('node and provenance', () => {
  it('resolves every kind of id through node(id) and gives null for unknown ones', async () => {
    const ids = (await cypher('MATCH (n:Entity) WITH labels(n) AS l, collect(n.id)[0] AS id RETURN id')).map(
      (r) => r.id,
    );
    for (const id of ids) {
      const data = await gqlOk(app, 'query($id: ID!) { node(id: $id) { id __typename } }', { id });
      expect(data.node?.id, id).toBe(id);
    }
    expect(await gqlOk(app, '{ node(id: "agency:finns-inte") { id } x: node(id: "") { id } }')).toEqual({
      node: null,
      x: null,
    });
  });
});

describe('collaboration', () => {
  it('collaborators are agencies sharing an ASSIGNEE/COORDINATOR assignment, strongest first', async () => {
    const data = await gqlOk(
      app,
      '{ agency(id: "agency:polismyndigheten") { collaborators(first: 100) { strength agency { id } assignments { id participants { role agency { id } } } } } }',
    );
    const list = data.agency.collaborators;
    expect(list.length).toBeGreaterThan(0);
    for (let i = 1; i < list.length; i++) expect(list[i - 1].strength).toBeGreaterThanOrEqual(list[i].strength);
    for (const c of list) {
      expect(c.strength).toBe(c.assignments.length);
      for (const a of c.assignments) {
        const roles = (id: string) => a.participants.filter((p: any) => p.agency.id === id).map((p: any) => p.role);
        expect(roles('agency:polismyndigheten').some((r: string) => r === 'ASSIGNEE' || r === 'COORDINATOR')).toBe(
          true,
        );
        expect(roles(c.agency.id).some((r: string) => r === 'ASSIGNEE' || r === 'COORDINATOR')).toBe(true);
      }
    }
  });

  it('collaborationPath returns a chain whose every hop is backed by its assignment', async () => {
    const data = await gqlOk(
      app,
      '{ collaborationPath(fromId: "agency:polismyndigheten", toId: "agency:kriminalvarden") { hops steps { from { id } to { id } via { id participants { role agency { id } } } } } }',
    );
    const path = data.collaborationPath;
    expect(path.hops).toBe(1);
    expect(path.steps[0].from.id).toBe('agency:polismyndigheten');
    expect(path.steps.at(-1).to.id).toBe('agency:kriminalvarden');
    for (const s of path.steps) {
      const ids = s.via.participants
        .filter((p: any) => p.role === 'ASSIGNEE' || p.role === 'COORDINATOR')
        .map((p: any) => p.agency.id);
      expect(ids).toContain(s.from.id);
      expect(ids).toContain(s.to.id);
    }
    // A chain proves both ends exist: one round trip, no lookup of the ends first.
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: {
        query:
          '{ collaborationPath(fromId: "agency:polismyndigheten", toId: "agency:kriminalvarden") { hops steps { from { id name } to { id name } } } }',
      },
    });
    expect(res.json().data.collaborationPath.hops).toBe(1);
    expect(res.headers['x-db-round-trips']).toBe('1');
  });

  it('an unknown agency is NOT_FOUND (not "no chain"), and maxHops over the maximum is rejected', async () => {
    const none = await gql(
      app,
      '{ collaborationPath(fromId: "agency:polismyndigheten", toId: "agency:finns-inte") { hops } }',
    );
    expect(none.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(none.errors?.[0]?.extensions.argument).toBe('toId');
    const r = await gql(
      app,
      '{ collaborationPath(fromId: "agency:polismyndigheten", toId: "agency:kriminalvarden", maxHops: 7) { hops } }',
    );
    expect(r.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('funding', () => {
  it('totalSek sums every matching flow across pages and counts unspecified amounts apart', async () => {
    // Each krona once: a flow whose money another matching flow holds (it passes that flow on, or
    // is a part of it) is counted but not summed.
    const [hand] =
      await cypher(`MATCH (f:FundingFlow) WHERE NOT f.retired AND f.stage IN ['ALLOCATED', 'PAID'] WITH collect(f) AS m
      RETURN size(m) AS n, reduce(s = 0, x IN [x IN m WHERE NOT EXISTS { (x)<-[:PASSED_ON_AS]-(g) WHERE g IN m AND g.amountSek IS NOT NULL } AND NOT EXISTS { (x)-[:SHARE_OF]->(w) WHERE w IN m AND w.amountSek IS NOT NULL }] | s + coalesce(x.amountSek, 0)) AS total,
        size([x IN m WHERE x.amountSek IS NULL]) AS unspecified`);
    const data = await gqlOk(
      app,
      '{ fundingFlows(first: 1) { totalCount totalSek unspecifiedCount edges { node { id } } pageInfo { hasNextPage } } }',
    );
    expect(data.fundingFlows.totalCount).toBe(hand!.n);
    expect(data.fundingFlows.totalSek).toBe(hand!.total);
    expect(data.fundingFlows.unspecifiedCount).toBe(hand!.unspecified);
    expect(data.fundingFlows.edges.length).toBe(Math.min(1, hand!.n));
  });

  it('never sums promises with decided money unless asked: PROPOSED only when requested', async () => {
    const [hand] = await cypher(`MATCH (f:FundingFlow) WHERE NOT f.retired WITH collect(f) AS m
      RETURN size(m) AS n, reduce(s = 0, x IN [x IN m WHERE NOT EXISTS { (x)<-[:PASSED_ON_AS]-(g) WHERE g IN m AND g.amountSek IS NOT NULL } AND NOT EXISTS { (x)-[:SHARE_OF]->(w) WHERE w IN m AND w.amountSek IS NOT NULL }] | s + coalesce(x.amountSek, 0)) AS total`);
    const all = await gqlOk(
      app,
      '{ fundingFlows(filter: { stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID] }) { totalCount totalSek totalsByStage { stage totalSek flowCount } } }',
    );
    expect(all.fundingFlows.totalCount).toBe(hand!.n);
    expect(all.fundingFlows.totalSek).toBe(hand!.total);
    const sumOfStages = all.fundingFlows.totalsByStage.reduce((s: number, t: any) => s + t.totalSek, 0);
    expect(sumOfStages).toBe(hand!.total);
  });

  it('fundingSummary by year and qualifier adds up to the flows it groups', async () => {
    const data = await gqlOk(
      app,
      '{ fundingSummary(groupBy: [YEAR]) { year totalSek flowCount byQualifier { qualifier totalSek flowCount } } fundingFlows(first: 0) { totalSek totalCount } }',
    );
    const groups = data.fundingSummary;
    expect(groups.reduce((s: number, g: any) => s + g.totalSek, 0)).toBe(data.fundingFlows.totalSek);
    expect(groups.reduce((s: number, g: any) => s + g.flowCount, 0)).toBe(data.fundingFlows.totalCount);
    for (const g of groups) {
      expect(g.year).not.toBeNull();
      expect(g.byQualifier.reduce((s: number, q: any) => s + q.totalSek, 0)).toBe(g.totalSek);
    }
  });

  it("fundingTrace totals the root's own flows only and lists what it passes on", async () => {
    const [root] =
      await cypher(`MATCH (a:Agency)<-[:FROM]-(f:FundingFlow) WHERE f.stage IN ['ALLOCATED','PAID'] WITH a, collect(f) AS m
      RETURN a.id AS id, reduce(s = 0, x IN [x IN m WHERE NOT EXISTS { (x)-[:SHARE_OF]->(w) WHERE w IN m AND w.amountSek IS NOT NULL }] | s + coalesce(x.amountSek, 0)) AS own, size(m) AS n ORDER BY n DESC, id LIMIT 1`);
    // The seeds have flows with a payer; without one this test would prove nothing.
    expect(root, 'an agency that pays allocated or paid flows').toBeDefined();
    const data = await gqlOk(
      app,
      'query($id: ID!) { fundingTrace(fromId: $id) { root { id } totalSek passedOnSek steps { depth flow { amountSek from { id } } } } }',
      { id: root.id },
    );
    const t = data.fundingTrace;
    expect(t.root.id).toBe(root.id);
    expect(t.totalSek).toBe(root.own);
    for (const s of t.steps.filter((x: any) => x.depth === 1)) expect(s.flow.from.id).toBe(root.id);
    // What the root's recipients pass on along links (depth 2), never more than came in.
    expect(t.passedOnSek).toBeLessThanOrEqual(
      t.steps.filter((x: any) => x.depth === 2).reduce((s: number, x: any) => s + (x.flow.amountSek ?? 0), 0),
    );
  });
  it("fundingTrace brings each flow's recipient along: the same as the flow's own `to`, one round trip less", async () => {
    const post = async (query: string) => {
      const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query } });
      expect(res.json().errors).toBeUndefined();
      return { data: res.json().data, trips: Number(res.headers['x-db-round-trips']) };
    };
    const trace = await post(
      '{ fundingTrace(fromId: "agency:regeringen", maxDepth: 3) { steps { flow { id to { id name kind } } } } }',
    );
    const steps = trace.data.fundingTrace.steps;
    expect(steps.length).toBeGreaterThan(0);
    // One query: a step proves the root exists, and the recipients come with the steps.
    expect(trace.trips).toBe(1);
    // With the root in the selection it is looked up beside the trace (two at once).
    const withRoot = await post(
      '{ fundingTrace(fromId: "agency:regeringen", maxDepth: 3) { root { id name } steps { flow { id } } } }',
    );
    expect(withRoot.trips).toBe(2);
    expect(withRoot.data.fundingTrace.root).toEqual({ id: 'agency:regeringen', name: 'Regeringen' });
    // An agency that pays nothing is an empty trace; an unknown one is NOT_FOUND.
    const [payer] = await cypher(
      'MATCH (a:Agency) WHERE NOT (a)<-[:FROM]-(:FundingFlow) AND NOT coalesce(a.retired, false) RETURN a.id AS id LIMIT 1',
    );
    const none = await post(`{ fundingTrace(fromId: "${payer.id}") { totalSek steps { depth } } }`);
    expect(none.data.fundingTrace).toEqual({ totalSek: 0, steps: [] });
    const unknown = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: '{ fundingTrace(fromId: "agency:finns-inte") { totalSek } }' },
    });
    expect(unknown.json().errors[0].extensions.code).toBe('NOT_FOUND');
    for (const s of steps.slice(0, 10)) {
      const alone = await post(`{ node(id: "${s.flow.id}") { ... on FundingFlow { to { id name kind } } } }`);
      expect(alone.trips).toBe(2);
      expect(s.flow.to).toEqual(alone.data.node.to);
    }
  });
});

describe('search', () => {
  it('ranks an exact name or abbreviation first and shows why it matched', async () => {
    const data = await gqlOk(app, '{ search(query: "Polismyndigheten") { score snippet node { id } } }');
    expect(data.search[0].node.id).toBe('agency:polismyndigheten');
    expect(data.search[0].snippet).toContain('[Polismyndigheten]');
    for (let i = 1; i < data.search.length; i++)
      expect(data.search[i - 1].score).toBeGreaterThanOrEqual(data.search[i].score);
  });

  it('treats Lucene syntax and injection attempts as plain text: no error, counts unchanged', async () => {
    const [before] = await cypher('MATCH (n) RETURN count(n) AS n');
    for (const q of [
      '"',
      'title:(',
      'a AND OR NOT',
      '*',
      '~',
      '\\',
      '}) DETACH DELETE n //',
      '`) MATCH (n) DETACH DELETE n //',
      '\u0060',
      "' OR 1=1 --",
      'brå^10~2',
      '[TO',
      '/regex/',
    ]) {
      const r = await gql(
        app,
        'query($q: String!) { search(query: $q) { node { id } } agencies(filter: { nameContains: $q }) { totalCount } assignments(filter: { text: $q, diaryNumber: $q }) { totalCount } }',
        { q },
      );
      expect(r.errors, q).toBeUndefined();
    }
    const [after] = await cypher('MATCH (n) RETURN count(n) AS n');
    expect(after!.n).toBe(before!.n);
  });
});

describe('with graphql-jit (GRAPHQL_JIT) the answers are the same', () => {
  // The lookahead (brief maps, prefetched children, the batcher's keys) reads graphql-jit's
  // resolve info as it reads graphql-js's.
  const QUERIES = [
    `{ agency(id: "agency:polismyndigheten") { id name orgNr
      assignments(first: 5) { totalCount edges { cursor node { id title participants { role agency { id name } } } } }
      b: assignments(first: 3, role: ASSIGNEE) { edges { node { id description } } } } }`,
    `{ agency(id: "agency:polismyndigheten") { collaborators(first: 5) { strength agency { id name orgNr } assignments { id } } } }`,
    `{ agencies(first: 20) { edges { node { id name sources { quote document { id title } }
      assignments(first: 5) { edges { node { id title participants { role agency { id } sources { quote } } } } } } } } }`,
    `{ fundingTrace(fromId: "agency:regeringen") { totalSek passedOnSek steps { depth reason flow { id to { id name } } } } }`,
  ];
  it('for pages, collaborators, aliases, sources and traces, compiled or not', async () => {
    // No response cache: every answer below is executed.
    const jit = await makeApp({ GRAPHQL_JIT: '1', RESPONSE_CACHE_ENTRIES: '0' });
    try {
      for (const query of QUERIES) {
        const plain = await gqlOk(app, query);
        // graphql-jit compiles a document after its first use: the second answer is the compiled one.
        for (let i = 0; i < 2; i++) expect(await gqlOk(jit, query)).toEqual(plain);
      }
    } finally {
      await jit.close();
    }
  });
});
