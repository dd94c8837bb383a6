// GET /export/<dataset>.csv|.jsonl and /export/network.graphml, for analysts who work in Excel,
// R or Gephi. Same key, rate limit and per-client database queue as /graphql (src/app.ts gives
// the exports' context the same hooks as the GraphQL one); filters are checked before any Cypher runs, the size is checked (EXPORT_MAX_ROWS,
// EXPORT_TOO_LARGE) before the first byte is sent, and rows are then streamed page by page
// (EXPORT_PAGE_ROWS, keyset on a unique key), so memory stays at one page whatever the size.
import { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ApiError, errorBody } from '../errors.js';
import type { Executor, Row } from '../neo4j/executor.js';
import { cypherParams, DATASETS, SOURCE_COLUMNS, sourcesOf, type Dataset } from '../export/datasets.js';
import { CSV_BOM, csvLine, GRAPHML_TAIL, graphmlEdge, graphmlHead, graphmlNode, jsonLine } from '../export/formats.js';

async function* pages(
  db: Executor,
  query: Dataset['query'],
  params: ReturnType<typeof cypherParams>,
  pageSize: number,
): AsyncGenerator<Row[]> {
  let after = '';
  for (;;) {
    const page = await db.read(query, { ...params, after, limit: pageSize });
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = String(page[page.length - 1]!.key);
  }
}

async function* tabular(
  db: Executor,
  ds: Dataset,
  params: ReturnType<typeof cypherParams>,
  format: 'csv' | 'jsonl',
  pageSize: number,
): AsyncGenerator<string> {
  if (format === 'csv') yield CSV_BOM + csvLine([...ds.columns, ...SOURCE_COLUMNS]);
  for await (const page of pages(db, ds.query, params, pageSize)) {
    let chunk = '';
    for (const row of page) {
      const sources = sourcesOf(row);
      chunk +=
        format === 'csv'
          ? csvLine([...ds.columns.map((c) => row[c]), sources.map((s) => s.document), sources.map((s) => s.quote)])
          : jsonLine({ ...Object.fromEntries(ds.columns.map((c) => [c, row[c] ?? null])), sources });
    }
    yield chunk;
  }
}

async function* graphml(nodes: Row[], edges: Row[]): AsyncGenerator<string> {
  yield graphmlHead([
    { id: 'label', for: 'node', type: 'string' },
    { id: 'name', for: 'node', type: 'string' },
    { id: 'kind', for: 'node', type: 'string' },
    { id: 'assignments', for: 'node', type: 'int' },
    { id: 'weight', for: 'edge', type: 'double' },
    { id: 'sharedAssignments', for: 'edge', type: 'string' },
    { id: 'sourceDocuments', for: 'edge', type: 'string' },
  ]);
  for (const n of nodes)
    yield graphmlNode(String(n.id), {
      label: n.abbreviation ?? n.name,
      name: n.name,
      kind: n.kind,
      assignments: n.assignments,
    });
  for (const e of edges) {
    yield graphmlEdge(`${String(e.source)}--${String(e.target)}`, String(e.source), String(e.target), {
      weight: e.weight,
      sharedAssignments: e.shared,
      sourceDocuments: e.sourceDocs,
    });
  }
  yield GRAPHML_TAIL;
}

const FILE = /^(?<dataset>[a-z-]+)\.(?<format>csv|jsonl|graphml)$/;
const networkFilters = z.strictObject({ strategyId: z.string().min(1).max(200).optional() });

function badInput(reply: FastifyReply, error: z.ZodError) {
  const message = error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  return reply.code(400).send(errorBody('BAD_USER_INPUT', `Invalid export filter: ${message}`));
}

const exportsPlugin: FastifyPluginAsync<{ maxRows: number; pageSize: number }> = async (app, { maxRows, pageSize }) => {
  app.get('/export/:file', async (req, reply) => {
    const m = FILE.exec((req.params as { file: string }).file);
    const dataset = m?.groups?.dataset ?? '';
    const format = m?.groups?.format as 'csv' | 'jsonl' | 'graphml' | undefined;
    const ds = DATASETS[dataset];
    const known = format === 'graphml' ? dataset === 'network' : ds !== undefined && format !== undefined;
    if (!known)
      return reply
        .code(404)
        .send(
          errorBody(
            'NOT_FOUND',
            `No such export. Try /export/{${Object.keys(DATASETS).join(',')}}.{csv,jsonl} or /export/network.graphml.`,
          ),
        );
    const client = req.principal.keyId === 'anonymous' ? `ip:${req.ip}` : `key:${req.principal.keyId}`;
    const db = app.db.withCounter({ count: 0 }, client);
    try {
      if (format === 'graphml') {
        const filters = networkFilters.safeParse(req.query);
        if (!filters.success) return badInput(reply, filters.error);
        const params = { strategyId: filters.data.strategyId ?? null, limit: maxRows + 1 };
        // The network is read whole (it is bounded by agencies squared, and GraphML needs every
        // node before its edges), then written out as a stream.
        const [nodes, edges] = [
          await db.read('export/network-nodes', params),
          await db.read('export/network-edges', params),
        ];
        if (nodes.length > maxRows || edges.length > maxRows)
          throw new ApiError('EXPORT_TOO_LARGE', undefined, { max: maxRows });
        return reply
          .type('application/graphml+xml; charset=utf-8')
          .header('content-disposition', 'attachment; filename="network.graphml"')
          .send(Readable.from(graphml(nodes, edges)));
      }
      const filters = ds!.filters.safeParse(req.query);
      if (!filters.success) return badInput(reply, filters.error);
      const params = cypherParams(filters.data);
      const [count] = await db.read(ds!.countQuery, params);
      const rows = Number(count?.n ?? 0);
      if (rows > maxRows)
        throw new ApiError(
          'EXPORT_TOO_LARGE',
          `The export would have ${rows} rows; at most ${maxRows} are allowed. Narrow it with a filter.`,
          { max: maxRows, rows },
        );
      const stream = Readable.from(tabular(db, ds!, params, format!, pageSize));
      // After the first byte a failure can only cut the response short; it is logged with the request id.
      stream.on('error', (err) => req.log.error({ err }, 'export failed while streaming'));
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="${ds!.name}.${format}"`)
        .header('x-export-rows', String(rows))
        .send(stream);
    } catch (err) {
      if (err instanceof ApiError) return reply.code(err.status).send(errorBody(err.code, err.message, err.details));
      throw err;
    }
  });
};

export default exportsPlugin;
