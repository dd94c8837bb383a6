// `npm run seed` validates every seed file, then imports them all in one transaction.
// `npm run seed:check` stops after validation (no database needed).
import { loadSeeds, SeedValidationError } from '../seed/load-seeds.js';
import { SEED_PATHS } from '../seed/paths.js';
import { registerReport } from '../register/report.js';

const checkOnly = process.argv.includes('--check');
const fileArg = process.argv.indexOf('--file');
const focusFile = fileArg > 0 ? process.argv[fileArg + 1] : undefined;

try {
  const ds = await loadSeeds(SEED_PATHS, { focusFile });
  for (const f of ds.files) console.log(`valid  ${f.file}  (${f.records} records)`);
  console.log(
    `dataset: ${ds.documents.length} documents, ${ds.agencies.length} agencies, ${ds.assignments.length} assignments, ` +
      `${ds.strategies.length} strategies, ${ds.focusAreas.length} focus areas, ${ds.fundingFlows.length} funding flows, ` +
      `${ds.appropriations.length} appropriations, ${ds.successions.length} successions`,
  );
  if (ds.register) for (const line of registerReport(ds.register)) console.log(line);
  if (!checkOnly) {
    const { runSeedImport } = await import('./seed-import.js');
    await runSeedImport(ds);
  }
} catch (err) {
  if (err instanceof SeedValidationError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
