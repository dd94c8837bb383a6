// The national register of state agencies (seeds/reference/swedish-agencies.jsonl), one JSON
// object a line. Strict: a field the register starts to carry is a format change someone must look
// at before it is imported, not something to drop silently.
import { z } from 'zod';

export const REGISTER_FILE = 'swedish-agencies.jsonl';
// Codes of the five registers the file merges (see seeds/reference/README.md).
export const REGISTER_CODES = ['scb', 'esv', 'stkt', 'sfs', 'wd'] as const;

const OrgNr = z.string().regex(/^\d{6}-\d{4}$/, 'an organisation number looks like NNNNNN-NNNN');
// 'YYYY' or 'YYYY-MM-DD': the registers do not always know the day.
export const PartialDateText = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'a date is YYYY or YYYY-MM-DD');
const Sfs = z.string().regex(/^\d{4}:\d+$/, 'an SFS number looks like YYYY:N');

export const RegisterRecord = z.strictObject({
  name: z.string().min(2),
  orgNr: z.union([OrgNr, z.array(OrgNr).min(2)]).optional(),
  shortCode: z.string().min(1).optional(),
  // '?' in 11 rows: a register that has the field but not the name. Read as absent.
  nameEn: z
    .string()
    .min(1)
    .optional()
    .transform((v) => (v === '?' ? undefined : v)),
  ministry: z.string().min(3).optional(),
  group: z.string().min(2).optional(),
  governance: z.string().min(2).optional(),
  start: PartialDateText.optional(),
  end: PartialDateText.optional(),
  expiredBySfs: Sfs.optional(),
  instructionSfs: Sfs.optional(),
  sfs: z.array(Sfs).optional(),
  replaces: z.array(z.string().min(2)).optional(),
  replacedBy: z.array(z.string().min(2)).optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  website: z.string().min(3).optional(),
  employees: z.strictObject({ year: z.number().int(), count: z.number().int().nonnegative() }).optional(),
  otherNames: z.array(z.string().min(1)).optional(),
  // Empty for 106 name-only rows the compiler kept without any register attributing them.
  registers: z.array(z.enum(REGISTER_CODES)),
});
export type RegisterRecord = z.infer<typeof RegisterRecord>;

// Ministry successions the register does not carry (it names only today's ministry), each with the
// public page that states it. Kept beside the register in seeds/reference/.
export const MinistrySuccession = z.strictObject({
  predecessor: z.string().min(3),
  successor: z.string().min(3),
  date: z.iso.date(),
  source: z.strictObject({ url: z.url(), publisher: z.string().min(2), excerpt: z.string().min(12) }),
});
export const MinistrySuccessionsFile = z.strictObject({ successions: z.array(MinistrySuccession) });
export type MinistrySuccession = z.infer<typeof MinistrySuccession>;
