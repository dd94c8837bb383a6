// "No such entity" must not look like "nothing matches": an id argument or filter that names no
// entity of the expected kind is NOT_FOUND naming the argument. Callers check only when the answer
// came back empty (a non-empty answer proves every id in its filter matched), so the usual case
// costs no extra round trip.
import { ApiError } from '../errors.js';
import type { Executor } from '../neo4j/executor.js';
import { typeOfId, type TypeName } from './entities.js';
import { loadByIds } from './relations.js';

export interface IdArg {
  id: string | null | undefined;
  arg: string;
  type: TypeName;
}

export async function requireEntities(db: Executor, args: IdArg[]): Promise<void> {
  const given = args.filter((a): a is IdArg & { id: string } => typeof a.id === 'string' && a.id.length > 0);
  if (given.length === 0) return;
  const found = await loadByIds(
    db,
    given.map((a) => a.id),
  );
  for (const a of given) {
    if (typeOfId(a.id) !== a.type || !found.has(a.id)) {
      throw new ApiError('NOT_FOUND', `${a.arg}: no ${a.type} with id "${a.id}"`, { argument: a.arg, id: a.id });
    }
  }
}
