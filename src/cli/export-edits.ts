// `npm run seed:export-edits [-- --out FILE]` writes what API edits own (see src/seed/edits.ts) as
// YAML shaped like the seed files, so a curator can fold the edits into seeds/facts and commit
// them. It does not write into seeds/: a seed record needs a quote from a seed document, which an
// edit sourced elsewhere does not have, so a person decides.
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { withImportTarget } from './seed-import.js';
import { DERIVED_PROPERTIES } from '../domain/derived.js';

const SECTION: Record<string, string> = {
  Agency: 'agencies',
  Assignment: 'assignments',
  Strategy: 'strategies',
  FundingFlow: 'fundingFlows',
  FocusArea: 'focusAreas',
  Appropriation: 'appropriations',
  Document: 'documents',
};
const DERIVED = new Set<string>(DERIVED_PROPERTIES);

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : undefined;

await withImportTarget(async (db) => {
  const rows = await db.read('edits/export');
  const doc: Record<string, unknown[]> = {};
  for (const r of rows) {
    const section = SECTION[r.label] ?? 'other';
    const sources = r.sourceDocs.map((d, i) => ({ document: d, quote: r.sourceQuotes[i] }));
    const fields = Object.fromEntries(r.fields.filter(([k]) => !DERIVED.has(k)));
    doc[section] ??= [];
    doc[section].push({
      id: r.id,
      ...(r.origin === 'api' ? { createdThroughApi: true } : {}),
      ...fields,
      ...(r.relations.length ? { relations: r.relations } : {}),
      ...(r.participants.length ? { participants: r.participants } : {}),
      ...(r.removedParticipants.length
        ? {
            removedParticipants: r.removedParticipants.map((k) => ({
              agencyId: k.split('|')[0],
              role: k.split('|')[1],
            })),
          }
        : {}),
      sources,
    });
  }
  const text =
    `# API edits to fold into seeds/facts (generated ${new Date().toISOString()} by npm run seed:export-edits).\n` +
    '# Each source must become a quote from a seed document before it can be committed as a seed record.\n' +
    stringify(doc, { lineWidth: 0 });
  if (out) {
    await writeFile(out, text);
    console.log(`${rows.length} edited entities written to ${out}`);
  } else process.stdout.write(text);
});
