import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { publishEvents } from '@kaiku/events';
import { BadInputError, ConflictError, NotFoundError, addDays, isIsoDate, isUuid, newId, todayInFinland } from '@kaiku/subgraph-kit';
import { Card, CardKind } from '../entities/card';
import { CardUse, UseCategory } from '../entities/card-use';
import { AreaFact, OfferFact, PartnerFact } from '../entities/facts';
import { parseCardNumber } from './card-lookup';
import { rulesForArea } from './card-rules';
import { cardUseRecorded } from './events';
import { capOn } from './offer-cap';
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

/** Thrown inside the transaction when another request with the key got there first. */
class KeyAlreadyUsed extends Error {}

/**
 * Records one use with Stripe's idempotency semantics: the same key with the same request
 * returns the first result and records nothing; with another request, CONFLICT. The use row
 * is inserted first, so a concurrent twin waits on the unique index and then finds it.
 * The caller has checked that it may act for `request.partnerId`.
 */
export async function recordUse(
  run: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>,
  request: UseRequest,
): Promise<{ use: CardUse; replayed: boolean }> {
  const fingerprint = fingerprintOf(request);
  const replay = async (manager: EntityManager) => {
    const first = await manager.findOne(CardUse, { where: { partnerId: request.partnerId, idempotencyKey: request.idempotencyKey } });
    if (!first) return null;
    if (first.requestFingerprint !== fingerprint) {
      throw new ConflictError('idempotencyKey: this key was already used for a different use; send a new key for a new use', 'idempotencyKey');
    }
    return { use: first, replayed: true };
  };
  try {
    return await run(async (manager) => (await replay(manager)) ?? { use: await recordNew(manager, request, fingerprint), replayed: false });
  } catch (error) {
    if (!(error instanceof KeyAlreadyUsed)) throw error;
    return (await run(replay))!;
  }
}

async function recordNew(manager: EntityManager, request: UseRequest, fingerprint: string): Promise<CardUse> {
  const number = parseCardNumber(request.cardNumber, 'cardNumber');
  const today = todayInFinland();
  const usedOn = request.usedOn ?? today;
  if (!isIsoDate(usedOn)) throw new BadInputError('usedOn', 'must be a date YYYY-MM-DD');
  const counts = {
    adultTickets: request.adultTickets,
    childTickets: request.childTickets ?? 0,
    assistantTickets: request.assistantTickets ?? 0,
    coursePlaces: request.coursePlaces ?? 0,
  };

  const venue = isUuid(request.partnerId) ? await manager.findOne(PartnerFact, { where: { partnerId: request.partnerId } }) : null;
  if (!venue) throw new NotFoundError('Partner', 'partnerId');
  if (!venue.roles.includes('CULTURE_PARTNER')) throw new BadInputError('partnerId', 'only culture partners take card uses');
  if (!venue.active) throw new ConflictError('partnerId: the partner is not active', 'partnerId');
  if (!venue.principlesVersion) throw new ConflictError('partnerId: the partner has not accepted the national operating principles', 'partnerId');

  const rules = await rulesForArea(manager, venue.areaId);
  if (usedOn > today) throw new BadInputError('usedOn', 'cannot be in the future');
  if (usedOn < addDays(today, -rules.backdateDays)) throw new BadInputError('usedOn', `can be back-dated at most ${rules.backdateDays} days`);

  const card = await manager.findOne(Card, { where: { number } });
  if (!card) throw new NotFoundError('Card', 'cardNumber');
  const homeArea = await manager.findOne(AreaFact, { where: { areaId: card.homeAreaId } });
  const reason = invalidReason(card, homeArea, venue.areaId, usedOn);
  if (reason) throw new ConflictError(`cardNumber: the card cannot be used (${reason})`, 'cardNumber');

  checkCounts(card, request.category, counts);

  const offer = request.offerId ? await checkedOffer(manager, request, usedOn, counts) : null;

  const use = manager.create(CardUse, {
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
    requestFingerprint: fingerprint,
    cancelledAt: null,
  });
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(CardUse)
    .values(use)
    .orIgnore()
    .returning(['id', 'createdAt'])
    .execute();
  if (inserted.raw.length === 0) throw new KeyAlreadyUsed();
  use.createdAt = inserted.raw[0].created_at;
  if (offer) await takeOfferPlaces(manager, offer, use.id, usedOn, counts.adultTickets + counts.childTickets + counts.coursePlaces);
  await publishEvents(manager, 'cards', [cardUseRecorded(use, card, venue.sector)]);
  return use;
}

function checkCounts(card: Card, category: UseCategory, counts: { adultTickets: number; childTickets: number; coursePlaces: number }): void {
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

async function checkedOffer(
  manager: EntityManager,
  request: UseRequest,
  usedOn: string,
  counts: { coursePlaces: number; childTickets: number },
): Promise<OfferFact> {
  const offer = isUuid(request.offerId) ? await manager.findOne(OfferFact, { where: { offerId: request.offerId } }) : null;
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
async function takeOfferPlaces(manager: EntityManager, offer: OfferFact, useId: string, usedOn: string, places: number): Promise<void> {
  const cap = capOn(offer, usedOn);
  if (cap.places === null) return;
  await manager.query(
    `INSERT INTO cards.offer_usage (offer_id, bucket, used)
     SELECT $1, $2, coalesce(sum(adult_tickets + child_tickets + course_places), 0)::int FROM cards.card_uses
      WHERE offer_id = $1 AND used_on BETWEEN $3 AND $4 AND cancelled_at IS NULL AND id <> $5
     ON CONFLICT DO NOTHING`,
    [offer.offerId, cap.key, cap.from, cap.until, useId],
  );
  const taken = await manager.query(
    'UPDATE cards.offer_usage SET used = used + $3 WHERE offer_id = $1 AND bucket = $2 AND used + $3 <= $4 RETURNING used',
    [offer.offerId, cap.key, places, cap.places],
  );
  if (taken[1] === 0 || (Array.isArray(taken[0]) && taken[0].length === 0)) {
    const period = cap.bucket === 'DAY' ? `on ${usedOn}` : 'for this offer';
    throw new ConflictError(`offerId: the ${cap.places} free places ${period} are taken`, 'offerId');
  }
}

/** What makes two requests "the same" for idempotency: every field but the key, normalised. */
function fingerprintOf(request: UseRequest): string {
  let number: string;
  try {
    number = parseCardNumber(request.cardNumber, 'cardNumber');
  } catch {
    number = request.cardNumber;
  }
  const canonical = [
    number,
    request.partnerId,
    request.offerId ?? '',
    request.category,
    request.adultTickets,
    request.childTickets ?? 0,
    request.assistantTickets ?? 0,
    request.coursePlaces ?? 0,
    request.usedOn ?? todayInFinland(),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}
