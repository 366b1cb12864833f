import { suppressCounts } from './counts';
import { suppressColumn, suppressRecord } from './suppression';

describe('small-cell suppression', () => {
  it('hides counts from 1 to threshold-1, never zero', () => {
    expect(suppressRecord({ uses: 3, cards: 0, tickets: 12 }, ['uses', 'cards', 'tickets'], 5)).toEqual({
      values: { uses: null, cards: 0, tickets: 12 },
      suppressed: ['uses'],
    });
  });

  it('hides a second cell when one hidden cell could be worked out from the total', () => {
    expect(suppressColumn([3, 40, 7, 0, 12], 5)).toEqual([null, 40, null, 0, 12]);
  });

  it('needs no secondary cell when two or more are already hidden', () => {
    expect(suppressColumn([3, 40, 2, 12], 5)).toEqual([null, 40, null, 12]);
  });

  it('leaves a table with no small cells alone', () => {
    expect(suppressColumn([5, 40, 0], 5)).toEqual([5, 40, 0]);
  });
});

describe('suppressCounts, for extensions', () => {
  const anonymous = { subject: null, grants: [] } as never;
  const analyst = { subject: 'a', grants: [{ role: 'ANALYST' }] } as never;
  const coordinator = { subject: 'c', grants: [{ role: 'AREA_COORDINATOR', areas: ['tampereen-seutu'] }] } as never;
  const rows = [
    { facilityType: 'GYM', visits: 3 },
    { facilityType: 'ICE_RINK', visits: 7 },
    { facilityType: 'SWIMMING_HALL', visits: 40 },
  ];

  it('hides small counts and the next smallest for everyone but national admins and analysts', () => {
    const expected = [
      { facilityType: 'GYM', visits: null, suppressed: ['visits'] },
      { facilityType: 'ICE_RINK', visits: null, suppressed: ['visits'] },
      { facilityType: 'SWIMMING_HALL', visits: 40, suppressed: [] },
    ];
    expect(suppressCounts(rows, ['visits'], anonymous, 5)).toEqual(expected);
    expect(suppressCounts(rows, ['visits'], coordinator, 5)).toEqual(expected);
    expect(suppressCounts(rows, ['visits'], analyst, 5)).toEqual(rows.map((row) => ({ ...row, suppressed: [] })));
  });

  it('leaves the rows it was given as they were', () => {
    suppressCounts(rows, ['visits'], anonymous, 5);
    expect(rows[0]).toEqual({ facilityType: 'GYM', visits: 3 });
  });
});

describe('the threshold setting', () => {
  it('refuses a value that would hide nothing', () => {
    jest.isolateModules(() => {
      process.env.KAIKU_SUPPRESSION_THRESHOLD = 'five';
      try {
        expect(() => require('./suppression').suppressionThreshold()).toThrow(/whole number/);
      } finally {
        delete process.env.KAIKU_SUPPRESSION_THRESHOLD;
      }
    });
  });
});
