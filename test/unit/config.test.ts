import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has working defaults: embedded Neo4j, port 4000, seeding on', () => {
    const c = parseConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.SEED_ON_START).toBe(true);
    expect(c.NEO4J_DATA_DIR).toMatch(/\.data[/\\]neo4j$/);
  });

  it('treats empty strings as unset and parses booleans and numbers', () => {
    const c = parseConfig({ PORT: '', GRAPHIQL: 'false', QUERY_TIMEOUT_MS: '2500' });
    expect(c.PORT).toBe(4000);
    expect(c.GRAPHIQL).toBe(false);
    expect(c.QUERY_TIMEOUT_MS).toBe(2500);
  });

  it('names every bad variable in one error', () => {
    try {
      parseConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('NEO4J_URI');
      expect(msg).toContain('LOG_LEVEL');
    }
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => parseConfig({ NEO4J_URI: 'neo4j://db.example:7687' })).toThrow(/NEO4J_PASSWORD/);
    expect(parseConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 's' }).NEO4J_URI).toBe(
      'neo4j://db.example:7687',
    );
  });
});
