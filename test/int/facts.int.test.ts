// Spot checks of facts verified by hand in the seed documents (quoted in each test), asked through
// the API only, with their sources verbatim.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlOk, makeApp } from '../helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await makeApp();
});
afterAll(async () => {
  await app.close();
});

const MANS_VALD = 'assignment:samverkan-mans-vald-mot-kvinnor-2024';
const all = '[PROPOSED, ESTIMATED, ALLOCATED, PAID]';

async function participants(id: string) {
  const d = await gqlOk(
    app,
    `query($id: ID!) { assignment(id: $id) { participants { role agency { id } sources { quote } } } }`,
    { id },
  );
  return d.assignment.participants as { role: string; agency: { id: string }; sources: { quote: string }[] }[];
}
const has = (list: { role: string; agency: { id: string } }[], agency: string, role: string) =>
  list.some((p) => p.agency.id === agency && p.role === role);

describe("the men's-violence decision (regeringsbeslut, Justitiedepartementet)", () => {
  it('"Uppdraget ska samordnas av Polismyndigheten." and the four assignees', async () => {
    const p = await participants(MANS_VALD);
    expect(has(p, 'agency:polismyndigheten', 'COORDINATOR')).toBe(true);
    for (const a of [
      'agency:polismyndigheten',
      'agency:aklagarmyndigheten',
      'agency:kriminalvarden',
      'agency:socialstyrelsen',
    ])
      expect(has(p, a, 'ASSIGNEE'), a).toBe(true);
    expect(
      p
        .find((x) => x.role === 'COORDINATOR')!
        .sources.map((s) => s.quote)
        .join(' '),
    ).toContain('samordnas av Polismyndigheten');
  });

  it('"senast den 15 oktober 2026": reportDue, issued by Justitiedepartementet', async () => {
    const d = await gqlOk(app, `{ assignment(id: "${MANS_VALD}") { reportDue issuedBy { id } strategies { id } } }`);
    expect(d.assignment.reportDue).toBe('2026-10-15');
    expect(d.assignment.issuedBy.id).toBe('agency:justitiedepartementet');
    expect(d.assignment.strategies.map((s: any) => s.id)).toContain('strategy:atgardsprogram-mans-vald-2024-2026');
  });

  it('"ett nytt åtgärdsprogram … 2024–2026" under the national strategy 2017–2026 ("Till strategin hör ett åtgärdsprogram")', async () => {
    const d = await gqlOk(
      app,
      '{ strategy(id: "strategy:atgardsprogram-mans-vald-2024-2026") { periodStart periodEnd parent { id periodStart periodEnd children { id } } } }',
    );
    expect(d.strategy).toMatchObject({
      periodStart: 2024,
      periodEnd: 2026,
      parent: { id: 'strategy:mans-vald-mot-kvinnor-2017-2026', periodStart: 2017, periodEnd: 2026 },
    });
    expect(d.strategy.parent.children.map((c: any) => c.id)).toEqual(
      expect.arrayContaining([
        'strategy:atgardsprogram-mans-vald-2017-2020',
        'strategy:atgardsprogram-mans-vald-2021-2023',
        'strategy:atgardsprogram-mans-vald-2024-2026',
      ]),
    );
  });

  it('consulted ("inhämtas från Brottsförebyggande rådet …") and copied ("Kopia till … Skolverket")', async () => {
    const p = await participants(MANS_VALD);
    expect(has(p, 'agency:brottsforebyggande-radet', 'CONSULTED')).toBe(true);
    expect(has(p, 'agency:sveriges-kommuner-och-regioner', 'CONSULTED')).toBe(true);
    expect(has(p, 'agency:statens-skolverk', 'COPIED')).toBe(true);
  });

  it('"800 000 kronor vardera" for 2024 under UO13 3:1 ap. 12, paid out via Kammarkollegiet; Socialstyrelsen under ap. 8', async () => {
    const d = await gqlOk(
      app,
      `{ assignment(id: "${MANS_VALD}") { funding { amountSek qualifier stage year to { id } appropriation { code } paidVia { id } } } }`,
    );
    const byTo = new Map(d.assignment.funding.map((f: any) => [f.to.id, f]));
    for (const a of ['agency:polismyndigheten', 'agency:aklagarmyndigheten', 'agency:kriminalvarden']) {
      expect(byTo.get(a), a).toMatchObject({
        amountSek: 800000,
        qualifier: 'EXACT',
        stage: 'ALLOCATED',
        year: 2024,
        appropriation: { code: 'UO13 3:1 ap. 12' },
        paidVia: { id: 'agency:kammarkollegiet' },
      });
    }
    expect(byTo.get('agency:socialstyrelsen')).toMatchObject({
      amountSek: 800000,
      year: 2024,
      appropriation: { code: 'UO13 3:1 ap. 8' },
    });
  });
});

describe('the segregation action plan 2020 (Arbetsmarknadsdepartementet)', () => {
  it('the long-term strategy (Ku2018/01462) 2018–2028 with five priority areas, and the plan under it', async () => {
    const d = await gqlOk(
      app,
      '{ strategy(id: "strategy:segregation-2018-2028") { diaryNumber periodStart periodEnd focusAreas { id goal } children { id } } }',
    );
    expect(d.strategy).toMatchObject({ diaryNumber: 'Ku2018/01462', periodStart: 2018, periodEnd: 2028 });
    expect(d.strategy.focusAreas).toHaveLength(5);
    for (const f of d.strategy.focusAreas) expect(f.goal, f.id).toBeTruthy();
    expect(d.strategy.children.map((c: any) => c.id)).toContain('strategy:handlingsplan-segregation-2020');
  });

  it('"Stockholm den 17 december 2020": the document\'s date and publisher', async () => {
    const d = await gqlOk(
      app,
      '{ node(id: "document:handlingsplan-segregation-2020") { ... on Document { published publisher { id } } } }',
    );
    expect(d.node).toEqual({ published: '2020-12-17', publisher: { id: 'agency:arbetsmarknadsdepartementet' } });
  });

  it('"För 2021–2023 beräknas 250 miljoner kronor per år i statsbidrag … som fördelas av Delmos": three estimated flows', async () => {
    const d = await gqlOk(
      app,
      `{ fundingFlows(filter: { toId: "agency:delegationen-mot-segregation", stage: [ESTIMATED], yearFrom: 2021, yearTo: 2023 }) { totalSek edges { node { year amountSek qualifier sources { quote } } } } }`,
    );
    const flows = d.fundingFlows.edges.map((e: any) => e.node);
    expect(flows.map((f: any) => f.year)).toEqual([2021, 2022, 2023]);
    for (const f of flows) expect(f).toMatchObject({ amountSek: 250000000, qualifier: 'EXACT' });
    expect(d.fundingFlows.totalSek).toBe(750000000);
    expect(flows[0].sources[0].quote).toContain('250 miljoner kronor per år');
  });

  it('"(Ju2019/02027)": the national defector programme given to Polismyndigheten, Kriminalvården, SiS and Socialstyrelsen', async () => {
    const d = await gqlOk(
      app,
      '{ assignments(filter: { diaryNumber: "ju2019/02027" }) { edges { node { id participants(role: ASSIGNEE) { agency { id } } } } } }',
    );
    expect(d.assignments.edges).toHaveLength(1);
    const ids = d.assignments.edges[0].node.participants.map((p: any) => p.agency.id).sort();
    expect(ids).toEqual([
      'agency:kriminalvarden',
      'agency:polismyndigheten',
      'agency:socialstyrelsen',
      'agency:statens-institutionsstyrelse',
    ]);
  });

  it('"(U2017/01236)" amended by "(U2020/00363)": one assignment with both numbers, Skolverket and Socialstyrelsen', async () => {
    const d = await gqlOk(
      app,
      '{ assignments(filter: { diaryNumber: "U2020/00363" }) { edges { node { diaryNumber diaryNumbers participants(role: ASSIGNEE) { agency { id } } } } } }',
    );
    const a = d.assignments.edges[0].node;
    expect(a.diaryNumber).toBe('U2017/01236');
    expect(a.diaryNumbers).toEqual(['U2017/01236', 'U2020/00363']);
    expect(a.participants.map((p: any) => p.agency.id).sort()).toEqual([
      'agency:socialstyrelsen',
      'agency:statens-skolverk',
    ]);
  });

  it('collaboration: Kriminalvården and Statens institutionsstyrelse share the defector programme', async () => {
    const d = await gqlOk(
      app,
      '{ collaborationPath(fromId: "agency:kriminalvarden", toId: "agency:statens-institutionsstyrelse") { hops steps { via { diaryNumber } } } }',
    );
    expect(d.collaborationPath.hops).toBe(1);
  });
});

describe('the 600-million article (2024)', () => {
  it('"Jämställdhetsmyndigheten får under 2024 cirka 90 miljoner": approximate, 2024', async () => {
    const d = await gqlOk(
      app,
      `{ agency(id: "agency:jamstalldhetsmyndigheten") { fundingReceived(year: 2024) { amountSek qualifier sources { quote } } } }`,
    );
    const f = d.agency.fundingReceived.find((x: any) => x.amountSek === 90000000);
    expect(f).toBeTruthy();
    expect(f.qualifier).toBe('APPROXIMATE');
    expect(f.sources[0].quote).toContain('cirka 90 miljoner');
  });
});

describe('every source in the graph is verbatim in its document', () => {
  it('checked through the API for every agency and assignment', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { normaliseForQuote } = await import('../../src/seed/quote.js');
    const dir = new URL('../../seeds/documents/', import.meta.url);
    const texts = new Map(
      readdirSync(dir).map((f) => [
        `document:${f.replace(/\.(txt|md)$/, '')}`,
        normaliseForQuote(readFileSync(new URL(f, dir), 'utf8')),
      ]),
    );
    const d = await gqlOk(
      app,
      `{ agencies(first: 100) { edges { node { sources { quote document { id } } } } }
      assignments(first: 100) { edges { node { sources { quote document { id } } participants { sources { quote document { id } } } } } } }`,
    );
    const sources = [
      ...d.agencies.edges.flatMap((e: any) => e.node.sources),
      ...d.assignments.edges.flatMap((e: any) => [
        ...e.node.sources,
        ...e.node.participants.flatMap((p: any) => p.sources),
      ]),
    ];
    expect(sources.length).toBeGreaterThan(100);
    for (const s of sources) expect(texts.get(s.document.id)!.includes(normaliseForQuote(s.quote)), s.quote).toBe(true);
  });
});

describe("the article on honour-related violence and crime prevention (Arbetsmarknadsdepartementet's areas)", () => {
  it('"För 2024 avsätts 80 miljoner kronor och för 2025 respektive 2026 beräknas 150 miljoner kronor per år": one allocated, two estimated flows to the municipalities', async () => {
    const d = await gqlOk(
      app,
      `{ fundingFlows(filter: { strategyId: "strategy:forebyggande-insatser-gangkriminalitet-2024-2026", stage: ${all} }) { totalSek edges { node { year amountSek stage qualifier to { id } sources { quote } } } } }`,
    );
    const flows = d.fundingFlows.edges.map((e: any) => e.node);
    expect(flows.map((f: any) => [f.year, f.amountSek, f.stage])).toEqual([
      [2024, 80000000, 'ALLOCATED'],
      [2025, 150000000, 'ESTIMATED'],
      [2026, 150000000, 'ESTIMATED'],
    ]);
    for (const f of flows) expect(f.to.id).toBe('agency:kommunerna');
    expect(flows[0].sources.map((s: any) => s.quote).join(' ')).toContain('80 miljoner kronor');
    // Decided money only by default: the two estimates are not summed in.
    const decided = await gqlOk(
      app,
      '{ fundingFlows(filter: { strategyId: "strategy:forebyggande-insatser-gangkriminalitet-2024-2026" }) { totalSek } }',
    );
    expect(decided.fundingFlows.totalSek).toBe(80000000);
  });

  it('"Arbetsmiljöverket har ett permanent anslag om 40 miljoner kronor per år" and the eight other agencies that work with it', async () => {
    const p = await participants('assignment:myndighetssamverkan-mot-arbetslivskriminalitet');
    const assignees = p
      .filter((x) => x.role === 'ASSIGNEE')
      .map((x) => x.agency.id)
      .sort();
    expect(assignees).toEqual(
      [
        'arbetsmiljoverket',
        'polismyndigheten',
        'skatteverket',
        'ekobrottsmyndigheten',
        'migrationsverket',
        'aklagarmyndigheten',
        'jamstalldhetsmyndigheten',
        'arbetsformedlingen',
        'forsakringskassan',
      ]
        .map((s) => `agency:${s}`)
        .sort(),
    );
    const f = await gqlOk(
      app,
      '{ agency(id: "agency:arbetsmiljoverket") { fundingReceived { amountSek year stage } } }',
    );
    expect(f.agency.fundingReceived).toContainEqual({ amountSek: 40000000, year: 2023, stage: 'ALLOCATED' });
  });

  it('"avser regeringen att flytta ansvaret för utbetalning av lönegaranti från länsstyrelserna till Skatteverket": a succession, without a date', async () => {
    const d = await gqlOk(
      app,
      '{ agency(id: "agency:lansstyrelserna") { succeededBy { successor { id } date sources { quote } } } }',
    );
    const s = d.agency.succeededBy.find((x: any) => x.successor.id === 'agency:skatteverket');
    expect(s).toBeDefined();
    expect(s.date).toBeNull();
    expect(s.sources[0].quote).toContain('lönegaranti från länsstyrelserna till Skatteverket');
  });
});

describe('the article on stopping recruitment to gangs and breaking segregation (Justitiedepartementet)', () => {
  it('"Polismyndigheten, Kriminalvården, Statens institutionsstyrelse och Socialstyrelsen har i uppdrag att förstärka och utveckla stödet till individer som vill lämna kriminella …"', async () => {
    const p = await participants('assignment:forstarka-och-utveckla-stod-till-avhoppare');
    for (const a of [
      'agency:polismyndigheten',
      'agency:kriminalvarden',
      'agency:statens-institutionsstyrelse',
      'agency:socialstyrelsen',
    ])
      expect(has(p, a, 'ASSIGNEE'), a).toBe(true);
  });

  it('"Brottsförebyggande rådet (Brå) har i uppdrag att analysera vilket behov av stöd som kommunerna har": Brå\'s assignment, found by search too', async () => {
    const p = await participants('assignment:utveckla-stodet-till-kommuner-med-utsatta-omraden');
    expect(has(p, 'agency:brottsforebyggande-radet', 'ASSIGNEE')).toBe(true);
    const s = await gqlOk(app, '{ search(query: "Tillsammans mot brott", kinds: [STRATEGY]) { node { id } } }');
    expect(s.search[0].node.id).toBe('strategy:tillsammans-mot-brott');
  });
});
