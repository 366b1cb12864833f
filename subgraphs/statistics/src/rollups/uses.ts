import type { EntityManager } from 'typeorm';

const GRAINS = ['day', 'month'] as const;
const bucket = (grain: (typeof GRAINS)[number]) => (grain === 'day' ? 'used_on' : "date_trunc('month', used_on)::date");

/**
 * Inserts new use facts and adds them to every rollup and holder count, set-wise, in ONE
 * statement per batch whatever its size: the facts' insert is a data-modifying CTE whose
 * RETURNING rows (only the uses not seen before: a replay adds nothing) feed each rollup's
 * upsert and the holder periods. The CTEs write distinct tables, so they need not see each
 * other's changes, only the inserted rows.
 */
export async function applyUses(manager: EntityManager, payloads: Array<Record<string, unknown>>): Promise<void> {
  const rollups = rollupSql('inserted', 1).map((sql, i) => `rollup_${i} AS (${sql})`);
  const holders = newHoldersSql('inserted');
  await manager.query(
    `WITH inserted AS (
       INSERT INTO statistics.use_facts (use_id, card_key, holder_key, home_area_id, venue_partner_id, venue_area_id, venue_sector,
         issued_by_partner_id, category, adult_tickets, child_tickets, course_places, used_on)
       SELECT "useId", "cardKey", "holderKey", "homeAreaId", "venuePartnerId", "venueAreaId", coalesce("venueSector", 'UNKNOWN'),
         "issuedByPartnerId", category, "adultTickets", "childTickets", "coursePlaces", "usedOn"
         FROM jsonb_to_recordset($1::jsonb) AS e("useId" uuid, "cardKey" text, "holderKey" text, "homeAreaId" uuid, "venuePartnerId" uuid,
           "venueAreaId" uuid, "venueSector" text, "issuedByPartnerId" uuid, category text, "adultTickets" int, "childTickets" int,
           "coursePlaces" int, "usedOn" date)
       ON CONFLICT DO NOTHING RETURNING *
     ), ${rollups.join(',\n')}, ${holders.ctes}
     ${holders.final}`,
    [JSON.stringify(payloads)],
  );
}

/** The rollups of uses: each table is one breakdown, at a daily and a monthly grain. */
const ROLLUPS: Array<{ table: string; keys: string[] }> = [
  { table: 'area_uses', keys: ['home_area_id', 'category'] },
  { table: 'cross_area_uses', keys: ['home_area_id', 'venue_area_id'] },
  { table: 'sector_uses', keys: ['venue_sector'] },
  { table: 'partner_uses', keys: ['venue_partner_id', 'category'] },
];

/** One upsert per rollup table and grain that adds (sign 1) or removes (sign -1) the uses in `source`. */
function rollupSql(source: string, sign: 1 | -1): string[] {
  const sums = `${sign} * count(*), ${sign} * sum(adult_tickets), ${sign} * sum(child_tickets), ${sign} * sum(course_places)`;
  const merge = `uses = t.uses + EXCLUDED.uses, adult_tickets = t.adult_tickets + EXCLUDED.adult_tickets,
    child_tickets = t.child_tickets + EXCLUDED.child_tickets, course_places = t.course_places + EXCLUDED.course_places`;
  return GRAINS.flatMap((grain) =>
    ROLLUPS.map(({ table, keys }) => {
      const columns = keys.join(', ');
      const conflict = table === 'partner_uses' ? `venue_partner_id, ${grain}, category` : `${grain}, ${columns}`;
      return `INSERT INTO statistics.${table}_by_${grain} AS t (${grain}, ${columns}, uses, adult_tickets, child_tickets, course_places)
         SELECT ${bucket(grain)}, ${columns}, ${sums} FROM ${source} GROUP BY 1, ${columns}
         ON CONFLICT (${conflict}) DO UPDATE SET ${merge}`;
    }),
  );
}

/** Adds (sign 1) or removes (sign -1) the uses in `source` (a table) to every rollup. */
export async function addToRollups(manager: EntityManager, source: string, sign: 1 | -1): Promise<void> {
  for (const sql of rollupSql(source, sign)) await manager.query(sql);
}

/**
 * A holder counts once per month and per year: the first use in the period adds one. As CTEs
 * over `source` and the statement that ends them, so the caller can put them in its own WITH.
 */
function newHoldersSql(source: string): { ctes: string; final: string } {
  return {
    ctes: `periods AS (
       SELECT DISTINCT ON (kind, start, holder_key) kind, start, holder_key, home_area_id FROM (
         SELECT 'M' AS kind, date_trunc('month', used_on)::date AS start, holder_key, home_area_id, used_on FROM ${source}
         UNION ALL
         SELECT 'Y', date_trunc('year', used_on)::date, holder_key, home_area_id, used_on FROM ${source}
       ) p ORDER BY kind, start, holder_key, used_on
     ), fresh AS (
       INSERT INTO statistics.holder_periods (period_kind, period_start, holder_key, home_area_id)
       SELECT kind, start, holder_key, home_area_id FROM periods ON CONFLICT DO NOTHING
       RETURNING period_kind, period_start, home_area_id
     )`,
    final: `INSERT INTO statistics.holders_used AS t (period_kind, period_start, home_area_id, holders)
     SELECT period_kind, period_start, home_area_id, count(*) FROM fresh GROUP BY 1, 2, 3
     ON CONFLICT (period_kind, period_start, home_area_id) DO UPDATE SET holders = t.holders + EXCLUDED.holders`,
  };
}

/** Counts the holders of the uses in `source` (a table) into their months and years. */
export async function countNewHolders(manager: EntityManager, source: string): Promise<void> {
  const { ctes, final } = newHoldersSql(source);
  await manager.query(`WITH ${ctes} ${final}`);
}

/** A cancelled use leaves the facts and every rollup; its holder leaves a period it no longer used the card in. */
export async function cancelUse(manager: EntityManager, useId: unknown): Promise<void> {
  await manager.query('CREATE TEMP TABLE IF NOT EXISTS gone_uses (LIKE statistics.use_facts) ON COMMIT DELETE ROWS');
  await manager.query('WITH gone AS (DELETE FROM statistics.use_facts WHERE use_id = $1 RETURNING *) INSERT INTO gone_uses SELECT * FROM gone', [useId]);
  await addToRollups(manager, 'gone_uses', -1);
  await manager.query(
    `WITH emptied AS (
       DELETE FROM statistics.holder_periods h USING gone_uses g
        WHERE h.holder_key = g.holder_key
          AND ((h.period_kind = 'M' AND h.period_start = date_trunc('month', g.used_on)::date)
            OR (h.period_kind = 'Y' AND h.period_start = date_trunc('year', g.used_on)::date))
          AND NOT EXISTS (SELECT 1 FROM statistics.use_facts u WHERE u.holder_key = h.holder_key
                AND u.used_on >= h.period_start AND u.used_on < h.period_start + (CASE h.period_kind WHEN 'M' THEN interval '1 month' ELSE interval '1 year' END))
       RETURNING h.period_kind, h.period_start, h.home_area_id
     )
     UPDATE statistics.holders_used t SET holders = t.holders - e.n
       FROM (SELECT period_kind, period_start, home_area_id, count(*) AS n FROM emptied GROUP BY 1, 2, 3) e
      WHERE t.period_kind = e.period_kind AND t.period_start = e.period_start AND t.home_area_id = e.home_area_id`,
  );
  await manager.query('DELETE FROM gone_uses');
}
