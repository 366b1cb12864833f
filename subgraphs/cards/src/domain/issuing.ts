import type { DataSource, EntityManager } from 'typeorm';
import { canActForPartner, hasRole, type Caller } from '@kaiku/identity';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, isUuid, newId, todayInFinland } from '@kaiku/subgraph-kit';
import { notifyFollowers, publishEvents } from '@kaiku/events';
import { Card, CardKind, type StoredCardState } from '../entities/card';
import type { PartnerFact } from '../entities/facts';
import { accessEntry } from './access-log';
import { generateCardNumber } from './card-number';
import { addMonths, DEFAULT_RULES, NETWORK_STATUSES, rulesForArea } from './card-rules';
import { cardEvent, cardIssued, wellbeingAnswered } from './events';
import { readUnitFacts, writeCard } from './issue-statements';

/**
 * A new card at an issuing unit, in two statements: one read of the unit, its area and the
 * area's rules, then one write of the card, its CardIssued event, the wellbeing answer and its
 * event when given, and the access-log row. The caller must be the unit's DISTRIBUTOR, and the
 * unit an active card distributor of an area in the network.
 */
export async function issueNewCard(
  dataSource: DataSource,
  context: { caller: Caller; requestId: string },
  distributorId: string,
  fields: Partial<Card>,
  wellbeingScore: number | null = null,
): Promise<Card> {
  if (!canActForPartner(context.caller, 'DISTRIBUTOR', distributorId)) throw new ForbiddenError('Only staff of the issuing unit can do this');
  const unit = isUuid(distributorId) ? await readUnitFacts(dataSource, distributorId) : null;
  if (!unit) throw new NotFoundError('Partner', 'distributorId');
  if (!unit.roles.includes('CARD_DISTRIBUTOR')) throw new BadInputError('distributorId', 'this partner is not a card distributor');
  if (!unit.active) throw new ConflictError('distributorId: this partner is not active', 'distributorId');
  if (!unit.areaStatus || !NETWORK_STATUSES.includes(unit.areaStatus)) {
    throw new ConflictError(`distributorId: the unit's area is not in the network (status ${unit.areaStatus ?? 'unknown'}); cards are issued only in TRIAL or ACTIVE areas`, 'distributorId');
  }
  const validityMonths = unit.validityMonths ?? DEFAULT_RULES.validityMonths;
  const access = accessEntry(context, 'ISSUE_CARD');
  for (let attempt = 0; ; attempt += 1) {
    const card = cardToIssue({ partnerId: distributorId, areaId: unit.areaId }, validityMonths, fields);
    if (wellbeingScore !== null && card.kind !== CardKind.PERSONAL) throw new BadInputError('wellbeing', 'a community card has no holder to ask');
    const issued = cardIssued(card);
    const events = [issued, ...(wellbeingScore === null ? [] : [wellbeingAnswered(card, 'ISSUE', wellbeingScore, null)])];
    if (await writeCard(dataSource, card, events, wellbeingScore, access, issued.payload.cardKey)) {
      notifyFollowers(dataSource, 'cards');
      return card;
    }
    // A clash of random numbers is astronomically rare; nothing was stored, try another.
    if (attempt >= 3) throw new Error('four random card numbers in a row were taken');
  }
}

function cardToIssue(unit: Pick<PartnerFact, 'partnerId' | 'areaId'>, validityMonths: number, fields: Partial<Card>): Card {
  const validFrom = todayInFinland();
  const card = Object.assign(new Card(), {
    id: newId(),
    number: generateCardNumber(),
    kind: CardKind.PERSONAL,
    homeAreaId: unit.areaId,
    issuedByPartnerId: unit.partnerId,
    validFrom,
    validUntil: addMonths(validFrom, validityMonths),
    state: 'ACTIVE' as StoredCardState,
    children: 0,
    ...fields,
  });
  card.holderId ??= card.id;
  return card;
}

/** Changes to a card are made by the unit that issued it (national admins may revoke). */
export async function cardForChange(manager: EntityManager, caller: Caller, number: string, allowAdmin = false): Promise<Card> {
  const card = await manager.findOne(Card, { where: { number }, lock: { mode: 'pessimistic_write' } });
  if (!card) throw new NotFoundError('Card', 'number');
  const admin = allowAdmin && hasRole(caller, 'NATIONAL_ADMIN');
  if (!admin && !canActForPartner(caller, 'DISTRIBUTOR', card.issuedByPartnerId)) throw new ForbiddenError('Only the issuing unit can change this card');
  return card;
}

export function assertOpen(card: Card): void {
  if (card.state !== 'ACTIVE') throw new ConflictError(`number: the card is ${card.state} and cannot be changed`, 'number');
}

/** A new card for a unit inside the caller's transaction (a replacement): fresh random number, validity by the area's rules. */
export async function newCard(manager: EntityManager, unit: Pick<PartnerFact, 'partnerId' | 'areaId'>, fields: Partial<Card>): Promise<Card> {
  const rules = await rulesForArea(manager, unit.areaId);
  for (let attempt = 0; ; attempt += 1) {
    const card = cardToIssue(unit, rules.validityMonths, fields);
    // A clash of random numbers is astronomically rare; retry inside a savepoint if it happens.
    try {
      await manager.transaction((savepoint) => savepoint.insert(Card, card));
      return card;
    } catch (error) {
      if ((error as { code?: string }).code !== '23505' || attempt >= 3) throw error;
    }
  }
}

export async function publishCardEvent(manager: EntityManager, type: Parameters<typeof cardEvent>[0], card: Card, extra: Record<string, unknown> = {}): Promise<void> {
  await publishEvents(manager, 'cards', [cardEvent(type, card, extra)]);
}
