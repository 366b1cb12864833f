import type { EntityManager } from 'typeorm';
import { BadInputError } from '@kaiku/subgraph-kit';
import type { StatisticsTotals } from './entities/statistics-types';

export interface Period {
  from: string;
  to: string;
}

export function checkPeriod(period: Period): void {
  if (period.from > period.to) throw new BadInputError('from', `must not be after "to" (${period.to})`);
}

export const EMPTY_TOTALS: StatisticsTotals = Object.freeze({
  cardsIssued: 0,
  activeCards: 0,
  cardsUsed: 0,
  uses: 0,
  adultTickets: 0,
  childTickets: 0,
  coursePlaces: 0,
});

/**
 * Totals per home area for a period, in two statements whatever the number of areas.
 * `areaIds` null means every area.
 */
export async function totalsByArea(db: EntityManager, period: Period, areaIds: string[] | null): Promise<Map<string, StatisticsTotals>> {
  const params = [period.from, period.to, areaIds];
  const areaFilter = 'AND ($3::uuid[] IS NULL OR home_area_id = ANY($3::uuid[]))';
  const [cardRows, useRows] = await Promise.all([
    db.query(
      `SELECT home_area_id,
              count(*) FILTER (WHERE issued_on BETWEEN $1 AND $2 AND NOT is_replacement)::int AS cards_issued,
              count(*) FILTER (WHERE issued_on <= $2 AND valid_until >= $2 AND state = 'ACTIVE')::int AS active_cards
         FROM statistics.card_facts WHERE issued_on <= $2 ${areaFilter} GROUP BY home_area_id`,
      params,
    ),
    db.query(
      `SELECT home_area_id, count(DISTINCT holder_key)::int AS cards_used, count(*)::int AS uses,
              sum(adult_tickets)::int AS adult_tickets, sum(child_tickets)::int AS child_tickets,
              sum(course_places)::int AS course_places
         FROM statistics.use_facts WHERE used_on BETWEEN $1 AND $2 ${areaFilter} GROUP BY home_area_id`,
      params,
    ),
  ]);
  const totals = new Map<string, StatisticsTotals>();
  const entry = (areaId: string) => {
    if (!totals.has(areaId)) totals.set(areaId, { ...EMPTY_TOTALS });
    return totals.get(areaId)!;
  };
  for (const row of cardRows) Object.assign(entry(row.home_area_id), { cardsIssued: row.cards_issued, activeCards: row.active_cards });
  for (const row of useRows) {
    Object.assign(entry(row.home_area_id), {
      cardsUsed: row.cards_used,
      uses: row.uses,
      adultTickets: row.adult_tickets,
      childTickets: row.child_tickets,
      coursePlaces: row.course_places,
    });
  }
  return totals;
}

export function sumTotals(all: Iterable<StatisticsTotals>): StatisticsTotals {
  const sum = { ...EMPTY_TOTALS };
  for (const totals of all) {
    for (const key of Object.keys(sum) as (keyof StatisticsTotals)[]) sum[key] += totals[key];
  }
  return sum;
}
