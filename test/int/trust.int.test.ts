// Authentication and roles, sourced and audited edits, and every request limit.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../src/neo4j/executor.js';
import { gql, makeApp, makeExecutor } from '../helpers.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const KEYS = { reader: 'reader-key-123', editor: 'editor-key-456', admin: 'admin-key-789' };
const env = {
  API_KEYS: `r1:reader:${sha(KEYS.reader)},e1:editor:${sha(KEYS.editor)},a1:admin:${sha(KEYS.admin)}`,
  MAX_QUERY_DEPTH: '8',
  MAX_ALIASES: '3',
  MAX_DIRECTIVES: '3',
  MAX_TOKENS: '200',
  MAX_QUERY_BYTES: '3000',
  MAX_QUERY_COST: '5000',
  MAX_BATCH_OPERATIONS: '2',
  BODY_LIMIT_BYTES: '20000',
};
const bearer = (role: keyof typeof KEYS) => ({ authorization: `Bearer ${KEYS[role]}` });

let app: FastifyInstance;
let db: Executor;
let closeDb: () => Promise<void>;
beforeAll(async () => {
  app = await makeApp(env);
  ({ db, close: closeDb } = makeExecutor());
});
afterAll(async () => {
  // The seeded graph is shared and read-only for the other test files: remove everything the
  // edits here created (only tests write through the API, and files run one at a time).
  await db.driver.executeQuery("MATCH (n:Entity) WHERE n.origin = 'api' DETACH DELETE n");
  await db.driver.executeQuery('MATCH (c:Change) DETACH DELETE c');
  await app.close();
  await closeDb();
});

const counts = async () => {
  const r = await db.driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
  );
  return r.records[0]!.toObject();
};

const seedQuote = {
  documentId: 'document:regeringsbeslut-samverkan-mans-vald-mot-kvinnor',
  quote: 'Uppdraget ska samordnas av Polismyndigheten.',
};
const newDoc = {
  newDocument: { title: 'Trusttest källa', url: 'https://example.org/trusttest' },
  quote: 'Trusttest: ett påstående med källa',
};

// One sample call per mutation, each valid for its role so that only the role decides.
const MUTATIONS: { name: string; role: 'editor' | 'admin'; query: string; variables: Record<string, unknown> }[] = [
  {
    name: 'createAgency',
    role: 'editor',
    query: 'mutation($i: AgencyInput!) { createAgency(input: $i) { id } }',
    variables: { i: { name: 'Trusttest myndighet', kind: 'OTHER', sources: [newDoc] } },
  },
  {
    name: 'updateAgency',
    role: 'editor',
    query:
      'mutation($s: [SourceInput!]!) { updateAgency(id: "agency:trusttest-myndighet", patch: { nameEn: "Trust test agency", sources: $s }) { id } }',
    variables: { s: [seedQuote] },
  },
  {
    name: 'createAssignment',
    role: 'editor',
    query: 'mutation($i: AssignmentInput!) { createAssignment(input: $i) { id } }',
    variables: {
      i: {
        title: 'Trusttest uppdrag',
        issuedById: 'agency:justitiedepartementet',
        strategyIds: ['strategy:segregation-2018-2028'],
        sources: [newDoc],
      },
    },
  },
  {
    name: 'updateAssignment',
    role: 'editor',
    query:
      'mutation($s: [SourceInput!]!) { updateAssignment(id: "assignment:trusttest-uppdrag", patch: { reportDue: "2031-01-31", sources: $s }) { id } }',
    variables: { s: [seedQuote] },
  },
  {
    name: 'createStrategy',
    role: 'editor',
    query: 'mutation($i: StrategyInput!) { createStrategy(input: $i) { id } }',
    variables: { i: { name: 'Trusttest strategi', kind: 'INITIATIVE', sources: [newDoc] } },
  },
  {
    name: 'updateStrategy',
    role: 'editor',
    query:
      'mutation($s: [SourceInput!]!) { updateStrategy(id: "strategy:trusttest-strategi", patch: { periodStart: 2030, sources: $s }) { id } }',
    variables: { s: [newDoc] },
  },
  {
    name: 'createFundingFlow',
    role: 'editor',
    query:
      'mutation($i: FundingFlowInput!) { createFundingFlow(idempotencyKey: "trusttest-flow-1", input: $i) { id } }',
    variables: {
      i: {
        toId: 'agency:trusttest-myndighet',
        qualifier: 'UNSPECIFIED',
        stage: 'ALLOCATED',
        year: 2030,
        sources: [newDoc],
      },
    },
  },
  {
    name: 'setParticipant',
    role: 'editor',
    query:
      'mutation($s: [SourceInput!]!) { setParticipant(input: { assignmentId: "assignment:trusttest-uppdrag", agencyId: "agency:trusttest-myndighet", role: ASSIGNEE, sources: $s }) { id } }',
    variables: { s: [newDoc] },
  },
  {
    name: 'removeParticipant',
    role: 'editor',
    query:
      'mutation($s: [SourceInput!]!) { removeParticipant(input: { assignmentId: "assignment:trusttest-uppdrag", agencyId: "agency:trusttest-myndighet", role: ASSIGNEE, sources: $s }) { id } }',
    variables: { s: [newDoc] },
  },
  {
    name: 'retire',
    role: 'admin',
    query: 'mutation($s: [SourceInput!]!) { retire(id: "agency:trusttest-retire-me", sources: $s) { id } }',
    variables: { s: [newDoc] },
  },
];

describe('auth: every mutation × (no key, reader, editor, admin)', () => {
  it('refuses a wrong key with 401 UNAUTHENTICATED, even for reads', async () => {
    const r = await gql(app, '{ agencies(first: 1) { totalCount } }', undefined, { authorization: 'Bearer not-a-key' });
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const malformed = await gql(app, '{ agencies(first: 1) { totalCount } }', undefined, {
      authorization: 'Basic abc',
    });
    expect(malformed.status).toBe(401);
  });

  it('lets anonymous and reader keys read', async () => {
    expect((await gql(app, '{ agencies(first: 1) { totalCount } }')).status).toBe(200);
    expect((await gql(app, '{ agencies(first: 1) { totalCount } }', undefined, bearer('reader'))).status).toBe(200);
  });

  it('gives the expected outcome for each mutation and role, writing nothing when refused', async () => {
    await db.driver.executeQuery(
      "MERGE (a:Entity:Agency {id: 'agency:trusttest-retire-me'}) SET a.name = 'Trusttest retire', a.kind = 'OTHER', a.origin = 'api', a.retired = false, a.sourceDocs = [], a.sourceQuotes = []",
    );
    for (const m of MUTATIONS) {
      const before = await counts();
      const anon = await gql(app, m.query, m.variables);
      expect(anon.errors?.[0]?.extensions.code, `${m.name} anonymous`).toBe('UNAUTHENTICATED');
      const reader = await gql(app, m.query, m.variables, bearer('reader'));
      expect(reader.errors?.[0]?.extensions.code, `${m.name} reader`).toBe('FORBIDDEN');
      expect(reader.status).toBe(403);
      if (m.role === 'admin') {
        const editor = await gql(app, m.query, m.variables, bearer('editor'));
        expect(editor.errors?.[0]?.extensions.code, `${m.name} editor`).toBe('FORBIDDEN');
      }
      expect(await counts(), `${m.name}: refused calls wrote nothing`).toEqual(before);
      const allowed = await gql(app, m.query, m.variables, bearer(m.role));
      expect(allowed.errors, `${m.name} ${m.role}`).toBeUndefined();
      expect(allowed.status).toBe(200);
      if (m.role === 'editor') {
        if (m.name === 'removeParticipant')
          await gql(
            app,
            MUTATIONS.find((x) => x.name === 'setParticipant')!.query,
            MUTATIONS.find((x) => x.name === 'setParticipant')!.variables,
            bearer('editor'),
          );
        const admin = await gql(app, m.query, m.variables, bearer('admin'));
        expect(admin.errors, `${m.name} admin`).toBeUndefined();
      }
    }
  });
});

describe('edits', () => {
  it('refuse a fact without a source, and a quote that is not in the seed document', async () => {
    const noSource = await gql(
      app,
      'mutation { createAgency(input: { name: "Trusttest utan källa", kind: OTHER, sources: [] }) { id } }',
      undefined,
      bearer('editor'),
    );
    expect(noSource.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const forged = await gql(
      app,
      'mutation($s: [SourceInput!]!) { updateAgency(id: "agency:polismyndigheten", patch: { nameEn: "Police", sources: $s }) { id } }',
      { s: [{ documentId: seedQuote.documentId, quote: 'Regeringen lägger ned Polismyndigheten.' }] },
      bearer('editor'),
    );
    expect(forged.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const check = await gql(app, '{ agency(id: "agency:polismyndigheten") { nameEn } }');
    expect(check.data.agency.nameEn).toBe('Swedish Police Authority');
  });

  it('are idempotent: the same create twice gives one entity and one Change', async () => {
    const q = 'mutation($i: AgencyInput!) { createAgency(input: $i) { id name } }';
    const v = { i: { name: 'Trusttest idempotent', kind: 'CIVIL_SOCIETY', sources: [newDoc] } };
    const a = await gql(app, q, v, bearer('editor'));
    const b = await gql(app, q, v, bearer('editor'));
    expect(a.data.createAgency.id).toBe('agency:trusttest-idempotent');
    expect(b.data.createAgency.id).toBe(a.data.createAgency.id);
    const changes = await gql(
      app,
      '{ changes(entityId: "agency:trusttest-idempotent") { totalCount edges { node { keyId operation before after } } } }',
      undefined,
      bearer('editor'),
    );
    expect(changes.data.changes.totalCount).toBe(1);
    const c = changes.data.changes.edges[0].node;
    expect(c).toMatchObject({ keyId: 'e1', operation: 'createAgency', before: null });
    expect(JSON.parse(c.after).name).toBe('Trusttest idempotent');
    const conflict = await gql(app, q, { i: { ...v.i, kind: 'OTHER' } }, bearer('editor'));
    expect(conflict.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('retire keeps the entity readable by id with retired = true and drops it from lists', async () => {
    await gql(
      app,
      'mutation($i: AgencyInput!) { createAgency(input: $i) { id } }',
      { i: { name: 'Trusttest pensioneras', kind: 'OTHER', sources: [newDoc] } },
      bearer('editor'),
    );
    const r = await gql(
      app,
      'mutation($s: [SourceInput!]!) { retire(id: "agency:trusttest-pensioneras", sources: $s) { id } }',
      { s: [newDoc] },
      bearer('admin'),
    );
    expect(r.errors).toBeUndefined();
    const read = await gql(
      app,
      '{ agency(id: "agency:trusttest-pensioneras") { retired name } agencies(filter: { nameContains: "trusttest pensioneras" }) { totalCount } }',
    );
    expect(read.data.agency).toEqual({ retired: true, name: 'Trusttest pensioneras' });
    expect(read.data.agencies.totalCount).toBe(0);
  });
});

describe('limits: just under passes, just over fails with its code and runs no Cypher', () => {
  const noCypher = (headers: Record<string, unknown>) =>
    expect(['0', undefined]).toContain(headers['x-db-round-trips']);
  const post = (payload: unknown) => app.inject({ method: 'POST', url: '/graphql', payload: payload as object });

  it('depth, through inline and named fragments alike', async () => {
    const ok = await post({
      query: '{ agency(id: "agency:polismyndigheten") { assignments { edges { node { issuedBy { name } } } } } }',
    });
    expect(ok.statusCode).toBe(200);
    for (const query of [
      '{ agency(id: "x") { assignments { edges { node { participants { agency { assignments { edges { node { id } } } } } } } } } }',
      '{ agency(id: "x") { ...A } } fragment A on Agency { assignments { edges { node { participants { agency { assignments { edges { node { id } } } } } } } } }',
      '{ agency(id: "x") { ... on Agency { assignments { edges { node { participants { agency { assignments { edges { node { id } } } } } } } } } } }',
    ]) {
      const r = await post({ query });
      expect(r.statusCode, query).toBe(400);
      expect(r.json().errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
      noCypher(r.headers);
    }
  });

  it('aliases, directives, tokens, query size and batch size', async () => {
    const cases: [unknown, string | null][] = [
      [{ query: '{ a: agency(id: "x") { id } b: agency(id: "y") { id } c: agency(id: "z") { id } }' }, null],
      [
        {
          query:
            '{ a: agency(id: "x") { id } b: agency(id: "y") { id } c: agency(id: "z") { id } d: agency(id: "w") { id } }',
        },
        'TOO_MANY_ALIASES',
      ],
      [
        { query: '{ agency(id: "x") { id @include(if: true) name @include(if: true) kind @include(if: true) } }' },
        null,
      ],
      [
        {
          query:
            '{ agency(id: "x") { id @include(if: true) name @include(if: true) kind @include(if: true) nameEn @include(if: true) } }',
        },
        'TOO_MANY_DIRECTIVES',
      ],
      [{ query: `{ agency(id: "x") { ${'id '.repeat(190)} } }` }, null],
      [{ query: `{ agency(id: "x") { ${'id '.repeat(200)} } }` }, 'TOO_MANY_TOKENS'],
      [{ query: `{ agency(id: "x") { id } }${' '.repeat(3100)}` }, 'QUERY_TOO_LARGE'],
      [[{ query: '{ agency(id: "x") { id } }' }, { query: '{ agency(id: "y") { id } }' }], null],
      [
        [
          { query: '{ agency(id: "x") { id } }' },
          { query: '{ agency(id: "y") { id } }' },
          { query: '{ agency(id: "z") { id } }' },
        ],
        'TOO_MANY_OPERATIONS',
      ],
      [{ query: { kind: 'Document', definitions: [] } }, 'BAD_REQUEST'],
    ];
    for (const [payload, code] of cases) {
      const r = await post(payload);
      const body = r.json();
      if (code === null) {
        expect(r.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(200);
      } else {
        expect(r.statusCode, code).toBeGreaterThanOrEqual(400);
        expect(body.errors[0].extensions.code).toBe(code);
        noCypher(r.headers);
      }
    }
  });

  it('cost multiplies list fields by their first, so a request for a million nodes fails', async () => {
    const under = await post({
      query: '{ agencies(first: 10) { edges { node { assignments(first: 10) { edges { node { id } } } } } } }',
    });
    expect(under.statusCode).toBe(200);
    const over = await post({
      query:
        'query($n: Int) { agencies(first: 100) { edges { node { assignments(first: $n) { edges { node { id title } } } } } } }',
      variables: { n: 100 },
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    noCypher(over.headers);
  });

  it('the request body size', async () => {
    const r = await post({ query: '{ agency(id: "x") { id } }', variables: { pad: 'x'.repeat(25_000) } });
    expect(r.statusCode).toBe(413);
    expect(r.json().errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('junk bodies get BAD_REQUEST, not a 500', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: '{"query": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After past the limit, per key', async () => {
    const limited = await makeApp({ ...env, RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' });
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof limited.inject>> | undefined;
      for (let i = 0; i < 4; i++) {
        last = await limited.inject({
          method: 'POST',
          url: '/graphql',
          payload: { query: '{ __typename }' },
          headers: bearer('reader'),
        });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(last!.json().errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
      // Another key has its own budget.
      const other = await limited.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: '{ __typename }' },
        headers: bearer('editor'),
      });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
