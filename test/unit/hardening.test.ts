import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { cleanText, cleanUrl } from '../../src/domain/text.js';
import { mediaOf } from '../../src/graphql/media.js';
import { FailureCounter } from '../../src/plugins/auth.js';
import { jsonDepth } from '../../src/plugins/limits.js';

describe('cleanText', () => {
  it('normalises to NFC and trims', () => {
    expect(cleanText('  A\u030Angermanland ')).toEqual({ ok: true, value: '\u00C5ngermanland' });
  });
  it('refuses control characters, bidi overrides and isolates, and invisible-only text', () => {
    for (const t of [
      'a\u0000b',
      'a\u001bb',
      'a\u0085b',
      'a\u202Eb',
      'a\u2067b',
      '\u200B\u200D',
      '\uFEFF ',
      '\u00AD',
      '   ',
    ])
      expect(cleanText(t).ok, JSON.stringify(t)).toBe(false);
  });
  it('allows line breaks and tabs only in multi-line fields', () => {
    expect(cleanText('a\nb').ok).toBe(false);
    expect(cleanText('a\n\tb', { multiline: true })).toEqual({ ok: true, value: 'a\n\tb' });
    expect(cleanText('a\r\nb', { multiline: true }).ok).toBe(true);
  });
  it('keeps Swedish, emoji and joiners inside visible text', () => {
    expect(cleanText('Brottsförebyggande rådet 👩‍⚖️').ok).toBe(true);
  });
});

describe('cleanUrl', () => {
  it('takes http(s) without credentials', () => {
    expect(cleanUrl('https://www.regeringen.se/x?y=1')).toEqual({ ok: true, value: 'https://www.regeringen.se/x?y=1' });
    for (const u of [
      'https://a:b@x.se',
      'https://a@x.se',
      'file:///etc/passwd',
      'data:text/html,x',
      'nope',
      'https://x.se/\u202E',
    ])
      expect(cleanUrl(u).ok, u).toBe(false);
  });
});

describe('FailureCounter', () => {
  it('blocks a client after max failures until its window ends, per client', () => {
    let now = 1_000;
    const c = new FailureCounter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(c.blockedFor('a')).toBe(0);
      c.fail('a');
    }
    expect(c.blockedFor('a')).toBe(60_000);
    expect(c.blockedFor('b')).toBe(0);
    now += 59_999;
    expect(c.blockedFor('a')).toBe(1);
    now += 1;
    expect(c.blockedFor('a')).toBe(0);
  });
});

describe('mediaOf', () => {
  it('negotiates the GraphQL-over-HTTP media types', () => {
    expect(mediaOf(undefined)).toBe('default');
    expect(mediaOf('*/*')).toBe('default');
    expect(mediaOf('application/json')).toBe('json');
    expect(mediaOf('application/graphql-response+json, application/json;q=0.9')).toBe('graphql-response');
    expect(mediaOf('application/graphql-response+json;q=0, application/json')).toBe('json');
  });
});

describe('jsonDepth', () => {
  it('measures depth without recursion, stopping early', () => {
    expect(jsonDepth(null, 10)).toBe(0);
    expect(jsonDepth({ a: [1, { b: 2 }] }, 10)).toBe(3);
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(jsonDepth(deep, 32)).toBe(33);
  });
});

describe('TRUST_PROXY', () => {
  it('is off unless set, and takes true/false, a hop count or addresses', () => {
    expect(parseConfig({}).TRUST_PROXY).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production' }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(parseConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(parseConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16' }).TRUST_PROXY).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
    ]);
    expect(() => parseConfig({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });
});
