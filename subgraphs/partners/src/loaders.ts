import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import { Offer } from './entities/offer';
import { Partner } from './entities/partner';

export function createLoaders(dataSource: DataSource) {
  return {
    partnerById: new DataLoader<string, Partner | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await dataSource.getRepository(Partner).findBy({ id: In(valid) }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Current offers of many partners in one statement. */
    offersByPartner: new DataLoader<string, Offer[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Offer)
        .createQueryBuilder('o')
        .where('o.partner_id = ANY(:ids)', { ids: ids.filter(isUuid) })
        .andWhere('o.active AND o.valid_until >= CURRENT_DATE')
        .orderBy('o.valid_from')
        .addOrderBy('o.id')
        .getMany();
      return ids.map((id) => rows.filter((row) => row.partnerId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
