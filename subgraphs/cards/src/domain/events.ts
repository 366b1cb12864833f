import type { Card } from '../entities/card';
import type { CardUse } from '../entities/card-use';
import { pseudonym } from './secrets';

/**
 * The cards event log is the contract with statistics and extensions. Events carry
 * pseudonymous keys (keyed hashes), never a card number.
 */
export function cardIssued(card: Card) {
  return {
    type: 'CardIssued',
    payload: {
      cardKey: pseudonym('card', card.id),
      holderKey: pseudonym('holder', card.holderId),
      homeAreaId: card.homeAreaId,
      issuedByPartnerId: card.issuedByPartnerId,
      issuedOn: card.validFrom,
      validUntil: card.validUntil,
      birthYear: card.birthYear,
      postcodeArea: card.postcode.slice(0, 3),
      children: card.children,
      lifeSituation: card.lifeSituation,
      gender: card.gender,
    },
  };
}

export function cardUseRecorded(use: CardUse, card: Card) {
  return {
    type: 'CardUseRecorded',
    payload: {
      useId: use.id,
      cardKey: pseudonym('card', card.id),
      holderKey: pseudonym('holder', card.holderId),
      homeAreaId: use.homeAreaId,
      venuePartnerId: use.partnerId,
      venueAreaId: use.venueAreaId,
      category: use.category,
      adultTickets: use.adultTickets,
      childTickets: use.childTickets,
      coursePlaces: use.coursePlaces,
      usedOn: use.usedOn,
    },
  };
}
