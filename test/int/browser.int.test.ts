// GraphiQL and the explorer in a real headless Chromium (Debian's package), against the seeded
// graph, with every request to another host refused and recorded: what an analyst on a network
// without internet sees. Screenshots go to test/artifacts/ (git-ignored) for a person to look at;
// the test checks they are not blank and that what is drawn matches the graph.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/neo4j/executor.js';
import { inkOf, systemChromium } from '../browser.js';
import { gqlOk, makeApp, makeExecutor } from '../helpers.js';

const ARTIFACTS = path.join(import.meta.dirname, '..', 'artifacts');
const SEGREGATION = 'strategy:segregation-2018-2028';
const WAIT = 90_000;

let app: FastifyInstance;
let base: string;
let browser: Browser;
let db: Executor;
let closeDb: () => Promise<void>;
const outside: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const executablePath = systemChromium();
  app = await makeApp({ MAX_EVENT_LOOP_DELAY_MS: '30000', RATE_LIMIT_MAX: '10000' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  ({ db, close: closeDb } = makeExecutor());
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await closeDb?.();
});

async function open(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // As on a machine without internet: anything not served by this server fails, and is noted.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(base) || u.startsWith('data:')) return route.continue();
    outside.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${url}: ${e.message}`));
  await page.goto(base + url);
  return page;
}

async function shot(page: Page, name: string, selector?: string) {
  const target = selector ? page.locator(selector) : page;
  const png = await target.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  return inkOf(page, png);
}

describe('in headless Chromium', () => {
  it('GraphiQL loads from this server alone, opens with the README examples and runs the first', async () => {
    const page = await open('/graphiql');
    await page.locator('.graphiql-execute-button').waitFor({ timeout: WAIT });
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    expect(tabs.join(' ')).toMatch(/AnalystCollaborators.*FrontEndMinistries.*AuditorProvenance/);
    await page.locator('.graphiql-execute-button').click();
    const expected = await gqlOk(
      app,
      '{ agency(id: "agency:kriminalvarden") { collaborators(first: 1) { agency { name } } } }',
    );
    await page.waitForFunction(
      (name) => document.querySelector('.result-window')?.textContent?.includes(name) ?? false,
      expected.agency.collaborators[0].agency.name,
      { timeout: WAIT },
    );
    // The documentation explorer is open beside the editor.
    await page.locator('.graphiql-doc-explorer').waitFor({ timeout: WAIT });
    const ink = await shot(page, 'graphiql');
    expect(ink.inked).toBeGreaterThan(0.05);
  });

  it("the explorer draws the segregation strategy's network, one node per taking-part agency", async () => {
    const page = await open('/explorer');
    await page.locator('body[data-network=drawn]').waitFor({ timeout: WAIT });
    expect(await page.locator('#network-strategy').inputValue()).toBe(SEGREGATION);
    const r = await db.driver.executeQuery(
      `MATCH (a:Agency)-[r:PARTICIPATES_IN]->(x:Assignment)-[:SERVES|IN_FOCUS_AREA]->()-[:PART_OF*0..6]->(:Strategy {id: $s})
       WHERE r.role IN ['ASSIGNEE', 'COORDINATOR'] AND NOT coalesce(a.retired, false) AND NOT coalesce(x.retired, false)
       RETURN count(DISTINCT a) AS n`,
      { s: SEGREGATION },
    );
    const agencies = Number(r.records[0]!.get('n'));
    expect(await page.locator('#network-status').textContent()).toMatch(new RegExp(`^${agencies} agencies`));
    expect(await page.locator('#network-list li').count()).toBe(agencies);
    const ink = await shot(page, 'explorer-network', '#network-graph');
    expect(ink.inked).toBeGreaterThan(0.01);
    expect(ink.colours).toBeGreaterThan(10);
    // Keyboard: Tab to an agency in the list, Enter shows its assignments with sources.
    await page.locator('#network-list button').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#network-details .sources blockquote').first().waitFor({ timeout: WAIT });
    await shot(page, 'explorer-network-selected');
  });

  it("the money view draws a Sankey of the strategy's decided flows, unspecified amounts marked", async () => {
    const page = await open('/explorer');
    await page.locator('body[data-network=drawn]').waitFor({ timeout: WAIT });
    await page.locator('#tab-network').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('body[data-money=drawn]').waitFor({ timeout: WAIT });
    const api = await gqlOk(
      app,
      'query($s: ID!) { fundingFlows(filter: { strategyId: $s }, first: 100) { totalCount unspecifiedCount } }',
      { s: SEGREGATION },
    );
    expect(await page.locator('#money-list > li').count()).toBe(api.fundingFlows.totalCount);
    expect(await page.locator('#money-list .unspecified').count()).toBe(api.fundingFlows.unspecifiedCount);
    expect(await page.locator('#money-svg path.link').count()).toBeGreaterThan(0);
    if (api.fundingFlows.unspecifiedCount > 0)
      expect(await page.locator('#money-svg path[stroke-dasharray]').count()).toBeGreaterThan(0);
    // The download link carries the same filter, and what it gives is the same set of flows.
    const href = (await page.locator('#export-flows').getAttribute('href'))!;
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(api.fundingFlows.totalCount + 1);
    const ink = await shot(page, 'explorer-money', '#money-graph');
    expect(ink.inked).toBeGreaterThan(0.05);
    await shot(page, 'explorer-money-page');
  });

  it('the chain view follows a collaboration path to a highlighted passage in its document', async () => {
    const page = await open('/explorer');
    await page.locator('body[data-network=drawn]').waitFor({ timeout: WAIT });
    await page.locator('#tab-chain').click();
    await page.locator('body[data-chain=drawn]').waitFor({ timeout: WAIT });
    const api = await gqlOk(
      app,
      '{ collaborationPath(fromId: "agency:kriminalvarden", toId: "agency:statistiska-centralbyran", maxHops: 6) { hops } }',
    );
    expect(await page.locator('#chain-steps > li').count()).toBe(api.collaborationPath.hops);
    await shot(page, 'explorer-chain');
    const quote = (await page.locator('#chain-steps blockquote').first().textContent())!;
    await page.locator('#chain-steps button.quote').first().click();
    const mark = page.locator('#doc-highlight');
    await mark.waitFor({ timeout: WAIT });
    const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(fold((await mark.textContent())!)).toBe(fold(quote));
    expect(await mark.isVisible()).toBe(true);
    await shot(page, 'explorer-chain-passage');
    await page.keyboard.press('Escape');
    // The money route from the government to Socialstyrelsen, hop by hop with its sources.
    await page.locator('#chain-to').selectOption('agency:socialstyrelsen');
    await page.locator('#chain-from').selectOption('agency:regeringen');
    await page.locator('select[name=mode]').selectOption('money');
    await page.locator('#chain-form button[type=submit]').click();
    await page.locator('body[data-chain=drawn], body[data-chain=empty]').waitFor({ timeout: WAIT });
    const trace = await gqlOk(
      app,
      '{ fundingTrace(fromId: "agency:regeringen", maxDepth: 6, stage: [PROPOSED, ESTIMATED, ALLOCATED, PAID]) { steps { flow { to { id } } } } }',
    );
    const reaches = trace.fundingTrace.steps.some(
      (s: { flow: { to: { id: string } } }) => s.flow.to.id === 'agency:socialstyrelsen',
    );
    expect(await page.locator('body').getAttribute('data-chain')).toBe(reaches ? 'drawn' : 'empty');
    await shot(page, 'explorer-chain-money');
  });

  it('asked for nothing outside this server and threw no script errors', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
