import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type Repository } from 'typeorm';
import { isUuid } from './ids';

/**
 * The common loader: entities by their uuid `id` in one statement per batch, null for ids
 * that match nothing. A malformed id never reaches the database, so it cannot match a row.
 */
export function entityByIdLoader<T extends ObjectLiteral & { id: string }>(repository: Repository<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await repository.findBy({ id: In(valid) } as never) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
