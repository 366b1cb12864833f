import type { DataSource } from 'typeorm';
import { entityByIdLoader, type KaikuContext } from '@kaiku/subgraph-kit';
import { Card } from './entities/card';

export function createLoaders(dataSource: DataSource) {
  return {
    cardById: entityByIdLoader(dataSource.getRepository(Card)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
