import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One Neo4j for the whole run; files run one at a time so that timing-sensitive tests
    // (outage, shutdown) do not fight over the two cores.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/int/**/*.int.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
