import type { DataSource } from 'typeorm';
import { addDays, todayInFinland } from '@kaiku/subgraph-kit';
import { parseCardNumber } from './card-lookup';

/** What a holder may read about their own card, and nothing more. */
export interface HolderCardRow {
  id: string;
  validUntil: string;
  children: number;
  homeAreaId: string;
  issuedByPartnerId: string;
  usesThisYear: number;
}

/** Days before the end of validity from which the holder page reminds to renew. */
export const RENEWAL_REMINDER_DAYS = 30;
/** A number that can never be a card's (not of the card alphabet): the lookup still runs. */
const NO_NUMBER = '-';

/**
 * The number typed or scanned, or null when it cannot be a card's. Null and an unknown number
 * take the same path afterwards: the holder gets one answer for both.
 */
export function holderNumber(typed: string): string | null {
  try {
    return parseCardNumber(typed, 'number');
  } catch {
    return null;
  }
}

/**
 * The card in use with this number (stored state ACTIVE, expired or not) and its holder's
 * uses this year across replacement cards, in one statement; the same statement runs for a
 * number that matches nothing.
 */
export async function findHolderCard(dataSource: DataSource, number: string | null, today = todayInFinland()): Promise<HolderCardRow | null> {
  const year = today.slice(0, 4);
  const rows: HolderCardRow[] = await dataSource.query(
    `SELECT c.id, to_char(c.valid_until, 'YYYY-MM-DD') AS "validUntil", c.children, c.home_area_id AS "homeAreaId",
            c.issued_by_partner_id AS "issuedByPartnerId",
            (SELECT count(*) FROM cards.card_uses u JOIN cards.cards h ON h.id = u.card_id
              WHERE h.holder_id = c.holder_id AND u.cancelled_at IS NULL AND u.used_on BETWEEN $2::date AND $3::date)::int AS "usesThisYear"
       FROM cards.cards c
      WHERE c.number = $1 AND c.state = 'ACTIVE'`,
    [number ?? NO_NUMBER, `${year}-01-01`, `${year}-12-31`],
  );
  return rows[0] ?? null;
}

/** Whole days from today to the last valid day; negative once the card has expired. */
export function daysLeft(validUntil: string, today = todayInFinland()): number {
  return Math.round((Date.parse(`${validUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function renewalDue(validUntil: string, today = todayInFinland()): boolean {
  return validUntil <= addDays(today, RENEWAL_REMINDER_DAYS);
}
