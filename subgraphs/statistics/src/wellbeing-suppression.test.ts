import { HIDDEN, hiddenCells } from './wellbeing-suppression';

const shown = (rows: number[][], hidden: boolean[][]) => rows.map((row, r) => row.map((value, c) => (hidden[r][c] ? null : value)));

describe('wellbeing suppression', () => {
  it('hides a distribution with fewer answers than the threshold whole, zeros too', () => {
    const { areas } = hiddenCells([[0, 3, 0, 0], [10, 20, 30, 40]], 4, 5);
    expect(areas[0]).toEqual([true, true, true, true]);
  });

  it('hides a second band where one hidden band could be worked out from the distribution', () => {
    const rows = [[2, 10, 30, 40], [12, 20, 30, 40]];
    const { areas } = hiddenCells(rows, 4, 5);
    // 2 is small; 10 is the smallest other band of that area; the column then hides 12 in the other area.
    expect(shown(rows, areas)).toEqual([[null, null, 30, 40], [null, null, 30, 40]]);
  });

  it('hides a second area where one hidden cell could be worked out from the national total', () => {
    const rows = [[3, 7, 9, 9], [9, 9, 9, 9], [20, 20, 20, 20]];
    const { areas, national } = hiddenCells(rows, 4, 5);
    const out = shown(rows, areas);
    expect(national).toEqual([false, false, false, false]);
    // After every pass no row and no column holds exactly one hidden cell.
    for (const row of areas) expect(row.filter(Boolean).length).not.toBe(1);
    for (let c = 0; c < 4; c += 1) expect(areas.map((row) => row[c]).filter(Boolean).length).not.toBe(1);
    expect(out[0][0]).toBeNull();
  });

  it('hides no second cell for the zeros of a small distribution, and counts the national total in each column', () => {
    // Area 0 has 2 answers: hidden whole, but its zeros hide nothing more (bands 3 and 4 stay).
    // Area 1 hides 3, then 10 beside it; the national 10 would give that 10 away, so it goes
    // too, and the national 5 with it (the national row then had one hidden count).
    const rows = [[2, 0, 0, 0], [3, 10, 20, 30]];
    const { areas, national } = hiddenCells(rows, 4, 5);
    expect(areas[0]).toEqual([true, true, true, true]);
    expect(shown(rows, areas)[1]).toEqual([null, null, 20, 30]);
    expect(national).toEqual([true, true, false, false]);
  });

  it('shows every count when none is small, and zeros always when nobody answered', () => {
    expect(hiddenCells([[5, 6, 7, 8], [0, 0, 0, 0]], 4, 5).areas.flat().some(Boolean)).toBe(false);
  });

  it('hides nothing with a threshold of 1 (HIDDEN would not be hidden there)', () => {
    expect(HIDDEN).toBe(1);
    expect(hiddenCells([[1, 0, 0, 0]], 4, 1).areas.flat().some(Boolean)).toBe(false);
  });
});
