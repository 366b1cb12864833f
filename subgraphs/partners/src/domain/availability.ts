import { CapKind, type Offer } from '../entities/offer';
import type { OfferEvent } from '../entities/offer-event';

export type AvailabilityOffer = Pick<Offer, 'active' | 'validFrom' | 'validUntil' | 'capKind' | 'capAmount' | 'capPercent' | 'capacity'>;
export type AvailabilityEvent = Pick<OfferEvent, 'capacity' | 'soldOut'>;

export interface Availability {
  /** Free places left; null when the offer has no cap and no known capacity (not limited). */
  freePlaces: number | null;
  /** The places the cap allows in all, before uses. */
  cap: number | null;
  soldOut: boolean;
  /** Why there is nothing free, when so. */
  reason: 'OUTSIDE_VALIDITY' | 'INACTIVE' | 'SOLD_OUT' | null;
}

/**
 * Free places of an offer on a date (or at one performance) given its cap and the event's
 * capacity. Card uses are recorded in the cards subgraph; once it publishes them ([3/7]),
 * availability subtracts the uses counted in the cap's bucket (the event or the period).
 */
export function availability(offer: AvailabilityOffer, date: string, event: AvailabilityEvent | null): Availability {
  if (!offer.active) return { freePlaces: 0, cap: 0, soldOut: false, reason: 'INACTIVE' };
  if (date < offer.validFrom || date > offer.validUntil) return { freePlaces: 0, cap: 0, soldOut: false, reason: 'OUTSIDE_VALIDITY' };
  if (event?.soldOut) return { freePlaces: 0, cap: 0, soldOut: true, reason: 'SOLD_OUT' };
  const seats = event?.capacity ?? offer.capacity ?? null;
  const cap = capOf(offer, seats);
  return { freePlaces: cap, cap, soldOut: false, reason: null };
}

function capOf(offer: AvailabilityOffer, seats: number | null): number | null {
  switch (offer.capKind) {
    case CapKind.SHARE_OF_CAPACITY:
      return seats === null || offer.capPercent === null ? null : Math.floor((seats * offer.capPercent) / 100);
    case CapKind.PER_EVENT:
      return seats === null ? offer.capAmount : Math.min(offer.capAmount ?? seats, seats);
    case CapKind.PER_PERIOD:
      return offer.capAmount;
    default:
      // No cap: only the seats of the performance limit it.
      return seats;
  }
}

/** The event that counts on a date: an open one if any, else a sold-out one, else none. */
export function eventOn(events: OfferEvent[], date: string): OfferEvent | null {
  const onDate = events.filter((event) => event.startsOn === date);
  return onDate.find((event) => !event.soldOut) ?? onDate[0] ?? null;
}
