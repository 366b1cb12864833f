import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import { Area } from './entities/area';

export function createLoaders(dataSource: DataSource) {
  return {
    /** Areas by id in one statement per batch; ids that are not UUIDs match nothing. */
    areaById: new DataLoader<string, Area | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await dataSource.getRepository(Area).findBy({ id: In(valid) }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
