import { todayInFinland } from '@kaiku/subgraph-kit';
import type { Card } from '../entities/card';
import type { AreaFact } from '../entities/facts';
import { cardStatus } from './card-status';
import { NETWORK_STATUSES } from './card-rules';
import { CardStatus } from '../entities/card';

export enum CardInvalidReason {
  NOT_FOUND = 'NOT_FOUND',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  LOST = 'LOST',
  REPLACED = 'REPLACED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  AREA_NOT_IN_NETWORK = 'AREA_NOT_IN_NETWORK',
  LOCAL_ONLY_TRIAL = 'LOCAL_ONLY_TRIAL',
}

/**
 * Why a card cannot be used on a date at a venue in `venueAreaId`, or null when it can.
 * A card works in every area of the network unless its home area runs a local-only trial.
 */
export function invalidReason(
  card: Card | null,
  homeArea: Pick<AreaFact, 'status' | 'localOnly'> | null,
  venueAreaId: string | null,
  on: string = todayInFinland(),
): CardInvalidReason | null {
  if (!card) return CardInvalidReason.NOT_FOUND;
  const status = cardStatus(card, on);
  if (status !== CardStatus.ACTIVE) return CardInvalidReason[status];
  if (card.validFrom > on) return CardInvalidReason.NOT_YET_VALID;
  if (!homeArea || !NETWORK_STATUSES.includes(homeArea.status)) return CardInvalidReason.AREA_NOT_IN_NETWORK;
  if (homeArea.localOnly && venueAreaId !== null && venueAreaId !== card.homeAreaId) return CardInvalidReason.LOCAL_ONLY_TRIAL;
  return null;
}
