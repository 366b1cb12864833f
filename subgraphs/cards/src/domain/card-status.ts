import { todayInFinland } from '@kaiku/subgraph-kit';
import { CardStatus, type Card } from '../entities/card';

/** The status a person sees: a stored state, or EXPIRED once the validity date has passed. */
export function cardStatus(card: Pick<Card, 'state' | 'validUntil'>, today = todayInFinland()): CardStatus {
  if (card.state !== 'ACTIVE') return CardStatus[card.state];
  return card.validUntil < today ? CardStatus.EXPIRED : CardStatus.ACTIVE;
}
