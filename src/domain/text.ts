// Case- and diacritic-insensitive form used for nameContains and for ordering: "Åklagarmyndigheten"
// and "aklagarmyndigheten" fold alike. Computed once at import, and on the user's input per query.
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function foldDiaryNumber(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

// What an edit may store as text. NFC, so "Å" typed as A + ring equals the seeds' "Å" in ids,
// sort keys and comparisons. Control characters (tab and line breaks only where a field is
// multi-line) and bidi overrides/isolates are refused, not stripped: they make a name read
// differently from what it is ("Trojan Source"), and silently removing them would store something
// the caller did not send. A text that is empty once invisible characters are taken out (a name of
// only zero-width spaces) is refused too.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/u;
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/u;
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F and the variation selectors are listed one by one on purpose
  /[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/gu;

export type CleanText = { ok: true; value: string } | { ok: false; reason: string };

export function cleanText(input: string, opts: { multiline?: boolean } = {}): CleanText {
  const value = input.normalize('NFC').trim();
  if (CONTROL.test(value)) return { ok: false, reason: 'contains a control character' };
  if (!opts.multiline && LINE_BREAK_OR_TAB.test(value)) return { ok: false, reason: 'contains a line break or tab' };
  if (BIDI_OVERRIDE.test(value)) return { ok: false, reason: 'contains a bidirectional override character' };
  if (value.replace(INVISIBLE, '') === '') return { ok: false, reason: 'is empty (only invisible characters)' };
  return { ok: true, value };
}

// An http(s) URL without user name or password (a credential in a stored URL is served to every reader).
export function cleanUrl(input: string): { ok: true; value: string } | { ok: false; reason: string } {
  const t = cleanText(input);
  if (!t.ok) return t;
  let url: URL;
  try {
    url = new URL(t.value);
  } catch {
    return { ok: false, reason: 'is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'must be http(s)' };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'must not carry a user name or password' };
  if (url.hostname === '') return { ok: false, reason: 'has no host' };
  return { ok: true, value: url.href };
}
