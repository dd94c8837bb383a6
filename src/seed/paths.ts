import { fileURLToPath } from 'node:url';

const root = new URL('../../seeds/', import.meta.url);
export const SEED_PATHS = {
  factsDir: fileURLToPath(new URL('facts/', root)),
  documentsDir: fileURLToPath(new URL('documents/', root)),
  referenceDir: fileURLToPath(new URL('reference/', root)),
};
