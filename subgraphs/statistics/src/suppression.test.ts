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
