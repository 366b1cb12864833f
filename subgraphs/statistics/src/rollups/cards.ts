import type { EntityManager } from 'typeorm';
import { addDays } from '@kaiku/subgraph-kit';
import { CardFact } from '../entities/card-fact';

/** A change in the running sum of active cards, at the day's and the month's grain. */
async function delta(manager: EntityManager, day: string, areaId: string, change: number): Promise<void> {
  await manager.query(
    `WITH daily AS (
       INSERT INTO statistics.active_card_deltas AS t (day, home_area_id, delta) VALUES ($1, $2, $3)
       ON CONFLICT (home_area_id, day) DO UPDATE SET delta = t.delta + EXCLUDED.delta)
     INSERT INTO statistics.active_card_deltas_by_month AS m (month, home_area_id, delta) VALUES (date_trunc('month', $1::date)::date, $2, $3)
     ON CONFLICT (home_area_id, month) DO UPDATE SET delta = m.delta + EXCLUDED.delta`,
    [day, areaId, change],
  );
}

/**
 * A new card: a fact, one more card issued (unless it replaces a lost one: same holder), and
 * active from its first day to its last.
 */
export async function applyCardIssued(manager: EntityManager, payload: Record<string, any>): Promise<void> {
  const inserted = await manager.createQueryBuilder().insert().into(CardFact).values(cardFactFrom(payload)).orIgnore().returning(['cardKey']).execute();
  if (inserted.raw.length === 0) return;
  if (payload.replacesCard !== true) {
    await manager.query(
      `WITH daily AS (
         INSERT INTO statistics.cards_issued_by_day AS t (day, home_area_id, issued_by_partner_id, cards) VALUES ($1, $2, $3, 1)
         ON CONFLICT (day, home_area_id, issued_by_partner_id) DO UPDATE SET cards = t.cards + 1)
       INSERT INTO statistics.cards_issued_by_month AS m (month, home_area_id, issued_by_partner_id, cards) VALUES (date_trunc('month', $1::date)::date, $2, $3, 1)
       ON CONFLICT (month, home_area_id, issued_by_partner_id) DO UPDATE SET cards = m.cards + 1`,
      [payload.issuedOn, payload.homeAreaId, payload.issuedByPartnerId],
    );
  }
  if ((payload.state ?? 'ACTIVE') === 'ACTIVE') {
    await delta(manager, payload.issuedOn, payload.homeAreaId, 1);
    await delta(manager, addDays(payload.validUntil, 1), payload.homeAreaId, -1);
  }
}

/** Renewed, replaced or revoked: move the card's end in the running sum of active cards. */
export async function applyCardChange(manager: EntityManager, payload: Record<string, any>, day: string): Promise<void> {
  const before = await manager.findOne(CardFact, { where: { cardKey: payload.cardKey } });
  if (!before) {
    await manager.upsert(CardFact, cardFactFrom(payload), ['cardKey']);
    return;
  }
  const wasActive = before.state === 'ACTIVE';
  const nowActive = (payload.state ?? 'ACTIVE') === 'ACTIVE';
  if (wasActive) {
    const oldEnd = addDays(before.validUntil, 1);
    const newEnd = nowActive ? addDays(payload.validUntil, 1) : day < oldEnd ? day : oldEnd;
    if (newEnd !== oldEnd) {
      await delta(manager, oldEnd, before.homeAreaId, 1);
      await delta(manager, newEnd, before.homeAreaId, -1);
    }
  }
  await manager.update(CardFact, { cardKey: payload.cardKey }, { validUntil: payload.validUntil, state: payload.state ?? before.state });
}

export function cardFactFrom(payload: Record<string, any>): Partial<CardFact> {
  return {
    cardKey: payload.cardKey,
    holderKey: payload.holderKey,
    homeAreaId: payload.homeAreaId,
    issuedByPartnerId: payload.issuedByPartnerId,
    issuedOn: payload.issuedOn,
    validUntil: payload.validUntil,
    kind: payload.kind ?? 'PERSONAL',
    state: payload.state ?? 'ACTIVE',
    isReplacement: payload.replacesCard === true,
    birthYear: payload.birthYear ?? null,
    postcodeArea: payload.postcodeArea ?? null,
    children: payload.children ?? 0,
    lifeSituation: payload.lifeSituation ?? null,
    gender: payload.gender ?? null,
  };
}
