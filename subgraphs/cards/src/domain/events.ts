import { todayInFinland } from '@kaiku/subgraph-kit';
import type { Card } from '../entities/card';
import type { CardUse } from '../entities/card-use';
import { pseudonym } from './secrets';
import { bandOf, type WellbeingChange } from './wellbeing';

/**
 * The cards event log is the contract with statistics and extensions. Events carry
 * pseudonymous keys (keyed hashes), never a card number.
 */
export type CardEventType = 'CardIssued' | 'CardRenewed' | 'CardReplaced' | 'CardRevoked';

/** Every card event carries the card's statistics snapshot (what a follower needs, no number). */
export function cardEvent(type: CardEventType, card: Card, extra: Record<string, unknown> = {}) {
  return {
    type,
    payload: {
      cardKey: pseudonym('card', card.id),
      holderKey: pseudonym('holder', card.holderId),
      kind: card.kind,
      homeAreaId: card.homeAreaId,
      issuedByPartnerId: card.issuedByPartnerId,
      issuedOn: card.validFrom,
      validUntil: card.validUntil,
      state: card.state,
      birthYear: card.birthYear,
      postcodeArea: card.postcode?.slice(0, 3) ?? null,
      children: card.children,
      lifeSituation: card.lifeSituation,
      gender: card.gender,
      ...extra,
    },
  };
}

export function cardIssued(card: Card) {
  return cardEvent('CardIssued', card);
}

export function cardUseEvent(type: 'CardUseRecorded' | 'CardUseCancelled', use: CardUse, card: Card, venueSector = 'UNKNOWN') {
  return {
    type,
    payload: {
      useId: use.id,
      cardKey: pseudonym('card', card.id),
      holderKey: pseudonym('holder', card.holderId),
      homeAreaId: use.homeAreaId,
      venuePartnerId: use.partnerId,
      venueAreaId: use.venueAreaId,
      venueSector,
      issuedByPartnerId: card.issuedByPartnerId,
      category: use.category,
      adultTickets: use.adultTickets,
      childTickets: use.childTickets,
      coursePlaces: use.coursePlaces,
      usedOn: use.usedOn,
      offerId: use.offerId,
      assistantTickets: use.assistantTickets,
    },
  };
}

export function cardUseRecorded(use: CardUse, card: Card, venueSector?: string) {
  return cardUseEvent('CardUseRecorded', use, card, venueSector);
}

/**
 * A wellbeing answer's band (and, at renewal, its change). No cardKey or holderKey:
 * statistics cannot keep a band per card even by mistake. Issuing and renewal both publish it.
 */
export function wellbeingAnswered(card: Pick<Card, 'homeAreaId'>, moment: 'ISSUE' | 'RENEWAL', score: number, change: WellbeingChange | null) {
  return { type: 'WellbeingAnswered', payload: { homeAreaId: card.homeAreaId, answeredOn: todayInFinland(), moment, band: bandOf(score), change } };
}
