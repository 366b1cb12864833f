import type { DataSource } from 'typeorm';
import type { PublishedEvent } from '@kaiku/events';
import type { Card } from '../entities/card';
import type { AccessEntry } from './access-log';
import { queryPrepared } from './prepared';

/**
 * The SQL of issuing a card: one read of the unit, its area and the area's rules; one write of
 * the card, its events, the wellbeing answer and the access-log row. Both prepared
 * (prepared.ts); the statement counter sees each.
 */
const UNIT_SQL = `SELECT p.area_id AS "areaId", p.roles, p.active, a.status AS "areaStatus", r.validity_months AS "validityMonths"
  FROM cards.partner_facts p
  LEFT JOIN cards.area_facts a ON a.area_id = p.area_id
  LEFT JOIN cards.area_card_rules r ON r.area_id = p.area_id
 WHERE p.partner_id = $1::uuid`;

export interface UnitFacts {
  areaId: string;
  roles: string[];
  active: boolean;
  /** Null when cards has not learnt the area. */
  areaStatus: string | null;
  /** The area's own validity, null for the national default. */
  validityMonths: number | null;
}

export async function readUnitFacts(db: DataSource, partnerId: string): Promise<UnitFacts | null> {
  const [row] = await queryPrepared<UnitFacts>(db, 'cards_unit_facts', UNIT_SQL, [partnerId]);
  return row ?? null;
}

/**
 * The card first, with ON CONFLICT (number) DO NOTHING: the events, the answer and the log row
 * come only from its RETURNING row, so a clash of random numbers stores nothing and the caller
 * tries another number. One statement is atomic without BEGIN/COMMIT.
 */
const WRITE_CARD_SQL = `WITH card AS (
  INSERT INTO cards.cards (id, number, kind, holder_id, home_area_id, issued_by_partner_id, valid_from, valid_until, state,
    birth_year, postcode, children, life_situation, gender, group_size_limit)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
  ON CONFLICT (number) DO NOTHING
  RETURNING created_at
), events AS (
  INSERT INTO cards.event_log (type, payload)
  SELECT e.event->>'type', e.event->'payload' FROM card, jsonb_array_elements($16::jsonb) WITH ORDINALITY AS e(event, position) ORDER BY e.position
), answer AS (
  INSERT INTO cards.wellbeing_answers (holder_id, score, answered_on) SELECT $4, $17::smallint, $7 FROM card WHERE $17::smallint IS NOT NULL
  ON CONFLICT (holder_id) DO UPDATE SET score = EXCLUDED.score, answered_on = EXCLUDED.answered_on
), logged AS (
  INSERT INTO cards.access_log (subject, roles, action, card_key, request_id) SELECT $18, $19, $20, $21, $22 FROM card
)
SELECT created_at AS "createdAt" FROM card`;

/**
 * Stores a new card; false when its number was taken (nothing is stored then). `cardKey` is the
 * card's pseudonym for the log row (the CardIssued event's, so it is hashed once).
 */
export async function writeCard(db: DataSource, card: Card, events: PublishedEvent[], wellbeingScore: number | null, access: AccessEntry, cardKey: string): Promise<boolean> {
  const rows = await queryPrepared<{ createdAt: Date }>(db, 'cards_write_card', WRITE_CARD_SQL, [
    card.id,
    card.number,
    card.kind,
    card.holderId,
    card.homeAreaId,
    card.issuedByPartnerId,
    card.validFrom,
    card.validUntil,
    card.state,
    card.birthYear,
    card.postcode,
    card.children,
    card.lifeSituation,
    card.gender,
    card.groupSizeLimit,
    JSON.stringify(events),
    wellbeingScore,
    access.subject,
    access.roles,
    access.action,
    cardKey,
    access.requestId,
  ]);
  if (rows.length === 0) return false;
  card.createdAt = rows[0].createdAt;
  return true;
}
