import type { OfferFact } from '../entities/facts';
import { bucketCap, bucketDays, type BucketCap, type CapRule } from './places';

/**
 * An offer's cap as cards holds it, learnt from the partners log. `amount` and `bucket` are
 * the cap without a performance's seats (kept for facts learnt before the full cap was);
 * `rule` is the cap as partners states it, counted per performance by `bucketCap`.
 */
export interface Cap {
  amount: number | null;
  bucket: 'DAY' | 'PERIOD';
  rule: CapRule | null;
}

export function capFromPayload(raw: unknown): Cap {
  if (!raw || typeof raw !== 'object') return { amount: null, bucket: 'DAY', rule: null };
  const cap = raw as Record<string, unknown>;
  const rule: CapRule = {
    kind: String(cap.kind ?? cap.type ?? '').toUpperCase(),
    amount: numberOrNull(cap.amount ?? cap.count ?? cap.limit),
    percent: numberOrNull(cap.percent ?? cap.sharePercent ?? cap.share),
    capacity: numberOrNull(cap.capacity),
  };
  if (rule.kind !== 'PER_EVENT' && rule.kind !== 'PER_PERIOD' && rule.kind !== 'SHARE_OF_CAPACITY') {
    rule.kind = rule.percent !== null && rule.amount === null ? 'SHARE_OF_CAPACITY' : rule.kind.includes('EVENT') || rule.kind.includes('DAY') ? 'PER_EVENT' : 'PER_PERIOD';
  }
  const { places, bucket } = bucketCap(rule, null);
  return { amount: places, bucket, rule };
}

/** Seats by day from the offer's performances in the payload (the largest when a day has two). */
export function seatsFromPayload(raw: unknown): Record<string, number> {
  const seats: Record<string, number> = {};
  if (!Array.isArray(raw)) return seats;
  for (const event of raw) {
    const day = typeof event?.startsOn === 'string' ? event.startsOn : null;
    const capacity = numberOrNull(event?.capacity);
    if (day && capacity !== null) seats[day] = Math.max(seats[day] ?? 0, capacity);
  }
  return seats;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The cap a use on `usedOn` takes from and the key of its counter row (the day, or the first
 * day of the offer's validity): the same rule as the free places shown.
 */
export function capOn(offer: Pick<OfferFact, 'cap' | 'capAmount' | 'capBucket' | 'seatsByDay' | 'validFrom' | 'validUntil'>, usedOn: string): BucketCap & { key: string; from: string; until: string } {
  const cap = offer.cap || offer.capAmount === null ? bucketCap(offer.cap, offer.seatsByDay?.[usedOn] ?? null) : { places: offer.capAmount, bucket: offer.capBucket };
  const days = bucketDays(cap.bucket, usedOn, offer.validFrom, offer.validUntil);
  return { ...cap, ...days, key: days.from };
}
