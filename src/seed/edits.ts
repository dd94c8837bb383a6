// API edits survive re-imports. The model: an edit owns what it wrote, and the curated files own
// the rest.
// - Every API write records on the entity the property names it set (`editedFields`, derived
//   search keys included), the to-one relations it set (`rel:TYPE:Label`), and the sources it
//   added (`editSourceDocs`/`editSourceQuotes`); a removed participant leaves a tombstone on its
//   assignment (`removedParticipants`).
// - An import (same transaction) reads that ownership first, writes the seeds, then puts the edits
//   back on top. Each edited field remembers the seed's value it replaced (`editBase`); where the
//   files now say something else than that, the curators changed a field an edit owns: a conflict.
//   The edit wins, the conflict is reported (import result, CLI output, the import's Change) once,
//   and the curator decides, with `npm run seed:export-edits` at hand.
// So the audit trail (`changes`) and the graph never disagree, and the import itself is a Change.
import { DERIVED_PROPERTIES } from '../domain/derived.js';
import type { Run } from '../queries.js';

export interface EditOverlay {
  id: string;
  props: Record<string, unknown>;
  // Per edited field, the seed's value the edit replaced (null for an entity the API created).
  base: Record<string, unknown>;
  rels: string[];
  droppedBySeeds: boolean;
  // The seed files contain this entity (else they wrote nothing to compare with).
  inSeeds: boolean;
}

export interface EditConflict {
  id: string;
  field: string;
  seedValue: unknown;
  editValue: unknown;
}

export interface EditReport {
  // Entities whose edits were kept over the seeds.
  keptEdits: number;
  // Where the files say something else than an edit (the edit was kept).
  conflicts: EditConflict[];
  // Edited entities that the files no longer contain (kept, now owned by the API).
  keptDropped: string[];
}

// Property values are scalars and lists of scalars, so their JSON compares them.
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function readEditOverlays(run: Run, keepIds: string[]): Promise<EditOverlay[]> {
  const rows = await run('seed/edits-before', { keepIds });
  const seeded = new Set(keepIds);
  return rows.map((r) => ({
    inSeeds: seeded.has(r.id),
    id: r.id,
    props: Object.fromEntries(r.pairs),
    base: r.editBase ? (JSON.parse(r.editBase) as Record<string, unknown>) : {},
    rels: r.rels,
    droppedBySeeds: r.droppedBySeeds,
  }));
}

// Run after the seed steps, before the import is recorded.
export async function applyEditOverlays(run: Run, overlays: EditOverlay[]): Promise<EditReport> {
  const conflicts: EditConflict[] = [];
  const rows: { id: string; props: Record<string, unknown>; rels: string[] }[] = [];
  const current =
    overlays.length === 0
      ? new Map<string, Record<string, unknown>>()
      : new Map((await run('seed/edits-current', { ids: overlays.map((o) => o.id) })).map((r) => [r.id, r.props]));
  for (const o of overlays) {
    const now = current.get(o.id);
    const base = { ...o.base };
    if (now && o.inSeeds) {
      for (const [field, editValue] of Object.entries(o.props)) {
        const seedValue = now[field] ?? null;
        // Derived keys follow their field; reporting them again would only repeat it.
        if (DERIVED.has(field) || same(seedValue, base[field])) continue;
        conflicts.push({ id: o.id, field, seedValue, editValue });
        base[field] = seedValue; // reported once: the next import compares with the files' new value
      }
    }
    rows.push({ id: o.id, props: { ...o.props, editBase: JSON.stringify(base) }, rels: o.rels });
  }
  // Always run: sources and tombstones apply to entities without edited fields too.
  await run('seed/edits-apply', { rows });
  return {
    keptEdits: overlays.length,
    conflicts,
    keptDropped: overlays.filter((o) => o.droppedBySeeds).map((o) => o.id),
  };
}

const DERIVED = new Set<string>(DERIVED_PROPERTIES);

// What an edit records about itself on the entity it writes (see the model above).
export function ownership(
  before: Record<string, unknown> | null,
  written: string[],
  relations: { type: string; targetLabel: string | null }[],
  added: { sourceDocs: string[]; sourceQuotes: string[] },
): { editedFields: string[]; editBase: string; editSourceDocs: string[]; editSourceQuotes: string[] } {
  const fields = new Set((before?.editedFields as string[] | undefined) ?? []);
  const base = before?.editBase ? (JSON.parse(before.editBase as string) as Record<string, unknown>) : {};
  for (const f of written) {
    if (OWN_BOOKKEEPING.has(f)) continue;
    // The first edit of a field remembers what it replaced; later edits of it keep that.
    if (!fields.has(f)) base[f] = before?.[f] ?? null;
    fields.add(f);
  }
  for (const r of relations) fields.add(`rel:${r.type}:${r.targetLabel ?? '*'}`);
  const docs = [...((before?.editSourceDocs as string[] | undefined) ?? [])];
  const quotes = [...((before?.editSourceQuotes as string[] | undefined) ?? [])];
  added.sourceDocs.forEach((d, i) => {
    const q = added.sourceQuotes[i]!;
    if (!docs.some((x, j) => x === d && quotes[j] === q)) {
      docs.push(d);
      quotes.push(q);
    }
  });
  return {
    editedFields: [...fields].sort(),
    editBase: JSON.stringify(base),
    editSourceDocs: docs,
    editSourceQuotes: quotes,
  };
}

// Never owned by an edit: the seed's and the edit engine's own bookkeeping.
const OWN_BOOKKEEPING = new Set([
  'id',
  'origin',
  'sourceDocs',
  'sourceQuotes',
  'editedFields',
  'editBase',
  'editSourceDocs',
  'editSourceQuotes',
  'removedParticipants',
]);
