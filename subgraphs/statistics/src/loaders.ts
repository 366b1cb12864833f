import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { KaikuContext } from '@kaiku/subgraph-kit';
import type { StatisticsTotals } from './entities/statistics-types';
import { EMPTY_TOTALS, totalsByArea, type Period } from './figures';

interface AreaPeriodKey extends Period {
  areaId: string;
}

export function createLoaders(dataSource: DataSource) {
  return {
    /** Area totals for many areas in one round of statements per distinct period. */
    areaTotals: new DataLoader<AreaPeriodKey, StatisticsTotals, string>(
      async (keys) => {
        const byPeriod = new Map<string, AreaPeriodKey[]>();
        for (const key of keys) byPeriod.set(`${key.from}|${key.to}`, [...(byPeriod.get(`${key.from}|${key.to}`) ?? []), key]);
        const results = new Map<string, StatisticsTotals>();
        for (const group of byPeriod.values()) {
          const totals = await totalsByArea(dataSource.manager, group[0], group.map((key) => key.areaId));
          for (const key of group) results.set(`${key.from}|${key.to}|${key.areaId}`, totals.get(key.areaId) ?? { ...EMPTY_TOTALS });
        }
        return keys.map((key) => results.get(`${key.from}|${key.to}|${key.areaId}`)!);
      },
      { cacheKeyFn: (key) => `${key.from}|${key.to}|${key.areaId}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
