// Backup and restore of the whole graph (seeds, API edits, the audit trail, import records) as one
// JSON Lines file, over Bolt, so it works the same for the embedded default and for NEO4J_URI.
// Schema (constraints, indexes) is not in the file: migrations make it, and restore runs them first.
//
// Values keep their Neo4j types: integers, floats, temporal values and lists are tagged so that a
// restored graph is equal property by property, not just "the same JSON".
// Labels and relationship types in a file are checked against closed lists before anything is
// written; a restore is one transaction, so a bad or truncated file changes nothing.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import readline from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { CypherStore } from './cypher-store.js';

export const BACKUP_FORMAT = 'myndighetsgrafen-backup';

// Every label and relationship type the application writes. A test checks the seeded graph
// against these lists, so a new kind of node cannot silently be left out of backups.
export const KNOWN_LABELS = [
  'Entity',
  'Agency',
  'Assignment',
  'Strategy',
  'FocusArea',
  'FundingFlow',
  'Appropriation',
  'Document',
  'Change',
  'GraphVersion',
  'SeedImport',
  'SchemaMigration',
  'DocumentText',
] as const;
export const KNOWN_TYPES = [
  'CHANGED',
  'FINANCES',
  'FROM',
  'HAS_TEXT',
  'IN_FOCUS_AREA',
  'ISSUED_BY',
  'MEMBER_OF',
  'OWNED_BY',
  'PAID_VIA',
  'PARTICIPATES_IN',
  'PART_OF',
  'PASSED_ON_AS',
  'POSSIBLY_SAME_AS',
  'PUBLISHED_BY',
  'SERVES',
  'SHARE_OF',
  'SUCCEEDED_BY',
  'TO',
  'UNDER_APPROPRIATION',
  'UNDER_MINISTRY',
] as const;

type Tagged =
  | null
  | boolean
  | number
  | string
  | Tagged[]
  | { $int: string }
  | { $float: number | string }
  | { $datetime: Record<string, number | string | null> }
  | { $date: Record<string, number> }
  | { $localdatetime: Record<string, number> }
  | { $duration: Record<string, number> };

const num = (x: unknown) => (neo4j.isInt(x) ? (x as { toString(): string }).toString() : String(x));

export function encodeValue(v: unknown): Tagged {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (neo4j.isInt(v)) return { $int: num(v) };
  if (typeof v === 'number') return Number.isFinite(v) ? { $float: v } : { $float: String(v) };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (neo4j.isDateTime(v)) {
    const d = v as unknown as Record<string, unknown>;
    return {
      $datetime: Object.fromEntries(
        ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds', 'timeZoneId'].map(
          (k) => [
            k,
            d[k] === undefined || d[k] === null ? null : k === 'timeZoneId' ? String(d[k]) : Number(num(d[k])),
          ],
        ),
      ),
    };
  }
  if (neo4j.isDate(v)) {
    const d = v as unknown as Record<string, unknown>;
    return { $date: { year: Number(num(d.year)), month: Number(num(d.month)), day: Number(num(d.day)) } };
  }
  if (neo4j.isLocalDateTime(v)) {
    const d = v as unknown as Record<string, unknown>;
    return {
      $localdatetime: Object.fromEntries(
        ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond'].map((k) => [k, Number(num(d[k]))]),
      ),
    };
  }
  if (neo4j.isDuration(v)) {
    const d = v as unknown as Record<string, unknown>;
    return {
      $duration: Object.fromEntries(['months', 'days', 'seconds', 'nanoseconds'].map((k) => [k, Number(num(d[k]))])),
    };
  }
  throw new Error(`cannot back up a value of type ${Object.prototype.toString.call(v)}`);
}

export function decodeValue(v: Tagged): unknown {
  if (v === null || typeof v === 'boolean' || typeof v === 'string' || typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  if ('$int' in v) return neo4j.int(v.$int);
  if ('$float' in v) return typeof v.$float === 'number' ? v.$float : Number(v.$float);
  if ('$datetime' in v) {
    const d = v.$datetime;
    return new neo4j.types.DateTime(
      d.year as number,
      d.month as number,
      d.day as number,
      d.hour as number,
      d.minute as number,
      d.second as number,
      d.nanosecond as number,
      (d.timeZoneOffsetSeconds as number | null) ?? undefined,
      (d.timeZoneId as string | null) ?? undefined,
    );
  }
  if ('$date' in v) return new neo4j.types.Date(v.$date.year!, v.$date.month!, v.$date.day!);
  if ('$localdatetime' in v) {
    const d = v.$localdatetime;
    return new neo4j.types.LocalDateTime(d.year!, d.month!, d.day!, d.hour!, d.minute!, d.second!, d.nanosecond!);
  }
  if ('$duration' in v)
    return new neo4j.types.Duration(
      v.$duration.months!,
      v.$duration.days!,
      v.$duration.seconds!,
      v.$duration.nanoseconds!,
    );
  throw new Error('unknown tagged value');
}

const encodeProps = (p: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(p)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, encodeValue(v)]),
  );

// ---- the file's lines, parsed by zod at the edge ----
const Value: z.ZodType<Tagged> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(Value),
    z.object({ $int: z.string().regex(/^-?\d+$/) }).strict(),
    z.object({ $float: z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])]) }).strict(),
    z.object({ $datetime: z.record(z.string(), z.union([z.number(), z.string(), z.null()])) }).strict(),
    z.object({ $date: z.record(z.string(), z.number()) }).strict(),
    z.object({ $localdatetime: z.record(z.string(), z.number()) }).strict(),
    z.object({ $duration: z.record(z.string(), z.number()) }).strict(),
  ]),
);
const PropKey = z.string().min(1).max(200);
const Header = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  at: z.string(),
  nodes: z.number().int().min(0),
  relationships: z.number().int().min(0),
});
const NodeLine = z
  .object({ n: z.string().min(1), labels: z.array(z.enum(KNOWN_LABELS)).min(1), props: z.record(PropKey, Value) })
  .strict();
const RelLine = z
  .object({ r: z.enum(KNOWN_TYPES), from: z.string().min(1), to: z.string().min(1), props: z.record(PropKey, Value) })
  .strict();

export class BackupFormatError extends Error {
  constructor(line: number, message: string) {
    super(`backup file, line ${line}: ${message}`);
    this.name = 'BackupFormatError';
  }
}

export interface BackupCounts {
  nodes: number;
  relationships: number;
}

// Writes every node and relationship, nodes first; node keys are the source's element ids.
export async function backupGraph(
  driver: Driver,
  store: CypherStore,
  file: string,
  database?: string,
): Promise<BackupCounts> {
  // Lossless integers, so an integer property stays an integer in the file.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  try {
    return await session.executeRead(async (tx) => {
      const [c] = (await tx.run(store.get('backup/counts'))).records;
      const counts = { nodes: Number(num(c!.get('nodes'))), relationships: Number(num(c!.get('relationships'))) };
      await write({ format: BACKUP_FORMAT, version: 1, at: new Date().toISOString(), ...counts });
      // Streamed record by record: a large graph never sits in memory whole.
      for await (const r of tx.run(store.get('backup/nodes'))) {
        await write({
          n: r.get('key'),
          labels: [...(r.get('labels') as string[])].sort(),
          props: encodeProps(r.get('props')),
        });
      }
      for await (const r of tx.run(store.get('backup/relationships'))) {
        await write({ r: r.get('type'), from: r.get('from'), to: r.get('to'), props: encodeProps(r.get('props')) });
      }
      return counts;
    });
  } finally {
    out.end();
    await once(out, 'close');
    await session.close();
  }
}

async function* lines(file: string) {
  const rl = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const text of rl) {
    n += 1;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BackupFormatError(n, 'not JSON');
    }
    yield { n, json };
  }
}

// Replaces the whole graph with the file's, in one transaction: the file is read and checked
// completely before the transaction starts.
export async function restoreGraph(
  driver: Driver,
  store: CypherStore,
  file: string,
  database?: string,
): Promise<BackupCounts> {
  const nodes: z.infer<typeof NodeLine>[] = [];
  const rels: z.infer<typeof RelLine>[] = [];
  let header: z.infer<typeof Header> | undefined;
  for await (const { n, json } of lines(file)) {
    if (!header) {
      const h = Header.safeParse(json);
      if (!h.success) throw new BackupFormatError(n, `not a ${BACKUP_FORMAT} header: ${h.error.issues[0]!.message}`);
      header = h.data;
      continue;
    }
    const parsed = (json as { r?: unknown }).r !== undefined ? RelLine.safeParse(json) : NodeLine.safeParse(json);
    if (!parsed.success)
      throw new BackupFormatError(n, `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
    if ('r' in parsed.data) rels.push(parsed.data);
    else nodes.push(parsed.data as z.infer<typeof NodeLine>);
  }
  if (!header) throw new BackupFormatError(0, 'empty file');
  if (nodes.length !== header.nodes || rels.length !== header.relationships) {
    throw new BackupFormatError(
      0,
      `truncated: the header promises ${header.nodes} nodes and ${header.relationships} relationships, the file has ${nodes.length} and ${rels.length}`,
    );
  }
  const keys = new Set(nodes.map((x) => x.n));
  if (keys.size !== nodes.length) throw new BackupFormatError(0, 'a node key appears twice');
  for (const r of rels)
    if (!keys.has(r.from) || !keys.has(r.to))
      throw new BackupFormatError(0, `a relationship refers to a node the file does not have (${r.from} → ${r.to})`);

  const BATCH = 1000;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(
      async (tx) => {
        await tx.run(store.get('backup/wipe'));
        const newId = new Map<string, string>();
        for (let i = 0; i < nodes.length; i += BATCH) {
          const batch = nodes.slice(i, i + BATCH);
          const rows = batch.map((x) => ({
            key: x.n,
            labels: x.labels,
            props: Object.fromEntries(Object.entries(x.props).map(([k, v]) => [k, decodeValue(v)])),
          }));
          for (const r of (await tx.run(store.get('backup/create-nodes'), { rows })).records)
            newId.set(r.get('key') as string, r.get('id') as string);
        }
        for (let i = 0; i < rels.length; i += BATCH) {
          const rows = rels.slice(i, i + BATCH).map((r) => ({
            type: r.r,
            from: newId.get(r.from)!,
            to: newId.get(r.to)!,
            props: Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, decodeValue(v)])),
          }));
          await tx.run(store.get('backup/create-relationships'), { rows });
        }
      },
      { timeout: 600_000 },
    );
  } finally {
    await session.close();
  }
  return { nodes: nodes.length, relationships: rels.length };
}
