// Evidence an auditor can open (issue 10): served documents with the cited passage marked,
// Source.url, and the sources of both participations on every collaboration hop.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/neo4j/executor.js';
import { DOCUMENT_IDS } from '../../src/seed/records.js';
import { gql, gqlOk, makeApp, makeExecutor } from '../helpers.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const KEY = 'evidence-reader-key-1';
const EDITOR_KEY = 'evidence-editor-key-1';

let app: FastifyInstance;
let locked: FastifyInstance;
let editor: FastifyInstance;
let db: Executor;
let closeDb: () => Promise<void>;
beforeAll(async () => {
  app = await makeApp();
  locked = await makeApp({ API_KEYS: `r1:reader:${sha(KEY)}`, REQUIRE_API_KEY: 'true' });
  editor = await makeApp({ API_KEYS: `e1:editor:${sha(EDITOR_KEY)}` });
  ({ db, close: closeDb } = makeExecutor());
});
afterAll(async () => {
  // The seeded graph is shared with the other test files: remove what the edits here created.
  await db.driver.executeQuery("MATCH (n:Entity) WHERE n.origin = 'api' DETACH DELETE n");
  await db.driver.executeQuery('MATCH (c:Change) DETACH DELETE c');
  await app.close();
  await locked.close();
  await editor.close();
  await closeDb();
});

const DECISION = 'document:regeringsbeslut-samverkan-mans-vald-mot-kvinnor';

describe('documents are served', () => {
  it('every Source.url opens the document with exactly that passage marked as #passage', async () => {
    const d = await gqlOk(
      app,
      `{ agency(id: "agency:polismyndigheten") { sources { quote url document { id textUrl } } } }`,
    );
    const sources = d.agency.sources as { quote: string; url: string; document: { id: string; textUrl: string } }[];
    expect(sources.length).toBeGreaterThan(1);
    for (const s of sources) {
      const u = new URL(s.url);
      expect(u.hash).toBe('#passage');
      expect(u.pathname).toBe(`/documents/${encodeURIComponent(s.document.id)}`);
      expect(u.searchParams.get('quote')).toBe(s.quote);
      const res = await app.inject({ method: 'GET', url: u.pathname + u.search });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const mark = /<mark id="passage">([\s\S]*?)<\/mark>/.exec(res.body);
      expect(mark, s.quote).not.toBeNull();
      // The marked characters fold to the quote: the same check the seed loader makes.
      const shown = mark![1]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
      const fold = (t: string) => t.normalize('NFC').replace(/-\s+/g, '').replace(/\s+/g, ' ').trim();
      expect(fold(shown)).toBe(fold(s.quote));
      expect(res.body).not.toContain('does not contain the passage');
    }
  });

  it('marks a passage that crosses a PDF line-break hyphen, covering the original characters', async () => {
    // "motverka segregation" is printed "motverka segrega-\ntion" in places; any quote over a wrap works.
    const res = await app.inject({
      method: 'GET',
      url: `/documents/document:handlingsplan-segregation-2020?quote=${encodeURIComponent('Olika aktörer har de senaste åren kraftsamlat och vidtagit åtgärder för att minska och motverka segregationen i samhället.')}`,
    });
    expect(res.statusCode).toBe(200);
    const mark = /<mark id="passage">([\s\S]*?)<\/mark>/.exec(res.body)!;
    expect(mark[1]).toContain('vid-\ntagit');
    expect(mark[1]).toMatch(/segregatio-\nnen i samhället\.$/);
    expect(res.headers['x-passages-found']).toBe('1');
  });

  it('says so when the quote is not in the document, and still serves it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/documents/${DECISION}?quote=${encodeURIComponent('Denna mening finns inte i beslutet')}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('does not contain the passage');
    expect(res.body).not.toContain('<mark');
    expect(res.headers['x-passages-found']).toBe('0');
  });

  it('serves the unchanged text as text/plain', async () => {
    const res = await app.inject({ method: 'GET', url: `/documents/${DECISION}`, headers: { accept: 'text/plain' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain(
      'Regeringen ger Polismyndigheten, Åklagarmyndigheten, Kriminalvården och Socialstyrelsen i uppdrag',
    );
    expect(res.body).not.toContain('<');
  });

  it('escapes the text and the quote (no markup from a link can run)', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/documents/${DECISION}?quote=${encodeURIComponent('<script>alert(1)</script> x')}`,
    });
    expect(res.body).not.toContain('<script>');
    expect(res.body).toContain('&lt;script&gt;');
  });

  it('an unknown or non-document id is NOT_FOUND', async () => {
    for (const id of ['document:no-such-doc', 'agency:polismyndigheten', 'x']) {
      const res = await app.inject({ method: 'GET', url: `/documents/${encodeURIComponent(id)}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('documents are public even when API keys are required; GraphQL is not', async () => {
    const doc = await locked.inject({ method: 'GET', url: `/documents/${DECISION}` });
    expect(doc.statusCode).toBe(200);
    const g = await gql(locked, '{ documents { id } }');
    expect(g.status).toBe(401);
    const withKey = await gql(locked, '{ documents { id textUrl } }', undefined, { authorization: `Bearer ${KEY}` });
    // The five seed documents (other test files may have added documents through the API, without a text).
    const seeded = withKey.data.documents.filter((d: any) => DOCUMENT_IDS.includes(d.id.slice('document:'.length)));
    expect(seeded.length).toBe(DOCUMENT_IDS.length);
    for (const d of seeded) expect(d.textUrl).toMatch(/\/documents\/document%3A/);
  });
});

describe('collaboration hops carry their evidence', () => {
  it('each step has the sources of both participations, quoting the shared assignment', async () => {
    const d = await gqlOk(
      app,
      `{ collaborationPath(fromId: "agency:polismyndigheten", toId: "agency:kriminalvarden") {
      hops steps { from { id } to { id } via { id } fromSources { quote document { id } } toSources { quote document { id } } } } }`,
    );
    const path = d.collaborationPath;
    expect(path.hops).toBe(1);
    for (const step of path.steps) {
      expect(step.fromSources.length).toBeGreaterThan(0);
      expect(step.toSources.length).toBeGreaterThan(0);
    }
    // The two participations are read from the graph: compare with the assignment's participant list.
    const via = path.steps[0].via.id;
    const p = await gqlOk(
      app,
      `query($id: ID!) { assignment(id: $id) { participants { agency { id } sources { quote } } } }`,
      { id: via },
    );
    const quotesOf = (agencyId: string) =>
      p.assignment.participants
        .filter((x: any) => x.agency.id === agencyId)
        .flatMap((x: any) => x.sources.map((s: any) => s.quote));
    expect(quotesOf('agency:polismyndigheten')).toEqual(
      expect.arrayContaining(path.steps[0].fromSources.map((s: any) => s.quote)),
    );
    expect(quotesOf('agency:kriminalvarden')).toEqual(
      expect.arrayContaining(path.steps[0].toSources.map((s: any) => s.quote)),
    );
  });
});

describe('no silent empties: an id that names nothing is NOT_FOUND naming the argument', () => {
  const cases: [string, string][] = [
    ['{ assignments(filter: { agencyId: "agency:polismyndigheten-typo" }) { totalCount } }', 'filter.agencyId'],
    ['{ assignments(filter: { strategyId: "strategy:nope" }) { totalCount } }', 'filter.strategyId'],
    ['{ assignments(filter: { focusAreaId: "focus-area:nope" }) { totalCount } }', 'filter.focusAreaId'],
    ['{ assignments(filter: { issuedById: "agency:nope" }) { totalCount } }', 'filter.issuedById'],
    // An id of the wrong kind names no entity of the expected kind.
    ['{ assignments(filter: { agencyId: "strategy:segregation-2018-2028" }) { totalCount } }', 'filter.agencyId'],
    ['{ agencies(filter: { strategyId: "strategy:nope" }) { totalCount } }', 'filter.strategyId'],
    [
      '{ agency(id: "agency:polismyndigheten") { collaborators(strategyId: "strategy:nope") { strength } } }',
      'strategyId',
    ],
    ['{ collaborationPath(fromId: "agency:nope", toId: "agency:kriminalvarden") { hops } }', 'fromId'],
    ['{ collaborationPaths(fromId: "agency:polismyndigheten", toId: "agency:nope") { hops } }', 'toId'],
    [
      '{ collaborationPath(fromId: "agency:polismyndigheten", toId: "agency:kriminalvarden", strategyId: "strategy:nope") { hops } }',
      'strategyId',
    ],
    ['{ fundingTrace(fromId: "agency:nope") { totalSek } }', 'fromId'],
    ['{ fundingSummary(filter: { toId: "agency:nope" }, groupBy: [YEAR]) { totalSek } }', 'filter.toId'],
    ['{ fundingFlows(filter: { strategyId: "strategy:nope" }) { totalCount } }', 'filter.strategyId'],
    ['{ changes(entityId: "agency:nope") { totalCount } }', 'entityId'],
  ];
  it.each(cases)('%s', async (query, argument) => {
    // The audit trail is for editors and admins; the rest is open to anyone.
    const r = query.includes('changes(')
      ? await gql(editor, query, undefined, { authorization: `Bearer ${EDITOR_KEY}` })
      : await gql(app, query);
    expect(r.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(r.errors?.[0]?.extensions.argument).toBe(argument);
    expect(r.errors?.[0]?.message).toContain(argument);
  });

  it('an existing id with nothing to show is still an empty answer, and top-level lookups stay null', async () => {
    const d = await gqlOk(
      app,
      `{ a: assignments(filter: { agencyId: "agency:polismyndigheten", dueBefore: "1900-01-01" }) { totalCount }
      agency(id: "agency:nope") { id } node(id: "assignment:nope") { id } }`,
    );
    expect(d.a.totalCount).toBe(0);
    expect(d.agency).toBeNull();
    expect(d.node).toBeNull();
    // A known entity without edits has an empty history, not an error.
    const c = await gql(editor, '{ changes(entityId: "agency:polismyndigheten") { totalCount } }', undefined, {
      authorization: `Bearer ${EDITOR_KEY}`,
    });
    expect(c.errors).toBeUndefined();
    expect(c.data.changes.totalCount).toBe(0);
  });
});

describe('group actors', () => {
  it('actors that stand for many bodies are marked, named agencies are not', async () => {
    // By id: with the register in the graph, the first page of agencies holds none of these.
    const ids = [
      'agency:kommunerna',
      'agency:lansstyrelserna',
      'agency:civilsamhallet',
      'agency:flera-myndigheter',
      'agency:regionerna',
      'agency:polismyndigheten',
      'agency:lansstyrelsen-i-ostergotlands-lan',
      'agency:regeringen',
      'agency:sveriges-kommuner-och-regioner',
    ];
    const d = await gqlOk(app, `{ ${ids.map((id, i) => `a${i}: agency(id: "${id}") { id isGroup }`).join(' ')} }`);
    const found = Object.values(d) as { id: string; isGroup: boolean }[];
    expect(found.map((a) => a?.id)).toEqual(ids);
    const groups = new Set(found.filter((a) => a.isGroup).map((a) => a.id));
    for (const id of [
      'agency:kommunerna',
      'agency:lansstyrelserna',
      'agency:civilsamhallet',
      'agency:flera-myndigheter',
      'agency:regionerna',
    ])
      expect(groups.has(id), id).toBe(true);
    for (const id of [
      'agency:polismyndigheten',
      'agency:lansstyrelsen-i-ostergotlands-lan',
      'agency:regeringen',
      'agency:sveriges-kommuner-och-regioner',
    ])
      expect(groups.has(id), id).toBe(false);
  });

  it('collaborators leave groups out unless includeGroups, and a group does not make strangers into chains', async () => {
    const q = `query($id: ID!, $g: Boolean) { agency(id: $id) { collaborators(first: 100, includeGroups: $g) { agency { id isGroup } } } }`;
    const bra = 'agency:brottsforebyggande-radet';
    const plain = (await gqlOk(app, q, { id: bra, g: false })).agency.collaborators.map((c: any) => c.agency);
    const withGroups = (await gqlOk(app, q, { id: bra, g: true })).agency.collaborators.map((c: any) => c.agency);
    expect(plain.some((a: any) => a.isGroup)).toBe(false);
    const groupPartners = withGroups.filter((a: any) => a.isGroup);
    expect(groupPartners.length).toBeGreaterThan(0);
    expect(
      withGroups
        .filter((a: any) => !a.isGroup)
        .map((a: any) => a.id)
        .sort(),
    ).toEqual(plain.map((a: any) => a.id).sort());
  });

  it('two agencies that each work with the municipalities have not worked together (unless includeGroups)', async () => {
    // Made through the API: the seeds happen to hold no such pair, and the rule must hold for any.
    const src = [
      {
        newDocument: { title: 'Evidenstest källa', url: 'https://example.org/evidenstest' },
        quote: 'Evidenstest: två uppdrag med kommunerna',
      },
    ];
    const edit = async (query: string, variables: Record<string, unknown>) => {
      const r = await gql(editor, query, variables, { authorization: `Bearer ${EDITOR_KEY}` });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data;
    };
    const ids: string[] = [];
    for (const n of [1, 2]) {
      const a = await edit('mutation($i: AgencyInput!) { createAgency(input: $i) { id } }', {
        i: { name: `Evidenstest myndighet ${n}`, kind: 'AGENCY', sources: src },
      });
      const x = await edit('mutation($i: AssignmentInput!) { createAssignment(input: $i) { id } }', {
        i: { title: `Evidenstest uppdrag ${n}`, issuedById: 'agency:regeringen', sources: src },
      });
      for (const agencyId of [a.createAgency.id, 'agency:kommunerna']) {
        await edit('mutation($i: ParticipantInput!) { setParticipant(input: $i) { id } }', {
          i: { assignmentId: x.createAssignment.id, agencyId, role: 'ASSIGNEE', sources: src },
        });
      }
      ids.push(a.createAgency.id);
    }
    const p = `query($from: ID!, $to: ID!, $g: Boolean) { collaborationPath(fromId: $from, toId: $to, includeGroups: $g) { hops steps { to { id } } }
      agency(id: $from) { collaborators(includeGroups: $g) { agency { id } } } }`;
    const without = await gqlOk(editor, p, { from: ids[0], to: ids[1], g: false });
    expect(without.collaborationPath).toBeNull();
    expect(without.agency.collaborators).toEqual([]);
    const through = await gqlOk(editor, p, { from: ids[0], to: ids[1], g: true });
    expect(through.collaborationPath.hops).toBe(2);
    expect(through.collaborationPath.steps[0].to.id).toBe('agency:kommunerna');
    expect(through.agency.collaborators.map((c: any) => c.agency.id)).toEqual(['agency:kommunerna']);
  });
});

describe('dataVersion', () => {
  it('names the seeds, the import and the version counter, and tags the response', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: '{ dataVersion { seedChecksum importedAt graphVersion editsSinceImport tag } }' },
    });
    const v = res.json().data.dataVersion;
    expect(v.seedChecksum).toMatch(/^[0-9a-f]{64}$/);
    expect(Number.isNaN(Date.parse(v.importedAt))).toBe(false);
    expect(v.graphVersion).toBeGreaterThan(0);
    expect(v.editsSinceImport).toBeGreaterThanOrEqual(0);
    expect(v.tag).toBe(`${v.seedChecksum.slice(0, 12)}.${v.graphVersion}`);
    expect(res.headers['x-data-version']).toBe(v.tag);
  });
});

describe('search finds the obvious first', () => {
  // query → an id that must be among the first `within` hits (1 = the top hit).
  const table: [string, string, number][] = [
    ['polis', 'agency:polismyndigheten', 1],
    ['Polismyndigheten', 'agency:polismyndigheten', 1],
    ['polismyndighetens', 'agency:polismyndigheten', 1],
    ['Brå', 'agency:brottsforebyggande-radet', 1],
    ['brottsförebyggande rådet', 'agency:brottsforebyggande-radet', 1],
    ['skolverk', 'agency:statens-skolverk', 1],
    ['kriminalvården', 'agency:kriminalvarden', 1],
    ['Ju2019/02027', 'assignment:ju2019-02027', 1],
    ['Ju2019', 'assignment:ju2019-02027', 3],
    ['segregation', 'strategy:segregation-2018-2028', 3],
    ['segregationen', 'strategy:segregation-2018-2028', 3],
    ['avhopparprogram', 'assignment:ju2019-02027', 1],
    // Fourth: the strategy, the avhoppare organisations (a recipient named in the money passages) and
    // the co-ordinator assignment all have the word in their name too.
    ['avhoppare', 'assignment:forstarka-och-utveckla-stod-till-avhoppare', 4],
    ['länsstyrelserna', 'agency:lansstyrelserna', 1],
    ['MUCF', 'agency:myndigheten-for-ungdoms-och-civilsamhallesfragor', 1],
  ];
  it.each(table)('"%s" puts %s in the top %i', async (query, id, within) => {
    const d = await gqlOk(app, 'query($q: String!) { search(query: $q, first: 10) { score node { id } } }', {
      q: query,
    });
    const ids = d.search.map((h: any) => h.node.id);
    expect(ids.slice(0, within), JSON.stringify(ids)).toContain(id);
    const scores = d.search.map((h: any) => h.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
  });
});

describe('dates as precise as the text', () => {
  // [assignment, field, first day, last day, precision, the passage that states it]
  const table: [string, 'reportDueAsGiven' | 'decidedAsGiven' | 'reported', string, string, string, string][] = [
    [
      'assignment:dir-2020-53',
      'reportDueAsGiven',
      '2021-11-01',
      '2021-11-30',
      'MONTH',
      'Uppdraget ska redovisas i november 2021.',
    ],
    [
      'assignment:fi2019-04300',
      'reportDueAsGiven',
      '2021-12-01',
      '2021-12-31',
      'MONTH',
      'Välfärdskommissionen ska senast i december 2021 redovisa sitt uppdrag.',
    ],
    [
      'assignment:fi2019-04300',
      'decidedAsGiven',
      '2019-12-01',
      '2019-12-31',
      'MONTH',
      'Regeringen beslutade i december 2019 att inrätta en välfärdskommission',
    ],
    [
      'assignment:n2018-00213',
      'reportDueAsGiven',
      '2022-02-01',
      '2022-02-28',
      'MONTH',
      'Uppdraget ska slutredovisas i februari 2022.',
    ],
    [
      'assignment:n2018-00213',
      'decidedAsGiven',
      '2018-01-01',
      '2018-12-31',
      'YEAR',
      'Regeringen gav 2018 Tillväxtverket i uppdrag',
    ],
    [
      'assignment:n2018-01430',
      'reportDueAsGiven',
      '2022-05-01',
      '2022-05-31',
      'MONTH',
      'En slutredovisning av uppdraget ska lämnas till regeringen i maj 2022.',
    ],
    [
      'assignment:dir-2020-32',
      'reportDueAsGiven',
      '2024-10-01',
      '2024-10-31',
      'MONTH',
      'Utredningen ska slutredovisa sitt arbete i oktober 2024.',
    ],
    [
      'assignment:dir-2019-94',
      'reportDueAsGiven',
      '2021-06-01',
      '2021-06-30',
      'MONTH',
      'Uppdraget ska redovisas i juni 2021.',
    ],
    [
      'assignment:ku2020-01216',
      'decidedAsGiven',
      '2020-03-01',
      '2020-05-31',
      'SEASON',
      'Regeringen gav våren 2020 en rad myndigheter',
    ],
    [
      'assignment:ku2020-01402',
      'decidedAsGiven',
      '2020-06-01',
      '2020-06-30',
      'MONTH',
      'Regeringen gav i juni 2020 Jämställdhetsmyndigheten i uppdrag',
    ],
    [
      'assignment:ku2020-00917',
      'decidedAsGiven',
      '2020-04-01',
      '2020-04-30',
      'MONTH',
      'Stockholms universitet fick i april 2020 i uppdrag',
    ],
    [
      'assignment:ju2019-02027',
      'decidedAsGiven',
      '2019-12-01',
      '2019-12-31',
      'MONTH',
      'Regeringen gav i december 2019 Polismyndigheten, Kriminalvården',
    ],
    [
      'assignment:dir-2020-22',
      'decidedAsGiven',
      '2020-03-01',
      '2020-03-31',
      'MONTH',
      'Regeringen tillsatte i mars 2020 en kommission för jämställda livsinkomster',
    ],
    [
      'assignment:vidgade-mojligheter-studera-med-bibehallen-ersattning-2020',
      'decidedAsGiven',
      '2020-11-01',
      '2020-11-30',
      'MONTH',
      'införde regeringen i november 2020 vidgade möjligheter',
    ],
    [
      'assignment:forordning-statsbidrag-kvinnors-och-flickors-organisering',
      'decidedAsGiven',
      '2023-03-01',
      '2023-03-31',
      'MONTH',
      'beslutade regeringen i mars 2023 om en förordning',
    ],
    [
      'assignment:overenskommelse-skr-oppen-forskola-utrikes-fodda-kvinnor',
      'decidedAsGiven',
      '2023-03-01',
      '2023-03-31',
      'MONTH',
      'I mars 2023 gjorde regeringen därför en överenskommelse',
    ],
    [
      'assignment:myndighetsgemensam-plan-utrikes-fodda-kvinnor-2023',
      'decidedAsGiven',
      '2023-06-01',
      '2023-06-30',
      'MONTH',
      'I juni 2023 gav regeringen Arbetsförmedlingen',
    ],
    [
      'assignment:oppna-insatser-utan-samtycke',
      'reported',
      '2021-05-31',
      '2021-05-31',
      'DAY',
      'Uppdraget redovisades den 31 maj 2021',
    ],
    [
      'assignment:dir-2019-31',
      'reported',
      '2020-12-11',
      '2020-12-11',
      'DAY',
      'Uppdraget redovisades den 11 december 2020.',
    ],
    [
      'assignment:dir-2018-73',
      'reported',
      '2020-11-30',
      '2020-11-30',
      'DAY',
      'Uppdraget redovisades den 30 november 2020.',
    ],
    [
      'assignment:fler-barn-i-forskolan-u2020-01',
      'reported',
      '2020-11-23',
      '2020-11-23',
      'DAY',
      '(SOU 2020:67) den 23 november 2020',
    ],
    [
      'assignment:hedersbrottsutredningen',
      'reported',
      '2020-10-07',
      '2020-10-07',
      'DAY',
      'Den 7 oktober 2020 överlämnade Hedersbrottsutredningen',
    ],
    ['assignment:dir-2018-74', 'reported', '2020-08-01', '2020-08-31', 'MONTH', 'i augusti 2020.'],
    [
      'assignment:utredningen-framtidens-socialtjanst',
      'reported',
      '2020-08-01',
      '2020-08-31',
      'MONTH',
      'överlämnade i augusti 2020 sitt slutbetänkande',
    ],
    [
      'assignment:dir-2018-03',
      'reported',
      '2020-11-01',
      '2020-11-30',
      'MONTH',
      'I november 2020 presenterade Barnkonventionsutredningen sitt slutbetänkande.',
    ],
    [
      'assignment:sociala-varden-i-fysisk-planering-och-stadsutveckling',
      'reported',
      '2020-06-01',
      '2020-06-30',
      'MONTH',
      'Utredaren rapporterade i juni 2020',
    ],
  ];
  it.each(table)('%s %s', async (id, field, date, end, precision, passage) => {
    const d = await gqlOk(
      app,
      `query($id: ID!) { assignment(id: $id) { ${field} { date end precision } decided decidedPrecision reportDue reportDuePrecision sources { quote url } } }`,
      { id },
    );
    const a = d.assignment;
    expect(a[field]).toEqual({ date, end, precision });
    if (field === 'reportDueAsGiven') expect([a.reportDue, a.reportDuePrecision]).toEqual([date, precision]);
    if (field === 'decidedAsGiven') expect([a.decided, a.decidedPrecision]).toEqual([date, precision]);
    // The passage stating the date is one of the assignment's sources, and its link opens it marked.
    const source = a.sources.find((s: any) => s.quote.includes(passage));
    expect(source, passage).toBeDefined();
    const u = new URL(source.url);
    const res = await app.inject({ method: 'GET', url: u.pathname + u.search });
    expect(res.headers['x-passages-found']).not.toBe('0');
  });

  it('status uses the precision: a month-only deadline is due all month; not ONGOING before the decision; REPORTED after the report', async () => {
    const q = `query($id: ID!, $d: Date!) { assignment(id: $id) { status(asOf: $d) } }`;
    const status = async (id: string, d: string) => (await gqlOk(app, q, { id, d })).assignment.status;
    expect(await status('assignment:dir-2020-53', '2021-11-30')).toBe('ONGOING');
    expect(await status('assignment:dir-2020-53', '2021-12-01')).toBe('DUE_PASSED');
    expect(await status('assignment:ju2019-02027', '2019-11-30')).toBe('NOT_STARTED');
    expect(await status('assignment:ju2019-02027', '2020-06-01')).toBe('ONGOING');
    expect(await status('assignment:ju2019-02027', '2021-03-02')).toBe('DUE_PASSED');
    expect(await status('assignment:oppna-insatser-utan-samtycke', '2021-05-31')).toBe('REPORTED');
    expect(await status('assignment:dir-2018-73', '2020-11-29')).toBe('UNKNOWN');
    expect(await status('assignment:dir-2018-73', '2021-01-01')).toBe('REPORTED');
  });

  it("the status filter of the list agrees with every assignment's status field, on several dates", async () => {
    for (const asOf of ['2019-11-15', '2020-06-15', '2021-05-31', '2021-11-15', '2024-10-31', '2030-01-01']) {
      const byField = new Map<string, string[]>();
      for (let after: string | null = null, more = true; more; ) {
        const page: any = await gqlOk(
          app,
          'query($d: Date!, $after: String) { assignments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id status(asOf: $d) } } } }',
          { d: asOf, after },
        );
        for (const e of page.assignments.edges)
          byField.set(e.node.status, [...(byField.get(e.node.status) ?? []), e.node.id]);
        more = page.assignments.pageInfo.hasNextPage;
        after = page.assignments.pageInfo.endCursor;
      }
      for (const s of ['ONGOING', 'DUE_PASSED', 'UNKNOWN', 'NOT_STARTED', 'REPORTED']) {
        const ids: string[] = [];
        for (let after: string | null = null, more = true; more; ) {
          const page: any = await gqlOk(
            app,
            'query($d: Date!, $s: AssignmentStatus!, $after: String) { assignments(first: 100, after: $after, filter: { status: $s, asOf: $d }) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
            { d: asOf, s, after },
          );
          ids.push(...page.assignments.edges.map((e: any) => e.node.id));
          more = page.assignments.pageInfo.hasNextPage;
          after = page.assignments.pageInfo.endCursor;
        }
        expect(ids.sort(), `${s} on ${asOf}`).toEqual((byField.get(s) ?? []).sort());
      }
    }
  });
});

describe('one entity per thing', () => {
  it('the early-intervention assignment is one record with the sources of both documents, and its old id still finds it', async () => {
    const q = `query($id: ID!) { assignment(id: $id) { id aliases diaryNumbers decided decidedPrecision reportDue
      participants { agency { id } role } sources { document { id } quote } } node(id: $id) { id } }`;
    const merged = (await gqlOk(app, q, { id: 'assignment:u2017-01236' })).assignment;
    expect(merged.aliases).toEqual(['assignment:tidiga-och-samordnade-insatser-barn-och-unga']);
    expect(merged.diaryNumbers).toEqual(['U2017/01236', 'U2020/00363']);
    expect([merged.decided, merged.decidedPrecision, merged.reportDue]).toEqual(['2017-01-01', 'YEAR', '2023-06-16']);
    const docs = new Set(merged.sources.map((s: any) => s.document.id));
    expect(docs).toEqual(
      new Set([
        'document:handlingsplan-segregation-2020',
        'document:regeringen-brottsforebyggande-atgarder-nyrekrytering-segregation',
      ]),
    );
    expect(merged.sources.map((s: any) => s.quote)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Skolverket och Socialstyrelsen har i uppdrag att genomföra ett utvecklingsarbete för tidiga och samordnade insatser',
        ),
        expect.stringContaining(
          'Ändring av uppdraget att genomföra ett utvecklingsarbete för tidiga och samordnade insatser',
        ),
      ]),
    );
    // One participation per agency and role, not two copies.
    const keys = merged.participants.map((p: any) => `${p.agency.id}|${p.role}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining(['agency:statens-skolverk|ASSIGNEE', 'agency:socialstyrelsen|ASSIGNEE']),
    );

    const old = await gqlOk(app, q, { id: 'assignment:tidiga-och-samordnade-insatser-barn-och-unga' });
    expect(old.assignment.id).toBe('assignment:u2017-01236');
    expect(old.node.id).toBe('assignment:u2017-01236');
    // The list has it once.
    const list = await gqlOk(
      app,
      '{ assignments(filter: { agencyId: "agency:statens-skolverk", text: "tidiga samordnade insatser" }, first: 50) { edges { node { id } } } }',
    );
    const ids = list.assignments.edges.map((e: any) => e.node.id);
    expect(ids.filter((id: string) => id === 'assignment:u2017-01236')).toHaveLength(1);
    expect(ids).not.toContain('assignment:tidiga-och-samordnade-insatser-barn-och-unga');
  });

  it('the defector programme and "strengthen support to defectors" are linked as possibly the same, with the reason and both passages', async () => {
    const q = `query($id: ID!) { assignment(id: $id) { possiblySameAs { assignment { id } reason sources { document { id } quote url } } } }`;
    const a = (await gqlOk(app, q, { id: 'assignment:forstarka-och-utveckla-stod-till-avhoppare' })).assignment
      .possiblySameAs;
    const b = (await gqlOk(app, q, { id: 'assignment:ju2019-02027' })).assignment.possiblySameAs;
    expect(a.map((x: any) => x.assignment.id)).toEqual(['assignment:ju2019-02027']);
    expect(b.map((x: any) => x.assignment.id)).toEqual(['assignment:forstarka-och-utveckla-stod-till-avhoppare']);
    expect(a[0].reason).toMatch(/Not merged/);
    expect(new Set(a[0].sources.map((s: any) => s.document.id)).size).toBe(2);
    for (const s of a[0].sources) {
      const u = new URL(s.url);
      const res = await app.inject({ method: 'GET', url: u.pathname + u.search });
      expect(res.headers['x-passages-found']).toBe('1');
    }
  });
});

describe('overlapping actors are related, not strangers', () => {
  const links: [string, string][] = [
    ['agency:justitiedepartementet', 'agency:regeringskansliet'],
    ['agency:arbetsmarknadsdepartementet', 'agency:regeringskansliet'],
    ['agency:socialdepartementet', 'agency:regeringskansliet'],
    ['agency:regeringskansliet', 'agency:regeringen'],
    ['agency:folkhogskolorna', 'agency:folkbildningen'],
    ['agency:studieforbunden', 'agency:folkbildningen'],
    ['agency:folkbildningen', 'agency:civilsamhallet'],
    ['agency:kommunerna', 'agency:skolhuvudmannen'],
    ['agency:ideella-foreningar-och-stiftelser', 'agency:civilsamhallet'],
    ['agency:barn-och-ungdomsorganisationer', 'agency:civilsamhallet'],
    ['agency:kvinnoorganisationer', 'agency:civilsamhallet'],
    ['agency:ideella-organisationer', 'agency:civilsamhallet'],
  ];
  it.each(links)('%s is part of %s, with a reason and a passage that opens', async (member, group) => {
    const q = `query($id: ID!) { agency(id: $id) { memberOf { agency { id } reason sources { quote url } } members { agency { id } } } }`;
    const m = (await gqlOk(app, q, { id: member })).agency;
    const link = m.memberOf.find((x: any) => x.agency.id === group);
    expect(link, JSON.stringify(m.memberOf)).toBeDefined();
    expect(link.reason.length).toBeGreaterThan(10);
    expect(link.sources.length).toBeGreaterThan(0);
    for (const s of link.sources) {
      const u = new URL(s.url);
      const res = await app.inject({ method: 'GET', url: u.pathname + u.search });
      expect(res.headers['x-passages-found']).not.toBe('0');
    }
    const g = (await gqlOk(app, q, { id: group })).agency;
    expect(g.members.map((x: any) => x.agency.id)).toContain(member);
  });
});

describe('not started where the text says so', () => {
  const planned: [string, string][] = [
    ['assignment:boverket-levande-stader', 'Regeringen avser därför att ge Boverket i uppdrag'],
    ['assignment:bra-parallella-samhallsstrukturer', 'Regeringen avser att ge Brå i uppdrag'],
    ['assignment:ungdomskriminalitetsnamnder', 'Regeringen ska tillsätta en utredning'],
    [
      'assignment:oversyn-av-lonegarantisystemet',
      'avser regeringen att flytta ansvaret för utbetalning av lönegaranti',
    ],
    ['assignment:boverket-verktyg-med-platsdata', 'Regeringen avser också att ge Boverket i uppdrag'],
  ];
  it.each(planned)('%s is planned and NOT_STARTED, by its passage', async (id, passage) => {
    const d = await gqlOk(
      app,
      'query($id: ID!) { assignment(id: $id) { planned status(asOf: "2024-01-01") sources { quote } } }',
      { id },
    );
    expect(d.assignment.planned).toBe(true);
    expect(d.assignment.status).toBe('NOT_STARTED');
    expect(d.assignment.sources.some((s: any) => s.quote.includes(passage))).toBe(true);
  });

  it('only those five are planned', async () => {
    const ids: string[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const page: any = await gqlOk(
        app,
        'query($after: String) { assignments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id planned } } } }',
        { after },
      );
      ids.push(...page.assignments.edges.filter((e: any) => e.node.planned).map((e: any) => e.node.id));
      more = page.assignments.pageInfo.hasNextPage;
      after = page.assignments.pageInfo.endCursor;
    }
    expect(ids.sort()).toEqual(planned.map(([id]) => id).sort());
  });
});

describe('an auditor in a browser', () => {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
    existsSync(p),
  );
  it.skipIf(!chromium)(
    'a headless browser opening a Source.url gets the page with the passage marked as #passage',
    async () => {
      const server = await makeApp({ API_KEYS: `r1:reader:${sha(KEY)}`, REQUIRE_API_KEY: 'true' });
      try {
        const address = await server.listen({ port: 0, host: '127.0.0.1' });
        // The fact as a client sees it (with its key); the link works without one.
        const r = await gql(
          server,
          '{ assignment(id: "assignment:dir-2020-53") { reportDueAsGiven { precision } sources { quote url } } }',
          undefined,
          { authorization: `Bearer ${KEY}` },
        );
        const source = r.data.assignment.sources.find(
          (s: any) => s.quote === 'Uppdraget ska redovisas i november 2021.',
        );
        const u = new URL(source.url);
        const url = `${address}${u.pathname}${u.search}${u.hash}`;
        const out = await new Promise<string>((resolve, reject) => {
          execFile(
            chromium!,
            ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', url],
            { timeout: 60_000, maxBuffer: 10_000_000 },
            (err, stdout) => (err ? reject(err) : resolve(stdout)),
          );
        });
        const mark = /<mark id="passage">([^<]*)<\/mark>/.exec(out);
        expect(mark?.[1]?.replace(/\s+/g, ' ')).toBe('Uppdraget ska redovisas i november 2021.');
        expect(r.data.assignment.reportDueAsGiven.precision).toBe('MONTH');
        expect(u.hash).toBe('#passage');
      } finally {
        await server.close();
      }
    },
  );
});
