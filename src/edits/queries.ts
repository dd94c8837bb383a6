// Parameters and rows of cypher/edits/*.cypher (see src/neo4j/query-def.ts).
import { z } from 'zod';
import { idsParam, noParams, noRow, readQuery, writeQuery } from '../neo4j/query-def.js';

const id = z.string();
const strs = z.array(z.string());
const props = z.record(z.string(), z.unknown());
// An audit Change as edits/record-change writes it and edits/changes reads it back.
const changeFields = {
  at: z.string(),
  keyId: z.string(),
  requestId: z.string().nullable(),
  operation: z.string(),
  entityId: id,
  before: z.string().nullable(),
  after: z.string().nullable(),
};
// What a node holds after a write: all its properties (the change log records them whole).
const nodeProps = z.looseObject({ id });
const upsert = writeQuery(z.object({ id, props }), z.object({ props: nodeProps }));

export const editQueries = {
  'edits/changes': readQuery(
    z.object({
      entityId: id.nullable(),
      since: z.string().nullable(),
      afterAt: z.string().nullable(),
      afterId: id.nullable(),
      limit: z.number().int(),
    }),
    z.object({
      totalCount: z.number().int(),
      page: z.array(z.object({ id, ...changeFields })),
    }),
  ),
  'edits/document-texts': readQuery(idsParam, z.object({ id, fullText: z.string().nullable() })),
  'edits/existing-ids': readQuery(idsParam, z.object({ id, labels: strs })),
  'edits/export': readQuery(
    noParams,
    z.object({
      id,
      label: z.string(),
      origin: z.string(),
      fields: z.array(z.tuple([z.string(), z.unknown()])),
      relations: z.array(z.object({ type: z.string(), targetId: id })),
      participants: z.array(
        z.object({ agencyId: id, role: z.string(), origin: z.string(), sourceDocs: strs, sourceQuotes: strs }),
      ),
      removedParticipants: strs,
      sourceDocs: strs,
      sourceQuotes: strs,
    }),
  ),
  'edits/participants': readQuery(
    z.object({ id }),
    z.object({
      agencyId: id,
      role: z.string(),
      sourceDocs: strs.nullable(),
      sourceQuotes: strs.nullable(),
      editSourceDocs: strs.nullable(),
      editSourceQuotes: strs.nullable(),
    }),
  ),
  'edits/snapshot': readQuery(z.object({ id }), z.object({ props: nodeProps.nullable(), labels: strs.nullable() })),
  'edits/ensure-documents': writeQuery(
    z.object({
      docs: z.array(
        z.object({
          id,
          title: z.string(),
          url: z.string().nullable(),
          published: z.string().nullable(),
          fullText: z.string().nullable(),
        }),
      ),
    }),
    noRow,
  ),
  'edits/link-assignment': writeQuery(
    z.object({
      id,
      links: z.array(z.object({ kind: z.enum(['STRATEGY', 'FOCUS_AREA']), targetId: id })),
      sourceDocs: strs,
      sourceQuotes: strs,
    }),
    z.object({ done: z.number().int() }),
  ),
  'edits/record-change': writeQuery(
    z.object({
      changeId: id,
      ...changeFields,
    }),
    noRow,
  ),
  'edits/remove-participant': writeQuery(
    z.object({ agencyId: id, role: z.string(), assignmentId: id }),
    z.object({ removed: z.number().int() }),
  ),
  'edits/retire': writeQuery(z.object({ id, props }), z.object({ props: nodeProps })),
  'edits/set-participant': writeQuery(
    z.object({
      agencyId: id,
      assignmentId: id,
      role: z.string(),
      sourceDocs: strs,
      sourceQuotes: strs,
      editSourceDocs: strs,
      editSourceQuotes: strs,
    }),
    noRow,
  ),
  'edits/set-relations': writeQuery(
    z.object({
      id,
      set: z.array(z.object({ type: z.string(), targetLabel: z.string().nullable(), targetId: id.nullable() })),
    }),
    z.object({ done: z.number().int() }),
  ),
  'edits/upsert-agency': upsert,
  'edits/upsert-assignment': upsert,
  'edits/upsert-funding-flow': upsert,
  'edits/upsert-strategy': upsert,
};
