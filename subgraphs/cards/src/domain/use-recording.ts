import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { notifyFollowers } from '@kaiku/events';
import { BadInputError, ConflictError, NotFoundError, addDays, isIsoDate, isUuid, newId, todayInFinland } from '@kaiku/subgraph-kit';
import { Card, CardKind } from '../entities/card';
import { CardUse, UseCategory } from '../entities/card-use';
import type { OfferFact } from '../entities/facts';
import { logCardAccess, type AccessEntry } from './access-log';
import { parseCardNumber } from './card-lookup';
import { DEFAULT_RULES } from './card-rules';
import { cardUseRecorded } from './events';
import { capOn } from './offer-cap';
import { readExistingUse, readUseFacts, writeUse, type UseFacts } from './use-statements';
import { invalidReason } from './validity';

export interface UseRequest {
  cardNumber: string;
  partnerId: string;
  offerId?: string | null;
  category: UseCategory;
  adultTickets: number;
  childTickets?: number | null;
  assistantTickets?: number | null;
  coursePlaces?: number | null;
  usedOn?: string | null;
  idempotencyKey: string;
}

/**
 * Records one use with Stripe's idempotency semantics: the same key with the same request
 * returns the first result and records nothing; with another request, CONFLICT. The caller has
 * checked that it may act for `request.partnerId`; `access` is its access-log row, written with
 * the use (and on a replay too when `logReplay`).
 *
 * Two statements on the way of a new use without a capped offer: one read of every fact the
 * checks need (use-statements.ts), then one write of the use, its event and its log row. The
 * use row goes in with ON CONFLICT DO NOTHING, so a concurrent twin waits on the unique index,
 * inserts nothing and then finds the first one.
 */
export async function recordUse(
  dataSource: DataSource,
  request: UseRequest,
  access: AccessEntry,
  logReplay: boolean,
): Promise<{ use: CardUse; replayed: boolean }> {
  const today = todayInFinland();
  let number: string | null = null;
  let numberProblem: unknown = null;
  try {
    number = parseCardNumber(request.cardNumber, 'cardNumber');
  } catch (error) {
    numberProblem = error;
  }
  const fingerprint = fingerprintOf(request, number, today);
  const facts = await readUseFacts(dataSource, {
    partnerId: isUuid(request.partnerId) ? request.partnerId : null,
    number,
    idempotencyKey: request.idempotencyKey,
    offerId: request.offerId && isUuid(request.offerId) ? request.offerId : null,
  });
  // The key decides before any rule: a retry gets the first result even if the card changed since.
  if (facts.existing) return replay(dataSource, facts.existing, fingerprint, access, logReplay);
  if (numberProblem) throw numberProblem;

  const { use, card, venue } = checkedUse(request, facts, today);
  use.requestFingerprint = fingerprint;
  const event = cardUseRecorded(use, card, venue.sector);
  const cap = facts.offer ? capOn(facts.offer, use.usedOn) : null;
  const created =
    cap && cap.places !== null
      ? await dataSource.transaction(async (manager) => {
          if (!(await writeUse(manager, use, event, access, event.payload.cardKey))) return false;
          await takeOfferPlaces(manager, facts.offer!, cap, use);
          return true;
        })
      : await writeUse(dataSource, use, event, access, event.payload.cardKey);
  if (created) {
    notifyFollowers(dataSource, 'cards');
    return { use, replayed: false };
  }
  const first = await readExistingUse(dataSource, use.partnerId, use.idempotencyKey);
  if (!first) throw new Error('a use with this key was there and is gone');
  return replay(dataSource, first, fingerprint, access, logReplay);
}

async function replay(dataSource: DataSource, first: CardUse, fingerprint: string, access: AccessEntry, logReplay: boolean): Promise<{ use: CardUse; replayed: true }> {
  if (first.requestFingerprint !== fingerprint) {
    throw new ConflictError('idempotencyKey: this key was already used for a different use; send a new key for a new use', 'idempotencyKey');
  }
  if (logReplay) await logCardAccess(dataSource, access, access.action, first.cardId);
  return { use: first, replayed: true };
}

/** Every rule of a use, in the order the messages have always come; the use to store when all pass. */
function checkedUse(request: UseRequest, facts: UseFacts, today: string) {
  const usedOn = request.usedOn ?? today;
  if (!isIsoDate(usedOn)) throw new BadInputError('usedOn', 'must be a date YYYY-MM-DD');
  const counts = {
    adultTickets: request.adultTickets,
    childTickets: request.childTickets ?? 0,
    assistantTickets: request.assistantTickets ?? 0,
    coursePlaces: request.coursePlaces ?? 0,
  };

  const venue = facts.venue;
  if (!venue) throw new NotFoundError('Partner', 'partnerId');
  if (!venue.roles.includes('CULTURE_PARTNER')) throw new BadInputError('partnerId', 'only culture partners take card uses');
  if (!venue.active) throw new ConflictError('partnerId: the partner is not active', 'partnerId');
  if (!venue.principlesVersion) throw new ConflictError('partnerId: the partner has not accepted the national operating principles', 'partnerId');

  const backdateDays = facts.backdateDays ?? DEFAULT_RULES.backdateDays;
  if (usedOn > today) throw new BadInputError('usedOn', 'cannot be in the future');
  if (usedOn < addDays(today, -backdateDays)) throw new BadInputError('usedOn', `can be back-dated at most ${backdateDays} days`);

  const card = facts.card;
  if (!card) throw new NotFoundError('Card', 'cardNumber');
  const reason = invalidReason(card as Card, facts.homeArea, venue.areaId, usedOn);
  if (reason) throw new ConflictError(`cardNumber: the card cannot be used (${reason})`, 'cardNumber');

  checkCounts(card, request.category, counts);

  const offer = request.offerId ? checkedOffer(facts.offer, request, usedOn, counts) : null;

  const use = Object.assign(new CardUse(), {
    id: newId(),
    cardId: card.id,
    partnerId: venue.partnerId,
    offerId: offer?.offerId ?? null,
    homeAreaId: card.homeAreaId,
    venueAreaId: venue.areaId,
    category: request.category,
    ...counts,
    usedOn,
    idempotencyKey: request.idempotencyKey,
    cancelledAt: null,
  });
  return { use, card: card as Card, venue };
}

function checkCounts(card: Pick<Card, 'kind' | 'groupSizeLimit' | 'children'>, category: UseCategory, counts: { adultTickets: number; childTickets: number; coursePlaces: number }): void {
  const { adultTickets, childTickets, coursePlaces } = counts;
  if (adultTickets + childTickets + coursePlaces === 0) throw new BadInputError('adultTickets', 'a use needs at least one ticket or course place');
  if (coursePlaces > 0 && category !== UseCategory.EDUCATION) throw new BadInputError('coursePlaces', 'course places are for EDUCATION uses only');
  if (category === UseCategory.EDUCATION && childTickets > 0) throw new BadInputError('childTickets', 'children do not come along free to courses');
  if (card.kind === CardKind.COMMUNITY) {
    const group = adultTickets + childTickets + coursePlaces;
    if (group > (card.groupSizeLimit ?? 0)) throw new BadInputError('childTickets', `the community card allows a group of at most ${card.groupSizeLimit}`);
    return;
  }
  if (adultTickets > 1) throw new BadInputError('adultTickets', 'a personal card gives one adult ticket (record an assistant as assistantTickets)');
  if (coursePlaces > 1) throw new BadInputError('coursePlaces', 'a personal card gives one course place');
  if (childTickets > card.children) throw new BadInputError('childTickets', `the card allows at most ${card.children} children`);
}

function checkedOffer(
  offer: OfferFact | null,
  request: UseRequest,
  usedOn: string,
  counts: { coursePlaces: number; childTickets: number },
): OfferFact {
  if (!offer || offer.partnerId !== request.partnerId) throw new NotFoundError('Offer of this partner', 'offerId');
  if (!offer.active || (offer.validFrom && usedOn < offer.validFrom) || (offer.validUntil && usedOn > offer.validUntil)) {
    throw new ConflictError(`offerId: the offer is not valid on ${usedOn}`, 'offerId');
  }
  if (counts.coursePlaces > 0 && offer.kind !== 'COURSE_PLACE') throw new BadInputError('coursePlaces', 'this offer is not a course');
  if (offer.kind === 'COURSE_PLACE' && counts.childTickets > 0) throw new BadInputError('childTickets', 'children do not come along free to courses');
  return offer;
}

/**
 * One conditional UPDATE per use on the offer's counter row for the bucket: the row lock
 * serialises concurrent uses, so a cap holds exactly. A counter row starts from the places
 * already recorded in its bucket (a cap added or changed later counts the uses before it),
 * which is also what the free places shown count.
 */
async function takeOfferPlaces(manager: EntityManager, offer: OfferFact, cap: ReturnType<typeof capOn>, use: CardUse): Promise<void> {
  const places = use.adultTickets + use.childTickets + use.coursePlaces;
  await manager.query(
    `INSERT INTO cards.offer_usage (offer_id, bucket, used)
     SELECT $1, $2, coalesce(sum(adult_tickets + child_tickets + course_places), 0)::int FROM cards.card_uses
      WHERE offer_id = $1 AND used_on BETWEEN $3 AND $4 AND cancelled_at IS NULL AND id <> $5
     ON CONFLICT DO NOTHING`,
    [offer.offerId, cap.key, cap.from, cap.until, use.id],
  );
  const taken = await manager.query(
    'UPDATE cards.offer_usage SET used = used + $3 WHERE offer_id = $1 AND bucket = $2 AND used + $3 <= $4 RETURNING used',
    [offer.offerId, cap.key, places, cap.places],
  );
  if (taken[1] === 0 || (Array.isArray(taken[0]) && taken[0].length === 0)) {
    const period = cap.bucket === 'DAY' ? `on ${use.usedOn}` : 'for this offer';
    throw new ConflictError(`offerId: the ${cap.places} free places ${period} are taken`, 'offerId');
  }
}

/** What makes two requests "the same" for idempotency: every field but the key, normalised. */
function fingerprintOf(request: UseRequest, number: string | null, today: string): string {
  const canonical = [
    number ?? request.cardNumber,
    request.partnerId,
    request.offerId ?? '',
    request.category,
    request.adultTickets,
    request.childTickets ?? 0,
    request.assistantTickets ?? 0,
    request.coursePlaces ?? 0,
    request.usedOn ?? today,
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}
