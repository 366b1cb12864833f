import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import { demographicsFor, type DemographicsData, type ScopeDemographics } from './demographics';
import { crossAreaFor, figuresFor, type CrossAreaCounts, type Figures } from './figures';
import { FiguresCache, rollupStamp } from './figures-cache';
import { emptyPartnerFigures, partnerFiguresFor, type PartnerFigures } from './partner-figures';
import type { Period } from './period';

const key = (period: Period) => `${period.from}|${period.to}`;
const parse = (periodKey: string): Period => {
  const [from, to] = periodKey.split('|');
  return { from, to };
};

/** Kept across requests (per process and database) until the rollups change: see FiguresCache. */
const caches = new WeakMap<DataSource, { figures: FiguresCache<Figures>; crossArea: FiguresCache<CrossAreaCounts>; demographics: FiguresCache<DemographicsData> }>();

function cachesFor(dataSource: DataSource) {
  // A cross-area table can hold areas² rows, so fewer of those are kept.
  if (!caches.has(dataSource)) caches.set(dataSource, { figures: new FiguresCache(), crossArea: new FiguresCache(20), demographics: new FiguresCache() });
  return caches.get(dataSource)!;
}

export function createLoaders(dataSource: DataSource) {
  const cache = cachesFor(dataSource);
  // The rollups' stamp, read once per request and only when figures are asked for.
  let stamp: Promise<string> | undefined;
  const currentStamp = () => (stamp ??= rollupStamp(dataSource.manager));
  /** One computation per period and request, reused across requests until the rollups change. */
  const perPeriod = <T>(kept: FiguresCache<T>, compute: (db: DataSource['manager'], period: Period) => Promise<T>) =>
    new DataLoader<Period, T, string>(
      async (periods) => {
        const now = await currentStamp();
        return Promise.all(periods.map((period) => kept.get(now, key(period), () => compute(dataSource.manager, period))));
      },
      { cacheKeyFn: key },
    );
  return {
    /** Every figure of a period, however many areas ask. */
    figures: perPeriod(cache.figures, figuresFor),
    crossArea: perPeriod(cache.crossArea, crossAreaFor),
    /**
     * Demographics per period and scope ('' = national), one statement per period: the whole
     * network's when the national figures are asked, else only the asked areas' cards.
     */
    demographics: new DataLoader<Period & { scope: string }, ScopeDemographics | undefined, string>(
      async (keys) => {
        const byPeriod = new Map<string, Set<string>>();
        for (const k of keys) byPeriod.set(key(k), (byPeriod.get(key(k)) ?? new Set()).add(k.scope));
        const results = new Map<string, DemographicsData>();
        const now = await currentStamp();
        for (const [periodKey, scopes] of byPeriod) {
          const areaIds = scopes.has('') ? undefined : [...scopes].filter(isUuid).sort();
          const cacheKey = `${periodKey}|${areaIds?.join(',') ?? 'all'}`;
          results.set(periodKey, await cache.demographics.get(now, cacheKey, () => demographicsFor(dataSource.manager, parse(periodKey), areaIds)));
        }
        return keys.map((k) => results.get(key(k))!.get(k.scope));
      },
      { cacheKeyFn: (k) => `${key(k)}|${k.scope}` },
    ),
    /** Partner figures, batched per period: a list of partners costs the same statements as one. */
    partnerFigures: new DataLoader<Period & { partnerId: string }, PartnerFigures, string>(
      async (keys) => {
        const byPeriod = new Map<string, string[]>();
        for (const k of keys) byPeriod.set(key(k), [...(byPeriod.get(key(k)) ?? []), k.partnerId]);
        const results = new Map<string, PartnerFigures>();
        for (const [periodKey, ids] of byPeriod) {
          const figures = await partnerFiguresFor(dataSource.manager, parse(periodKey), ids.filter(isUuid));
          for (const id of ids) results.set(`${periodKey}|${id}`, figures.get(id) ?? emptyPartnerFigures());
        }
        return keys.map((k) => results.get(`${key(k)}|${k.partnerId}`)!);
      },
      { cacheKeyFn: (k) => `${key(k)}|${k.partnerId}` },
    ),
    /** Area codes by id (for coordinators' scope), in one statement per batch. */
    areaCode: new DataLoader<string, string | null>(async (ids) => {
      const rows: Array<{ area_id: string; code: string }> = await dataSource.query('SELECT area_id, code FROM statistics.area_codes WHERE area_id = ANY($1::uuid[])', [
        ids.filter(isUuid),
      ]);
      const byId = new Map(rows.map((row) => [row.area_id, row.code]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export { parse as parsePeriodKey };
export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
