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
 * New cards: a fact each, one more card issued (unless it replaces a lost one: same holder),
 * and active from its first day to its last. Set-wise, in ONE statement whatever the run's
 * length: data-modifying CTEs over the facts inserted now, so a replayed card adds nothing.
 */
export async function applyCardsIssued(manager: EntityManager, payloads: Array<Record<string, any>>): Promise<void> {
  await manager.query(
    `WITH inserted AS (
       INSERT INTO statistics.card_facts (card_key, holder_key, home_area_id, issued_by_partner_id, issued_on, valid_until, kind, state,
         is_replacement, birth_year, postcode_area, children, life_situation, gender)
       SELECT "cardKey", "holderKey", "homeAreaId", "issuedByPartnerId", "issuedOn", "validUntil", kind, state,
         "isReplacement", "birthYear", "postcodeArea", children, "lifeSituation", gender
         FROM jsonb_to_recordset($1::jsonb) AS f("cardKey" text, "holderKey" text, "homeAreaId" uuid, "issuedByPartnerId" uuid, "issuedOn" date,
           "validUntil" date, kind text, state text, "isReplacement" boolean, "birthYear" smallint, "postcodeArea" text, children smallint,
           "lifeSituation" text, gender text)
       ON CONFLICT DO NOTHING
       RETURNING home_area_id, issued_by_partner_id, issued_on, valid_until, state, is_replacement
     ), issued AS (
       -- A replacement continues its holder: not a new card issued.
       SELECT issued_on, home_area_id, issued_by_partner_id, count(*) AS cards FROM inserted WHERE NOT is_replacement GROUP BY 1, 2, 3
     ), issued_daily AS (
       INSERT INTO statistics.cards_issued_by_day AS t (day, home_area_id, issued_by_partner_id, cards)
       SELECT issued_on, home_area_id, issued_by_partner_id, cards FROM issued
       ON CONFLICT (day, home_area_id, issued_by_partner_id) DO UPDATE SET cards = t.cards + EXCLUDED.cards
     ), issued_monthly AS (
       INSERT INTO statistics.cards_issued_by_month AS m (month, home_area_id, issued_by_partner_id, cards)
       SELECT date_trunc('month', issued_on)::date, home_area_id, issued_by_partner_id, sum(cards) FROM issued GROUP BY 1, 2, 3
       ON CONFLICT (month, home_area_id, issued_by_partner_id) DO UPDATE SET cards = m.cards + EXCLUDED.cards
     ), deltas AS (
       -- Active from its first day to its last.
       SELECT issued_on AS day, home_area_id, 1 AS change FROM inserted WHERE state = 'ACTIVE'
       UNION ALL
       SELECT valid_until + 1, home_area_id, -1 FROM inserted WHERE state = 'ACTIVE'
     ), daily_deltas AS (
       INSERT INTO statistics.active_card_deltas AS t (day, home_area_id, delta)
       SELECT day, home_area_id, sum(change) FROM deltas GROUP BY 1, 2
       ON CONFLICT (home_area_id, day) DO UPDATE SET delta = t.delta + EXCLUDED.delta
     )
     INSERT INTO statistics.active_card_deltas_by_month AS m (month, home_area_id, delta)
     SELECT date_trunc('month', day)::date, home_area_id, sum(change) FROM deltas GROUP BY 1, 2
     ON CONFLICT (home_area_id, month) DO UPDATE SET delta = m.delta + EXCLUDED.delta`,
    [JSON.stringify(payloads.map(cardFactFrom))],
  );
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
