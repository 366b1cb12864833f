import { DataSource, type EntityManager } from 'typeorm';
import type { PublishedEvent } from '@kaiku/events';
import { CardUse, type UseCategory } from '../entities/card-use';
import type { Card } from '../entities/card';
import type { AreaFact, OfferFact, PartnerFact } from '../entities/facts';
import type { AccessEntry } from './access-log';
import { queryPrepared } from './prepared';

/**
 * The SQL of recording a use, as few statements as the rules allow: one read that gathers
 * every fact the checks need, one write that stores the use, its event and its access-log row.
 * Prepared (prepared.ts) on the data source's pool; inside a transaction (a capped offer's)
 * through its manager. The statement counter sees each either way.
 */
type Db = DataSource | EntityManager;

function run(db: Db, name: string, text: string, values: unknown[]): Promise<any[]> {
  return db instanceof DataSource ? queryPrepared(db, name, text, values) : db.query(text, values);
}

const USE_COLUMNS = `u.id AS "useId", u.card_id AS "useCardId", u.partner_id AS "usePartnerId", u.offer_id AS "useOfferId",
  u.home_area_id AS "useHomeAreaId", u.venue_area_id AS "useVenueAreaId", u.category AS "useCategory",
  u.adult_tickets AS "useAdultTickets", u.child_tickets AS "useChildTickets", u.assistant_tickets AS "useAssistantTickets",
  u.course_places AS "useCoursePlaces", u.used_on::text AS "useUsedOn", u.idempotency_key AS "useIdempotencyKey",
  u.request_fingerprint AS "useFingerprint", u.cancelled_at AS "useCancelledAt", u.created_at AS "useCreatedAt"`;

/**
 * Every lookup joins on a unique key (partner, the area's rules, card number, home area, the
 * partner's idempotency key, offer), so the answer is exactly one row; a missing fact is nulls.
 */
const USE_FACTS_SQL = `SELECT
  p.partner_id AS "partnerId", p.area_id AS "venueAreaId", p.roles AS "venueRoles", p.active AS "venueActive",
  p.principles_version AS "venuePrinciples", p.sector AS "venueSector",
  r.backdate_days AS "backdateDays",
  c.id AS "cardId", c.kind AS "cardKind", c.holder_id AS "holderId", c.home_area_id AS "homeAreaId",
  c.issued_by_partner_id AS "issuedByPartnerId", c.valid_from::text AS "validFrom", c.valid_until::text AS "validUntil",
  c.state AS "cardState", c.children AS "children", c.group_size_limit AS "groupSizeLimit",
  h.status AS "homeStatus", h.local_only AS "homeLocalOnly",
  ${USE_COLUMNS},
  o.offer_id AS "offerId", o.partner_id AS "offerPartnerId", o.kind AS "offerKind", o.valid_from::text AS "offerValidFrom",
  o.valid_until::text AS "offerValidUntil", o.cap_amount AS "offerCapAmount", o.cap_bucket AS "offerCapBucket",
  o.cap AS "offerCap", o.seats_by_day AS "offerSeatsByDay", o.active AS "offerActive"
FROM (VALUES (1)) AS one (x)
LEFT JOIN cards.partner_facts p ON p.partner_id = $1::uuid
LEFT JOIN cards.area_card_rules r ON r.area_id = p.area_id
LEFT JOIN cards.cards c ON c.number = $2::text
LEFT JOIN cards.area_facts h ON h.area_id = c.home_area_id
LEFT JOIN cards.card_uses u ON u.partner_id = $1::uuid AND u.idempotency_key = $3::text
LEFT JOIN cards.offer_facts o ON o.offer_id = $4::uuid`;

export interface UseFacts {
  venue: Pick<PartnerFact, 'partnerId' | 'areaId' | 'roles' | 'active' | 'principlesVersion' | 'sector'> | null;
  /** The area's own back-dating window, null for the national default. */
  backdateDays: number | null;
  card: Pick<Card, 'id' | 'kind' | 'holderId' | 'homeAreaId' | 'issuedByPartnerId' | 'validFrom' | 'validUntil' | 'state' | 'children' | 'groupSizeLimit'> | null;
  homeArea: Pick<AreaFact, 'status' | 'localOnly'> | null;
  /** The use this partner already recorded with the idempotency key. */
  existing: CardUse | null;
  offer: OfferFact | null;
}

export async function readUseFacts(
  db: Db,
  keys: { partnerId: string | null; number: string | null; idempotencyKey: string; offerId: string | null },
): Promise<UseFacts> {
  const [row] = await run(db, 'cards_use_facts', USE_FACTS_SQL, [keys.partnerId, keys.number, keys.idempotencyKey, keys.offerId]);
  return {
    venue: row.partnerId
      ? { partnerId: row.partnerId, areaId: row.venueAreaId, roles: row.venueRoles, active: row.venueActive, principlesVersion: row.venuePrinciples, sector: row.venueSector }
      : null,
    backdateDays: row.backdateDays,
    card: row.cardId
      ? {
          id: row.cardId,
          kind: row.cardKind,
          holderId: row.holderId,
          homeAreaId: row.homeAreaId,
          issuedByPartnerId: row.issuedByPartnerId,
          validFrom: row.validFrom,
          validUntil: row.validUntil,
          state: row.cardState,
          children: row.children,
          groupSizeLimit: row.groupSizeLimit,
        }
      : null,
    homeArea: row.homeStatus !== null ? { status: row.homeStatus, localOnly: row.homeLocalOnly } : null,
    existing: useFromRow(row),
    offer: row.offerId
      ? {
          offerId: row.offerId,
          partnerId: row.offerPartnerId,
          kind: row.offerKind,
          category: null, // not read: no check looks at it
          validFrom: row.offerValidFrom,
          validUntil: row.offerValidUntil,
          capAmount: row.offerCapAmount,
          capBucket: row.offerCapBucket,
          cap: row.offerCap,
          seatsByDay: row.offerSeatsByDay ?? {},
          active: row.offerActive,
        }
      : null,
  };
}

const EXISTING_USE_SQL = `SELECT ${USE_COLUMNS} FROM cards.card_uses u WHERE u.partner_id = $1::uuid AND u.idempotency_key = $2::text`;

/** The use recorded first with the key (after a concurrent twin's insert won). */
export async function readExistingUse(db: Db, partnerId: string, idempotencyKey: string): Promise<CardUse | null> {
  const [row] = await run(db, 'cards_existing_use', EXISTING_USE_SQL, [partnerId, idempotencyKey]);
  return row ? useFromRow(row) : null;
}

function useFromRow(row: Record<string, any>): CardUse | null {
  if (!row.useId) return null;
  return Object.assign(new CardUse(), {
    id: row.useId,
    cardId: row.useCardId,
    partnerId: row.usePartnerId,
    offerId: row.useOfferId,
    homeAreaId: row.useHomeAreaId,
    venueAreaId: row.useVenueAreaId,
    category: row.useCategory as UseCategory,
    adultTickets: row.useAdultTickets,
    childTickets: row.useChildTickets,
    assistantTickets: row.useAssistantTickets,
    coursePlaces: row.useCoursePlaces,
    usedOn: row.useUsedOn,
    idempotencyKey: row.useIdempotencyKey,
    requestFingerprint: row.useFingerprint,
    cancelledAt: row.useCancelledAt,
    createdAt: row.useCreatedAt,
  });
}

/**
 * The use, its event and its access-log row in one statement, atomic without BEGIN/COMMIT.
 * The use goes first with ON CONFLICT DO NOTHING: a concurrent twin with the same key waits on
 * the unique index, then inserts nothing, and the event and the log row come only from the
 * RETURNING row, so they exist exactly when the use does.
 */
const WRITE_USE_SQL = `WITH inserted AS (
  INSERT INTO cards.card_uses (id, card_id, partner_id, offer_id, home_area_id, venue_area_id, category, adult_tickets,
    child_tickets, assistant_tickets, course_places, used_on, idempotency_key, request_fingerprint)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
  ON CONFLICT DO NOTHING
  RETURNING created_at
), event AS (
  INSERT INTO cards.event_log (type, payload) SELECT $15, $16::jsonb FROM inserted
), logged AS (
  INSERT INTO cards.access_log (subject, roles, action, card_key, request_id) SELECT $17, $18, $19, $20, $21 FROM inserted
)
SELECT created_at AS "createdAt" FROM inserted`;

/**
 * Stores the use; false when another request with the key stored one first. `cardKey` is the
 * card's pseudonym for the log row (the event's, so it is hashed once).
 */
export async function writeUse(db: Db, use: CardUse, event: PublishedEvent, access: AccessEntry, cardKey: string): Promise<boolean> {
  const rows: Array<{ createdAt: Date }> = await run(db, 'cards_write_use', WRITE_USE_SQL, [
    use.id,
    use.cardId,
    use.partnerId,
    use.offerId,
    use.homeAreaId,
    use.venueAreaId,
    use.category,
    use.adultTickets,
    use.childTickets,
    use.assistantTickets,
    use.coursePlaces,
    use.usedOn,
    use.idempotencyKey,
    use.requestFingerprint,
    event.type,
    JSON.stringify(event.payload),
    access.subject,
    access.roles,
    access.action,
    cardKey,
    access.requestId,
  ]);
  if (rows.length === 0) return false;
  use.createdAt = rows[0].createdAt;
  return true;
}
