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
