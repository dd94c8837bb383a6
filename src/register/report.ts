// What `npm run seed:check` says about the register: its size, what the graph takes from it, and
// every document actor that is ambiguous or a state agency without a record, for a person to read.
import type { RegisterDataset } from './resolve.js';

export function registerReport(reg: RegisterDataset): string[] {
  const count = (s: string) => reg.matches.filter((m) => m.status === s).length;
  const current = reg.agencies.filter((a) => a.current).length;
  const lines = [
    `register: ${reg.records} records; imported ${reg.agencies.length} agencies (${current} current, ${reg.agencies.length - current} closed), ` +
      `${reg.ministries.length} ministries, ${reg.ministryLinks.length} ministry links, ${reg.successions.length} successions, ` +
      `${reg.ministrySuccessions.length} ministry successions`,
    `register matches: ${count('MATCHED')} matched, ${count('AMBIGUOUS')} ambiguous, ${count('UNMATCHED')} unmatched state agencies, ` +
      `${count('NOT_EXPECTED')} actors that are not state agencies`,
  ];
  for (const m of reg.matches) {
    if (m.status === 'AMBIGUOUS')
      lines.push(
        `  AMBIGUOUS  ${m.agencyId} "${m.name}" (by ${m.method}): ${m.records.map((r) => `"${r}"`).join(', ')}`,
      );
    if (m.status === 'UNMATCHED')
      lines.push(
        `  UNMATCHED  ${m.agencyId} "${m.name}" (${m.kind}): no register record by name, other name, abbreviation or English name`,
      );
  }
  if (reg.unresolvedSuccessions.length > 0)
    lines.push(
      `register successions not drawn (name found in no record or in several): ${reg.unresolvedSuccessions.length}`,
    );
  return lines;
}
