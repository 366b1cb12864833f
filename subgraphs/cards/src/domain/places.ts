/**
 * How many places a cap allows in the bucket a use counts in, the one rule behind both the
 * refusal of a use over the cap and the free places shown. A cap per event or a share of an
 * event's seats counts per day (one performance per offer and day); a cap per period counts
 * over the offer's whole validity. Without a cap only the performance's seats limit it.
 */
export interface CapRule {
  kind: 'PER_EVENT' | 'PER_PERIOD' | 'SHARE_OF_CAPACITY' | string;
  amount: number | null;
  percent: number | null;
  capacity: number | null;
}

export interface BucketCap {
  /** Places in all; null when nothing limits the offer. */
  places: number | null;
  bucket: 'DAY' | 'PERIOD';
}

/** `seats`: the seats of the performance on that day, when the venue gave them. */
export function bucketCap(cap: CapRule | null, seats: number | null): BucketCap {
  if (!cap) return { places: seats, bucket: 'DAY' };
  switch (cap.kind) {
    case 'SHARE_OF_CAPACITY': {
      const of = seats ?? cap.capacity;
      return { places: of === null || cap.percent === null ? null : Math.floor((of * cap.percent) / 100), bucket: 'DAY' };
    }
    case 'PER_EVENT':
      return { places: seats === null ? cap.amount : Math.min(cap.amount ?? seats, seats), bucket: 'DAY' };
    default:
      return { places: cap.amount, bucket: 'PERIOD' };
  }
}

/** The days a bucket spans: the use's day, or the offer's whole validity. */
export function bucketDays(bucket: BucketCap['bucket'], day: string, validFrom: string | null, validUntil: string | null): { from: string; until: string } {
  return bucket === 'DAY' ? { from: day, until: day } : { from: validFrom ?? '1970-01-01', until: validUntil ?? '9999-12-31' };
}

export type UnavailableReason = 'OUTSIDE_VALIDITY' | 'INACTIVE' | 'SOLD_OUT' | 'ALL_TAKEN';

export interface Places {
  freePlaces: number | null;
  cap: number | null;
  taken: number | null;
  soldOut: boolean;
  reason: UnavailableReason | null;
}

export function outsideValidity(offer: { validFrom: string; validUntil: string }, day: string): boolean {
  return day < offer.validFrom || day > offer.validUntil;
}

/** Free places from the offer's state, the bucket's cap and the places taken in it. */
export function freePlaces(offer: { active: boolean; validFrom: string; validUntil: string }, day: string, soldOutByVenue: boolean, cap: BucketCap, taken: number | null): Places {
  if (!offer.active) return { freePlaces: 0, cap: 0, taken: null, soldOut: false, reason: 'INACTIVE' };
  if (outsideValidity(offer, day)) return { freePlaces: 0, cap: 0, taken: null, soldOut: false, reason: 'OUTSIDE_VALIDITY' };
  if (soldOutByVenue) return { freePlaces: 0, cap: cap.places, taken, soldOut: true, reason: 'SOLD_OUT' };
  if (cap.places === null || taken === null) return { freePlaces: null, cap: null, taken: null, soldOut: false, reason: null };
  const left = Math.max(cap.places - taken, 0);
  return { freePlaces: left, cap: cap.places, taken, soldOut: left === 0, reason: left === 0 ? 'ALL_TAKEN' : null };
}

/** The performance that counts on a day: an open one if any, else a sold-out one, else none. */
export function eventOn<E extends { startsOn: string; soldOut: boolean }>(events: E[], day: string): E | null {
  const onDay = events.filter((event) => event.startsOn === day);
  return onDay.find((event) => !event.soldOut) ?? onDay[0] ?? null;
}
