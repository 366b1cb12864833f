import { bucketCap, freePlaces } from './places';

const offer = { active: true, validFrom: '2026-01-01', validUntil: '2026-12-31' };

describe('the places a cap allows in its bucket', () => {
  it('takes a share of the performance\'s seats, or of the seats per event the cap names', () => {
    const share = { kind: 'SHARE_OF_CAPACITY', amount: null, percent: 5, capacity: 400 };
    expect(bucketCap(share, null)).toEqual({ places: 20, bucket: 'DAY' });
    expect(bucketCap(share, 120)).toEqual({ places: 6, bucket: 'DAY' });
  });

  it('counts a cap per event per day, never over the seats, and a cap per period over the validity', () => {
    expect(bucketCap({ kind: 'PER_EVENT', amount: 8, percent: null, capacity: null }, 5)).toEqual({ places: 5, bucket: 'DAY' });
    expect(bucketCap({ kind: 'PER_PERIOD', amount: 30, percent: null, capacity: null }, 5)).toEqual({ places: 30, bucket: 'PERIOD' });
    expect(bucketCap(null, 200)).toEqual({ places: 200, bucket: 'DAY' });
    expect(bucketCap(null, null)).toEqual({ places: null, bucket: 'DAY' });
  });
});

describe('free places', () => {
  const cap = { places: 3, bucket: 'DAY' as const };
  it('subtracts the places taken and says why none are left', () => {
    expect(freePlaces(offer, '2026-05-01', false, cap, 1)).toEqual({ freePlaces: 2, cap: 3, taken: 1, soldOut: false, reason: null });
    expect(freePlaces(offer, '2026-05-01', false, cap, 3)).toEqual({ freePlaces: 0, cap: 3, taken: 3, soldOut: true, reason: 'ALL_TAKEN' });
    expect(freePlaces(offer, '2026-05-01', true, cap, 0)).toMatchObject({ freePlaces: 0, soldOut: true, reason: 'SOLD_OUT' });
    expect(freePlaces(offer, '2027-01-01', false, cap, null)).toMatchObject({ freePlaces: 0, soldOut: false, reason: 'OUTSIDE_VALIDITY' });
    expect(freePlaces({ ...offer, active: false }, '2026-05-01', false, cap, null)).toMatchObject({ freePlaces: 0, reason: 'INACTIVE' });
  });

  it('tells no count for an offer nothing limits', () => {
    expect(freePlaces(offer, '2026-05-01', false, { places: null, bucket: 'DAY' }, null)).toEqual({ freePlaces: null, cap: null, taken: null, soldOut: false, reason: null });
  });
});
