import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import { Partner } from './entities/partner';

export function createLoaders(dataSource: DataSource) {
  return {
    partnerById: new DataLoader<string, Partner | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await dataSource.getRepository(Partner).findBy({ id: In(valid) }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
