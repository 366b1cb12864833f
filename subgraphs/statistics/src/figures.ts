import type { EntityManager } from 'typeorm';
import { calendarUnit, splitPeriod, type Period } from './period';

export { checkPeriod, type Period } from './period';

export interface UseCounts {
  uses: number;
  adultTickets: number;
  childTickets: number;
  coursePlaces: number;
}

export interface Totals extends UseCounts {
  cardsIssued: number;
  activeCards: number;
  cardsUsed: number;
}

export const EMPTY_USES: UseCounts = Object.freeze({ uses: 0, adultTickets: 0, childTickets: 0, coursePlaces: 0 });
export const EMPTY_TOTALS: Totals = Object.freeze({ ...EMPTY_USES, cardsIssued: 0, activeCards: 0, cardsUsed: 0 });

/** Every figure of a period for the whole network and per home area, from the rollups. */
export interface Figures {
  national: Totals;
  byArea: Map<string, Totals>;
  byCategory: Map<string, UseCounts>;
  byAreaCategory: Map<string, Map<string, UseCounts>>;
  byMonth: Map<string, UseCounts & { cardsIssued: number }>;
  byAreaMonth: Map<string, Map<string, UseCounts & { cardsIssued: number }>>;
  bySector: Map<string, UseCounts>;
}

export type CrossAreaCounts = Array<{ homeAreaId: string; venueAreaId: string } & UseCounts>;

const SUMS = 'sum(uses)::int AS uses, sum(adult_tickets)::int AS adult, sum(child_tickets)::int AS child, sum(course_places)::int AS course';
const counts = (row: { uses: number; adult: number; child: number; course: number }): UseCounts => ({
  uses: row.uses,
  adultTickets: row.adult,
  childTickets: row.child,
  coursePlaces: row.course,
});

/** Parameters of `rollup`: the period, and the whole months inside it. */
function rollupRange(period: Period): string[] {
  const { monthsFrom, monthsUntil } = splitPeriod(period);
  return [period.from, period.to, monthsFrom, monthsUntil];
}

/** Whole months from the monthly rollup, the days around them from the daily one. */
const rollup = (table: string, columns: string) => `
    SELECT month AS m, ${columns}, uses, adult_tickets, child_tickets, course_places FROM statistics.${table}_by_month WHERE month >= $3 AND month < $4
    UNION ALL
    SELECT date_trunc('month', day)::date, ${columns}, uses, adult_tickets, child_tickets, course_places FROM statistics.${table}_by_day
     WHERE (day >= $1 AND day < $3 AND day <= $2) OR (day >= $4 AND day <= $2)`;

/**
 * The cross-area table (home area x venue area) of a period: up to areas² rows, so it is read
 * only when a query asks for it.
 */
export async function crossAreaFor(db: EntityManager, period: Period): Promise<CrossAreaCounts> {
  const rows = await db.query(
    `SELECT home_area_id, venue_area_id, ${SUMS} FROM (${rollup('cross_area_uses', 'home_area_id, venue_area_id')}) u GROUP BY 1, 2`,
    rollupRange(period),
  );
  return rows.map((row: { home_area_id: string; venue_area_id: string; uses: number; adult: number; child: number; course: number }) => ({
    homeAreaId: row.home_area_id,
    venueAreaId: row.venue_area_id,
    ...counts(row),
  }));
}

/**
 * All figures but the cross-area table for a period in five statements: uses by area,
 * category and month at once (GROUPING SETS), sectors, cards issued, active cards at the end
 * date and distinct holders; each from a rollup, whole months from the monthly grain and the days
 * around them from the daily one.
 */
export async function figuresFor(db: EntityManager, period: Period): Promise<Figures> {
  const range = rollupRange(period);
  const [useRows, sectorRows, issuedRows, activeRows, holderRows] = await Promise.all([
    db.query(
      `SELECT GROUPING(home_area_id, category, m) AS g, home_area_id, category, to_char(m, 'YYYY-MM') AS month, ${SUMS}
         FROM (${rollup('area_uses', 'home_area_id, category')}) u
        GROUP BY GROUPING SETS ((), (home_area_id), (category), (m), (home_area_id, category), (home_area_id, m))`,
      range,
    ),
    db.query(`SELECT venue_sector, ${SUMS} FROM (${rollup('sector_uses', 'venue_sector')}) u GROUP BY 1`, range),
    // Cards issued: whole months from the monthly grain, the days around them from the daily one.
    db.query(
      `SELECT home_area_id, to_char(m, 'YYYY-MM') AS month, sum(cards)::int AS cards FROM (
         SELECT month AS m, home_area_id, cards FROM statistics.cards_issued_by_month WHERE month >= $3 AND month < $4
         UNION ALL
         SELECT date_trunc('month', day)::date, home_area_id, cards FROM statistics.cards_issued_by_day
          WHERE (day >= $1 AND day < $3 AND day <= $2) OR (day >= $4 AND day <= $2)) c
        GROUP BY home_area_id, m`,
      range,
    ),
    // Active cards at the end date: the running sum over the months before its month, then its month's days.
    db.query(
      `SELECT home_area_id, sum(delta)::int AS active FROM (
         SELECT home_area_id, delta FROM statistics.active_card_deltas_by_month WHERE month < date_trunc('month', $1::date)
         UNION ALL
         SELECT home_area_id, delta FROM statistics.active_card_deltas WHERE day >= date_trunc('month', $1::date) AND day <= $1) d
        GROUP BY home_area_id`,
      [period.to],
    ),
    holdersByArea(db, period),
  ]);

  const figures: Figures = {
    national: { ...EMPTY_TOTALS },
    byArea: new Map(),
    byCategory: new Map(),
    byAreaCategory: new Map(),
    byMonth: new Map(),
    byAreaMonth: new Map(),
    bySector: new Map(),
  };
  const area = (id: string) => {
    if (!figures.byArea.has(id)) figures.byArea.set(id, { ...EMPTY_TOTALS });
    return figures.byArea.get(id)!;
  };
  const nested = <T>(map: Map<string, Map<string, T>>, key: string) => {
    if (!map.has(key)) map.set(key, new Map());
    return map.get(key)!;
  };
  // GROUPING bits, in the order home area, category, month (1 = rolled up).
  for (const row of useRows) {
    const c = counts(row);
    switch (row.g) {
      case 0b111: Object.assign(figures.national, c); break;
      case 0b011: Object.assign(area(row.home_area_id), c); break;
      case 0b101: figures.byCategory.set(row.category, c); break;
      case 0b110: figures.byMonth.set(row.month, { ...c, cardsIssued: 0 }); break;
      case 0b001: nested(figures.byAreaCategory, row.home_area_id).set(row.category, c); break;
      case 0b010: nested(figures.byAreaMonth, row.home_area_id).set(row.month, { ...c, cardsIssued: 0 }); break;
    }
  }
  for (const row of sectorRows) figures.bySector.set(row.venue_sector, counts(row));
  for (const row of issuedRows) {
    area(row.home_area_id).cardsIssued += row.cards;
    figures.national.cardsIssued += row.cards;
    const month = figures.byMonth.get(row.month) ?? { ...EMPTY_USES, cardsIssued: 0 };
    month.cardsIssued += row.cards;
    figures.byMonth.set(row.month, month);
    const areaMonths = nested(figures.byAreaMonth, row.home_area_id);
    const areaMonth = areaMonths.get(row.month) ?? { ...EMPTY_USES, cardsIssued: 0 };
    areaMonth.cardsIssued += row.cards;
    areaMonths.set(row.month, areaMonth);
  }
  for (const row of activeRows) {
    if (row.active === 0 && !figures.byArea.has(row.home_area_id)) continue;
    area(row.home_area_id).activeCards = row.active;
    figures.national.activeCards += row.active;
  }
  for (const row of holderRows) {
    area(row.home_area_id).cardsUsed = row.holders;
    figures.national.cardsUsed += row.holders;
  }
  return figures;
}

/**
 * Cards used at least once, counting a holder once (a replacement card continues its holder).
 * Calendar years and months come from counters kept as uses arrive; other periods are counted
 * exactly from the facts.
 */
async function holdersByArea(db: EntityManager, period: Period): Promise<Array<{ home_area_id: string; holders: number }>> {
  const unit = calendarUnit(period);
  if (unit) {
    return db.query(
      'SELECT home_area_id, holders FROM statistics.holders_used WHERE period_kind = $1 AND period_start = $2 AND holders > 0',
      [unit.kind, unit.start],
    );
  }
  return db.query(
    `SELECT home_area_id, count(DISTINCT holder_key)::int AS holders FROM statistics.use_facts
      WHERE used_on BETWEEN $1 AND $2 GROUP BY home_area_id`,
    [period.from, period.to],
  );
}
