/**
 * An offer's cap as cards holds it: free places per bucket. A cap per event or a share of an
 * event's capacity counts per day (cards sees one event per offer and day); a cap per period
 * counts over the offer's whole validity.
 */
export interface Cap {
  amount: number | null;
  bucket: 'DAY' | 'PERIOD';
}

export function capFromPayload(raw: unknown): Cap {
  if (!raw || typeof raw !== 'object') return { amount: null, bucket: 'PERIOD' };
  const cap = raw as Record<string, unknown>;
  const kind = String(cap.kind ?? cap.type ?? '').toUpperCase();
  const amount = numberOrNull(cap.amount ?? cap.count ?? cap.limit);
  const percent = numberOrNull(cap.percent ?? cap.sharePercent ?? cap.share);
  const capacity = numberOrNull(cap.capacity);
  if (kind.includes('SHARE') || (percent !== null && amount === null)) {
    return { amount: capacity !== null && percent !== null ? Math.floor((capacity * percent) / 100) : null, bucket: 'DAY' };
  }
  if (kind.includes('EVENT') || kind.includes('DAY')) return { amount, bucket: 'DAY' };
  return { amount, bucket: 'PERIOD' };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The bucket a use on `usedOn` counts in. */
export function capBucket(cap: Pick<Cap, 'bucket'>, usedOn: string, validFrom: string | null): string {
  return cap.bucket === 'DAY' ? usedOn : validFrom ?? '1970-01-01';
}
