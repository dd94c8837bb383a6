// `npm run backup -- FILE` writes the whole graph (seeds, API edits, audit trail) to FILE;
// `npm run restore -- FILE` replaces the graph with FILE's, in one transaction.
// Both use NEO4J_URI when set, else the embedded default's data folder (stop `npm start` first:
// one embedded Neo4j owns a folder at a time; or point NEO4J_URI at the running one).
import { BackupFormatError, backupGraph, restoreGraph } from '../neo4j/backup.js';
import { withImportTarget } from './seed-import.js';

const [mode, file] = [process.argv[2], process.argv[3]];
if ((mode !== 'backup' && mode !== 'restore') || !file) {
  console.error('usage: npm run backup -- FILE | npm run restore -- FILE');
  process.exit(2);
}

try {
  await withImportTarget(
    async (db) => {
      const started = performance.now();
      const counts =
        mode === 'backup'
          ? await backupGraph(db.driver, db.store, file, db.options.database)
          : await restoreGraph(db.driver, db.store, file, db.options.database);
      console.log(
        `${mode === 'backup' ? 'backed up' : 'restored'} ${counts.nodes} nodes and ${counts.relationships} relationships (${file}) in ${Math.round(performance.now() - started)} ms`,
      );
    },
    { losslessIntegers: true },
  );
} catch (err) {
  if (err instanceof BackupFormatError) {
    console.error(`${err.message}; nothing was changed`);
    process.exit(1);
  }
  throw err;
}
