import { isSmall, suppressColumn, suppressionThreshold } from '@kaiku/subgraph-kit';

/**
 * Which cells of one wellbeing table to hide: rows are areas (one distribution each) and the
 * national row is their column sums, so both directions can give a hidden cell away.
 *  - primary: a count of 1 to threshold-1;
 *  - a distribution with fewer answers than the threshold is hidden whole, zeros too: with
 *    its other bands shown as 0, one hidden band would tell everyone's band;
 *  - secondary, repeated until nothing changes: a row, or a column (the areas' cells and the
 *    national one, their sum), with exactly one hidden count hides another (the kit's rule:
 *    the smallest other non-zero cell). A zero hidden with its small distribution does not
 *    count here: it is hidden for what it says about the others, and hiding more for it would
 *    blank every column wherever one area has a few answers.
 * Each pass runs the kit's `suppressColumn`, with counts already hidden given to it as a count
 * it always hides (`HIDDEN`), so there is one suppression algorithm in the platform.
 */
export const HIDDEN = 1;

export interface HiddenCells {
  areas: boolean[][];
  national: boolean[];
}

export function hiddenCells(areaRows: number[][], width: number, threshold = suppressionThreshold()): HiddenCells {
  const national = Array.from({ length: width }, (_, c) => areaRows.reduce((sum, row) => sum + row[c], 0));
  const rows = [...areaRows, national];
  // Below 2 nothing is small, and HIDDEN would not be hidden: nothing to do.
  if (threshold < 2) return { areas: areaRows.map(() => new Array(width).fill(false)), national: new Array(width).fill(false) };
  const hidden = rows.map((row) => {
    const wholeRow = isSmall(row.reduce((a, b) => a + b, 0), threshold);
    return row.map((value) => wholeRow || isSmall(value, threshold));
  });
  const pass = (cells: Array<[number, number]>): boolean => {
    const values = cells.map(([r, c]) => (hidden[r][c] && rows[r][c] > 0 ? HIDDEN : rows[r][c]));
    let changed = false;
    suppressColumn(values, threshold).forEach((value, i) => {
      const [r, c] = cells[i];
      if (value === null && !hidden[r][c]) {
        hidden[r][c] = true;
        changed = true;
      }
    });
    return changed;
  };
  const columns = Array.from({ length: width }, (_, c) => c);
  for (let changed = true; changed; ) {
    changed = false;
    for (let r = 0; r < rows.length; r += 1) changed = pass(columns.map((c) => [r, c])) || changed;
    for (const c of columns) changed = pass(rows.map((_, r) => [r, c])) || changed;
  }
  return { areas: hidden.slice(0, areaRows.length), national: hidden[areaRows.length] };
}
