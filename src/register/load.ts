// Reads the project's copy of the register and the ministry successions beside it. Every line is
// zod-checked; any problem stops the whole seed load, as for the document facts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SeedProblem } from '../seed/load-seeds.js';
import { MinistrySuccessionsFile, REGISTER_FILE, RegisterRecord, type MinistrySuccession } from './records.js';

export const MINISTRY_SUCCESSIONS_FILE = 'ministry-successions.yaml';

export interface RegisterFiles {
  records: RegisterRecord[];
  ministrySuccessions: MinistrySuccession[];
  // The raw texts, for the seed checksum.
  raw: string[];
}

export async function loadRegisterFiles(referenceDir: string, problems: SeedProblem[]): Promise<RegisterFiles> {
  const file = `reference/${REGISTER_FILE}`;
  const raw = await readFile(path.join(referenceDir, REGISTER_FILE), 'utf8');
  const records: RegisterRecord[] = [];
  const names = new Set<string>();
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push({ file, record: `line ${i + 1}`, message: 'not valid JSON' });
      return;
    }
    const parsed = RegisterRecord.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          file,
          record: `line ${i + 1}`,
          field: issue.path.join('.') || undefined,
          message: issue.message,
        });
      return;
    }
    // The name is the record's key: a register source cites it.
    if (names.has(parsed.data.name))
      problems.push({ file, record: `line ${i + 1}`, field: 'name', message: `"${parsed.data.name}" appears twice` });
    names.add(parsed.data.name);
    records.push(parsed.data);
  });
  const succRaw = await readFile(path.join(referenceDir, MINISTRY_SUCCESSIONS_FILE), 'utf8');
  let ministrySuccessions: MinistrySuccession[] = [];
  const parsed = MinistrySuccessionsFile.safeParse(parseYaml(succRaw, { uniqueKeys: true }));
  if (parsed.success) ministrySuccessions = parsed.data.successions;
  else
    for (const issue of parsed.error.issues)
      problems.push({
        file: `reference/${MINISTRY_SUCCESSIONS_FILE}`,
        record: issue.path.slice(0, 2).join('.'),
        field: issue.path.slice(2).join('.') || undefined,
        message: issue.message,
      });
  return { records, ministrySuccessions, raw: [raw, succRaw] };
}
