import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Caller } from '@kaiku/identity';
import { entityByIdLoader, isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import { visiblePartnersSql } from './access';
import { Category } from './entities/category';
import { Contact } from './entities/contact';
import { KnownArea } from './entities/known-area';
import { Offer } from './entities/offer';
import { OfferEvent } from './entities/offer-event';
import { Partner, PartnerRole } from './entities/partner';
import { Venue } from './entities/venue';

/** Rows of many parents in one statement, handed back per parent key in key order. */
function groupedBy<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export interface PartnerCounts {
  total: number;
  distributors: number;
  culturePartners: number;
  thirdSector: number;
  withSignedAgreement: number;
  withPrinciplesAccepted: number;
}

/** One page of an area's partners: the connection arguments are part of the key. */
export interface AreaPageKey {
  areaId: string;
  first: number;
  after: [string, string] | null;
  role: PartnerRole | null;
}

/** Every list and nested field resolves through these: one statement per batch, never per row. */
export function createLoaders(dataSource: DataSource, { caller }: { caller: Caller }) {
  const validIds = (ids: readonly string[]) => ids.filter(isUuid);
  return {
    partnerById: entityByIdLoader(dataSource.getRepository(Partner)),
    knownAreaById: entityByIdLoader(dataSource.getRepository(KnownArea)),
    offerById: entityByIdLoader(dataSource.getRepository(Offer)),
    offerEventById: entityByIdLoader(dataSource.getRepository(OfferEvent)),
    /** Current offers (valid today or later) of many partners. */
    offersByPartner: new DataLoader<string, Offer[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Offer)
        .createQueryBuilder('o')
        .where('o.partner_id = ANY(:ids::uuid[])', { ids: validIds(ids) })
        .andWhere('o.active AND o.valid_until >= CURRENT_DATE')
        .orderBy('o.valid_from')
        .addOrderBy('o.id')
        .getMany();
      return groupedBy(ids, rows, (row) => row.partnerId);
    }),
    venuesByPartner: new DataLoader<string, Venue[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Venue)
        .createQueryBuilder('v')
        .where('v.partner_id = ANY(:ids::uuid[])', { ids: validIds(ids) })
        .orderBy('v.created_at')
        .addOrderBy('v.id')
        .getMany();
      return groupedBy(ids, rows, (row) => row.partnerId);
    }),
    contactsByPartner: new DataLoader<string, Contact[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Contact)
        .createQueryBuilder('c')
        .where('c.partner_id = ANY(:ids::uuid[])', { ids: validIds(ids) })
        .orderBy('c.position')
        .getMany();
      return groupedBy(ids, rows, (row) => row.partnerId);
    }),
    /** A partner's categories, top categories first. */
    categoriesByPartner: new DataLoader<string, Category[]>(async (ids) => {
      const rows: Array<{ partner_id: string; code: string; parent_code: string | null; name_fi: string; name_sv: string | null; name_en: string | null }> =
        await dataSource.query(
          `SELECT l.partner_id, c.code, c.parent_code, c.name_fi, c.name_sv, c.name_en
             FROM partners.partner_categories l JOIN partners.categories c ON c.code = l.category_code
            WHERE l.partner_id = ANY($1::uuid[])
            ORDER BY c.parent_code NULLS FIRST, c.code`,
          [validIds(ids)],
        );
      const grouped = groupedBy(ids, rows, (row) => row.partner_id);
      return grouped.map((group) =>
        group.map((row) => ({ code: row.code, parentCode: row.parent_code, name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en } })),
      );
    }),
    eventsByOffer: new DataLoader<string, OfferEvent[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(OfferEvent)
        .createQueryBuilder('e')
        .where('e.offer_id = ANY(:ids::uuid[])', { ids: validIds(ids) })
        .orderBy('e.starts_on')
        .addOrderBy('e.id')
        .getMany();
      return groupedBy(ids, rows, (row) => row.offerId);
    }),
    /** The counts an area's readiness needs: active partners only. */
    partnerCountsByArea: new DataLoader<string, PartnerCounts>(async (ids) => {
      const rows: Array<{ area_id: string } & PartnerCounts> = await dataSource.query(
        `SELECT area_id,
                count(*)::int AS total,
                count(*) FILTER (WHERE 'CARD_DISTRIBUTOR' = ANY(roles))::int AS distributors,
                count(*) FILTER (WHERE 'CULTURE_PARTNER' = ANY(roles))::int AS "culturePartners",
                count(*) FILTER (WHERE sector = 'THIRD_SECTOR')::int AS "thirdSector",
                count(*) FILTER (WHERE agreement_signed_on IS NOT NULL)::int AS "withSignedAgreement",
                count(*) FILTER (WHERE principles_version IS NOT NULL)::int AS "withPrinciplesAccepted"
           FROM partners.partners
          WHERE active AND area_id = ANY($1::uuid[])
          GROUP BY area_id`,
        [validIds(ids)],
      );
      const byArea = new Map(rows.map(({ area_id, ...counts }) => [area_id, counts]));
      return ids.map((id) => byArea.get(id) ?? { total: 0, distributors: 0, culturePartners: 0, thirdSector: 0, withSignedAgreement: 0, withPrinciplesAccepted: 0 });
    }),
    /**
     * Pages of many areas' partners: for each area the first rows after its cursor (a lateral
     * join) and its total, in one statement per distinct (first, after, role).
     */
    partnerPageByArea: new DataLoader<AreaPageKey, { rows: Partner[]; totalCount: number }, string>(
      async (keys) => {
        const results = new Map<string, { rows: Partner[]; totalCount: number }>();
        const groups = new Map<string, AreaPageKey[]>();
        for (const key of keys) {
          const group = JSON.stringify([key.first, key.after, key.role]);
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const visible = visiblePartnersSql(caller);
        for (const group of groups.values()) {
          const { first, after, role } = group[0];
          const parameters = { ...visible.params, areaIds: validIds(group.map((key) => key.areaId)), role, afterName: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: first + 1 };
          const matching = `${visible.sql} AND (CAST(:role AS text) IS NULL OR :role = ANY(p.roles))`;
          // Each area's page after its cursor, through the (name_fi, id) order of the directory.
          const rows = await dataSource
            .getRepository(Partner)
            .createQueryBuilder('q')
            .addSelect(`(SELECT count(*) FROM partners.partners p WHERE p.area_id = q.area_id AND ${matching})::int`, 'total')
            .where(
              `q.id IN (SELECT page.id FROM unnest(CAST(:areaIds AS uuid[])) a(id) CROSS JOIN LATERAL (
                 SELECT p.id FROM partners.partners p WHERE p.area_id = a.id AND ${matching}
                   AND (CAST(:afterName AS text) IS NULL OR (p.name_fi, p.id) > (CAST(:afterName AS text), CAST(:afterId AS uuid)))
                 ORDER BY p.name_fi, p.id LIMIT :limit) page)`,
            )
            .setParameters(parameters)
            .orderBy('q.name_fi')
            .addOrderBy('q.id')
            .getRawAndEntities();
          // An area whose page is empty still needs its total: one more batched statement, only then.
          const emptyAreas = group.filter((key) => !rows.entities.some((row) => row.areaId === key.areaId)).map((key) => key.areaId);
          const totals = new Map<string, number>(rows.raw.map((row: { q_area_id: string; total: number }) => [row.q_area_id, Number(row.total)]));
          if (emptyAreas.length) {
            const counted: Array<{ area_id: string; total: number }> = await dataSource
              .createQueryBuilder()
              .select('p.area_id', 'area_id')
              .addSelect('count(*)::int', 'total')
              .from(Partner, 'p')
              .where(`p.area_id = ANY(CAST(:emptyAreas AS uuid[])) AND ${matching}`)
              .setParameters({ ...parameters, emptyAreas: validIds(emptyAreas) })
              .groupBy('p.area_id')
              .getRawMany();
            for (const row of counted) totals.set(row.area_id, Number(row.total));
          }
          for (const key of group) {
            results.set(JSON.stringify(key), { rows: rows.entities.filter((row) => row.areaId === key.areaId), totalCount: totals.get(key.areaId) ?? 0 });
          }
        }
        return keys.map((key) => results.get(JSON.stringify(key)) ?? { rows: [], totalCount: 0 });
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;
