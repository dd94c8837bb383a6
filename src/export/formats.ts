// Row formats for /export: CSV that Excel opens as UTF-8 (byte-order mark, CRLF, RFC 4180
// quoting), JSON Lines, and GraphML for Gephi. Pure functions, unit-tested.

// A cell Excel would run as a formula (=, +, -, @, tab, CR at the start) gets a leading
// apostrophe; numbers are written as numbers and never need it.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = Array.isArray(value) ? value.map((v) => String(v)).join(' | ') : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_BOM = '\uFEFF';

export function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

export function xmlEscape(text: string): string {
  return (
    text
      .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
      // Characters XML 1.0 forbids outright (control characters other than tab, CR, LF).
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

export interface GraphmlKey {
  id: string;
  for: 'node' | 'edge';
  type: 'string' | 'int' | 'double';
}

export function graphmlHead(keys: GraphmlKey[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`),
    '  <graph id="collaboration" edgedefault="undirected">',
    '',
  ].join('\n');
}

function data(attrs: Record<string, unknown>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `<data key="${k}">${xmlEscape(Array.isArray(v) ? v.join(' | ') : String(v))}</data>`)
    .join('');
}

export function graphmlNode(id: string, attrs: Record<string, unknown>): string {
  return `    <node id="${xmlEscape(id)}">${data(attrs)}</node>\n`;
}

export function graphmlEdge(id: string, source: string, target: string, attrs: Record<string, unknown>): string {
  return `    <edge id="${xmlEscape(id)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">${data(attrs)}</edge>\n`;
}

export const GRAPHML_TAIL = '  </graph>\n</graphml>\n';
