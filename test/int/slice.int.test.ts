import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, gqlOk, makeApp } from '../helpers.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await makeApp();
});
afterAll(async () => {
  await app.close();
});

describe('the first slice: agency, agencies, assignment', () => {
  it('serves an agency with its assignment and the participants with sources', async () => {
    const data = await gqlOk(
      app,
      `{
      agency(id: "agency:polismyndigheten") {
        id name nameEn kind
        assignments { totalCount edges { node { id title reportDue participants { role agency { id } sources { quote document { id } } } } } }
      }
    }`,
    );
    expect(data.agency.name).toBe('Polismyndigheten');
    expect(data.agency.kind).toBe('AGENCY');
    const titles = data.agency.assignments.edges.map((e: any) => e.node.id);
    expect(titles).toContain('assignment:samverkan-mans-vald-mot-kvinnor-2024');
    const assignment = data.agency.assignments.edges.find(
      (e: any) => e.node.id === 'assignment:samverkan-mans-vald-mot-kvinnor-2024',
    ).node;
    expect(assignment.reportDue).toBe('2026-10-15');
    const coordinator = assignment.participants.find((p: any) => p.role === 'COORDINATOR');
    expect(coordinator.agency.id).toBe('agency:polismyndigheten');
    expect(coordinator.sources[0].quote).toContain('samordnas av Polismyndigheten');
    expect(coordinator.sources[0].document.id).toBe('document:regeringsbeslut-samverkan-mans-vald-mot-kvinnor');
  });

  it('returns null for an unknown id and for an id of another kind', async () => {
    const data = await gqlOk(
      app,
      `{ a: agency(id: "agency:finns-inte") { id } b: agency(id: "assignment:samverkan-mans-vald-mot-kvinnor-2024") { id } c: assignment(id: "nope") { id } }`,
    );
    expect(data).toEqual({ a: null, b: null, c: null });
  });

  it('answers /health and /ready', async () => {
    expect((await app.inject('/health')).statusCode).toBe(200);
    const ready = await app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('rejects a page size over the maximum with BAD_USER_INPUT', async () => {
    const r = await gql(app, `{ agencies(first: 101) { totalCount } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
