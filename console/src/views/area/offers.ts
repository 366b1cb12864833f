import type { TFunction } from 'i18next';
import type { CapKind } from '../../gql/graphql';

interface Cap {
  kind: CapKind;
  amount?: number | null;
  percent?: number | null;
  capacity?: number | null;
}

interface Availability {
  freePlaces?: number | null;
  soldOut: boolean;
  reason?: string | null;
}

/** The cap of an offer in words: "10 per event", "5 % of 400 seats per event", "no cap". */
export function capText(t: TFunction, cap: Cap | null | undefined): string {
  if (!cap) return t('area.offer.noCap');
  if (cap.kind === 'SHARE_OF_CAPACITY') return t('area.offer.capShare', { percent: cap.percent, capacity: cap.capacity });
  return t(cap.kind === 'PER_EVENT' ? 'area.offer.capPerEvent' : 'area.offer.capPerPeriod', { count: cap.amount ?? 0 });
}

/** Today's free places as the graph counts them (cards' Offer.availability). */
export function freeText(t: TFunction, availability: Availability | null | undefined): string {
  if (!availability) return t('area.offer.freeUnknown');
  if (availability.reason) return t(`area.offer.none.${availability.reason}`, { defaultValue: t('area.offer.none.ALL_TAKEN') });
  if (availability.freePlaces === null || availability.freePlaces === undefined) return t('area.offer.noLimit');
  return t('area.offer.freeToday', { count: availability.freePlaces });
}
