import type { EntityManager } from 'typeorm';
import { canActForPartner, hasRole, type Caller } from '@kaiku/identity';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, isUuid, newId, todayInFinland } from '@kaiku/subgraph-kit';
import { publishEvents } from '@kaiku/events';
import { Card, CardKind, type StoredCardState } from '../entities/card';
import { AreaFact, PartnerFact } from '../entities/facts';
import { generateCardNumber } from './card-number';
import { addMonths, NETWORK_STATUSES, rulesForArea } from './card-rules';
import { cardEvent } from './events';

/**
 * The issuing unit behind a mutation: the caller must be its DISTRIBUTOR, and it must be an
 * active card distributor of an area in the network.
 */
export async function issuingUnit(manager: EntityManager, caller: Caller, distributorId: string): Promise<PartnerFact> {
  if (!canActForPartner(caller, 'DISTRIBUTOR', distributorId)) throw new ForbiddenError('Only staff of the issuing unit can do this');
  const unit = isUuid(distributorId) ? await manager.findOne(PartnerFact, { where: { partnerId: distributorId } }) : null;
  if (!unit) throw new NotFoundError('Partner', 'distributorId');
  if (!unit.roles.includes('CARD_DISTRIBUTOR')) throw new BadInputError('distributorId', 'this partner is not a card distributor');
  if (!unit.active) throw new ConflictError('distributorId: this partner is not active', 'distributorId');
  const area = await manager.findOne(AreaFact, { where: { areaId: unit.areaId } });
  if (!area || !NETWORK_STATUSES.includes(area.status)) {
    throw new ConflictError(`distributorId: the unit's area is not in the network (status ${area?.status ?? 'unknown'}); cards are issued only in TRIAL or ACTIVE areas`, 'distributorId');
  }
  return unit;
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

/** A new card for a unit: fresh random number, validity by the area's rules. */
export async function newCard(manager: EntityManager, unit: Pick<PartnerFact, 'partnerId' | 'areaId'>, fields: Partial<Card>): Promise<Card> {
  const rules = await rulesForArea(manager, unit.areaId);
  const validFrom = todayInFinland();
  for (let attempt = 0; ; attempt += 1) {
    const card = manager.create(Card, {
      id: newId(),
      number: generateCardNumber(),
      kind: CardKind.PERSONAL,
      homeAreaId: unit.areaId,
      issuedByPartnerId: unit.partnerId,
      validFrom,
      validUntil: addMonths(validFrom, rules.validityMonths),
      state: 'ACTIVE' as StoredCardState,
      children: 0,
      ...fields,
    });
    card.holderId ??= card.id;
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
