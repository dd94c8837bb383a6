import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  CSV_BOM,
  csvCell,
  csvLine,
  GRAPHML_TAIL,
  graphmlEdge,
  graphmlHead,
  graphmlNode,
  xmlEscape,
} from '../../src/export/formats.js';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks so a parser reads the value back unchanged', () => {
    const tricky = ['a, b', 'say "ja"', 'two\nlines', 'plain', 'Ålands "län", 2024'];
    const text = CSV_BOM + csvLine(['x', 'y', 'z', 'w', 'v']) + csvLine(tricky);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.values(rows[0]!)).toEqual(tricky);
  });

  it('defuses cells Excel would run as formulas, but leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['a', 'b'])).toBe('a | b');
  });
});

describe('GraphML', () => {
  it('is well-formed XML whatever the names hold', () => {
    const doc =
      graphmlHead([
        { id: 'name', for: 'node', type: 'string' },
        { id: 'weight', for: 'edge', type: 'double' },
      ]) +
      graphmlNode('agency:a', { name: 'A & B <"x">' }) +
      graphmlNode('agency:b', { name: "O'Brien\u0001" }) +
      graphmlEdge('e1', 'agency:a', 'agency:b', { weight: 2 }) +
      GRAPHML_TAIL;
    expect(XMLValidator.validate(doc)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(doc);
    expect(parsed.graphml.graph.node[0].data['#text']).toBe('A & B <"x">');
    expect(xmlEscape('a\u0000b')).toBe('ab');
  });
});
