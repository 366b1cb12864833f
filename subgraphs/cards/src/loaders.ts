import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { entityByIdLoader, isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import { Card } from './entities/card';

/** The days of one offer's bucket whose recorded places are asked for. */
export interface BucketKey {
  offerId: string;
  from: string;
  until: string;
}

export function createLoaders(dataSource: DataSource) {
  return {
    cardById: entityByIdLoader(dataSource.getRepository(Card)),
    /**
     * Places taken (adults, children and course places of uses not cancelled) per offer and
     * bucket, for every offer of a page in one statement. Read in the request's own
     * statement, so a use committed before it is counted: read-your-writes.
     */
    placesTaken: new DataLoader<BucketKey, number, string>(
      async (keys) => {
        const valid = keys.filter((key) => isUuid(key.offerId));
        const rows: Array<{ position: string; taken: number }> = valid.length
          ? await dataSource.query(
              `SELECT k.position, coalesce(sum(u.adult_tickets + u.child_tickets + u.course_places), 0)::int AS taken
                 FROM unnest($1::uuid[], $2::date[], $3::date[]) WITH ORDINALITY AS k(offer_id, from_day, until_day, position)
                 LEFT JOIN cards.card_uses u
                   ON u.offer_id = k.offer_id AND u.used_on BETWEEN k.from_day AND k.until_day AND u.cancelled_at IS NULL
                GROUP BY k.position`,
              [valid.map((key) => key.offerId), valid.map((key) => key.from), valid.map((key) => key.until)],
            )
          : [];
        const byKey = new Map(rows.map((row) => [JSON.stringify(valid[Number(row.position) - 1]), row.taken]));
        return keys.map((key) => byKey.get(JSON.stringify(key)) ?? 0);
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
