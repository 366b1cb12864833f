import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { inAreaSql, isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import manifest from '../kaiku-extension.json';
import { SportVenue } from './entities/sport-venue';

export function createLoaders(dataSource: DataSource) {
  return {
    /**
     * Sport venues by partner id in one statement. Only partners of the owning area get one:
     * the extension is local (manifest `national: false`), so elsewhere the field is null.
     */
    venueByPartnerId: new DataLoader<string, SportVenue | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows: SportVenue[] = valid.length
        ? await dataSource
            .getRepository(SportVenue)
            .createQueryBuilder('v')
            .where('v.partner_id = ANY(:ids)', { ids: valid })
            .andWhere(manifest.national ? 'true' : inAreaSql('ext_sport_venues', 'v.partner_id', ':area'), { area: manifest.area })
            .getMany()
        : [];
      const byId = new Map(rows.map((row) => [row.partnerId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
