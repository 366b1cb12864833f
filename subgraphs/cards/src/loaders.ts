import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import { Card } from './entities/card';

export function createLoaders(dataSource: DataSource) {
  return {
    cardById: new DataLoader<string, Card | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await dataSource.getRepository(Card).findBy({ id: In(valid) }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
