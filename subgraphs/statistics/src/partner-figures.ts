import type { EntityManager } from 'typeorm';
import { EMPTY_TOTALS, EMPTY_USES, type Totals, type UseCounts } from './figures';
import { splitPeriod, type Period } from './period';

export interface PartnerFigures {
  venueByCategory: Map<string, UseCounts>;
  venue: UseCounts;
  issuer: Totals;
}

export function emptyPartnerFigures(): PartnerFigures {
  return { venueByCategory: new Map(), venue: { ...EMPTY_USES }, issuer: { ...EMPTY_TOTALS } };
}

/** Venue and issuer figures for many partners of one period, in four statements. */
export async function partnerFiguresFor(db: EntityManager, period: Period, partnerIds: string[]): Promise<Map<string, PartnerFigures>> {
  const { monthsFrom, monthsUntil } = splitPeriod(period);
  const [venueRows, issuedRows, activeRows, issuerUseRows] = await Promise.all([
    db.query(
      `WITH u AS (
         SELECT venue_partner_id, category, uses, adult_tickets, child_tickets, course_places FROM statistics.partner_uses_by_month
          WHERE venue_partner_id = ANY($5::uuid[]) AND month >= $3 AND month < $4
         UNION ALL
         SELECT venue_partner_id, category, uses, adult_tickets, child_tickets, course_places FROM statistics.partner_uses_by_day
          WHERE venue_partner_id = ANY($5::uuid[]) AND ((day >= $1 AND day < $3 AND day <= $2) OR (day >= $4 AND day <= $2))
       )
       SELECT venue_partner_id, category, sum(uses)::int AS uses, sum(adult_tickets)::int AS adult, sum(child_tickets)::int AS child,
              sum(course_places)::int AS course FROM u GROUP BY venue_partner_id, category`,
      [period.from, period.to, monthsFrom, monthsUntil, partnerIds],
    ),
    db.query(
      `SELECT issued_by_partner_id, sum(cards)::int AS cards FROM statistics.cards_issued_by_day
        WHERE issued_by_partner_id = ANY($3::uuid[]) AND day BETWEEN $1 AND $2 GROUP BY issued_by_partner_id`,
      [period.from, period.to, partnerIds],
    ),
    db.query(
      `SELECT issued_by_partner_id, count(*)::int AS active FROM statistics.card_facts
        WHERE issued_by_partner_id = ANY($2::uuid[]) AND issued_on <= $1 AND valid_until >= $1 AND state = 'ACTIVE' GROUP BY issued_by_partner_id`,
      [period.to, partnerIds],
    ),
    db.query(
      `SELECT issued_by_partner_id, count(*)::int AS uses, count(DISTINCT holder_key)::int AS holders, sum(adult_tickets)::int AS adult,
              sum(child_tickets)::int AS child, sum(course_places)::int AS course
         FROM statistics.use_facts WHERE issued_by_partner_id = ANY($3::uuid[]) AND used_on BETWEEN $1 AND $2 GROUP BY issued_by_partner_id`,
      [period.from, period.to, partnerIds],
    ),
  ]);
  const result = new Map<string, PartnerFigures>(partnerIds.map((id) => [id, emptyPartnerFigures()]));
  for (const row of venueRows) {
    const figures = result.get(row.venue_partner_id)!;
    const counts = { uses: row.uses, adultTickets: row.adult, childTickets: row.child, coursePlaces: row.course };
    figures.venueByCategory.set(row.category, counts);
    for (const key of Object.keys(counts) as (keyof UseCounts)[]) figures.venue[key] += counts[key];
  }
  for (const row of issuedRows) result.get(row.issued_by_partner_id)!.issuer.cardsIssued = row.cards;
  for (const row of activeRows) result.get(row.issued_by_partner_id)!.issuer.activeCards = row.active;
  for (const row of issuerUseRows) {
    Object.assign(result.get(row.issued_by_partner_id)!.issuer, {
      uses: row.uses,
      cardsUsed: row.holders,
      adultTickets: row.adult,
      childTickets: row.child,
      coursePlaces: row.course,
    });
  }
  return result;
}
