import { readSetting } from '@kaiku/config';
import { hasRole, type Caller } from '@kaiku/identity';
import { subgraphSettings } from './config';

/**
 * Small-cell suppression for published counts, the one algorithm of the core's statistics and
 * of every extension. A count of 1 to threshold-1 is hidden (primary). Where a table's total
 * can be known, one hidden cell could be worked out as the total minus the others, so the
 * smallest other non-zero cell is hidden too (secondary). Zero is not hidden: it names nobody.
 */
export type Cell = number | null;

let threshold: number | undefined;

/**
 * `KAIKU_SUPPRESSION_THRESHOLD` (default 5). A value that is not a whole number of at least 1
 * is refused: read as a number it would hide nothing (`3 < NaN` is false).
 */
export function suppressionThreshold(): number {
  return (threshold ??= readSetting(subgraphSettings.suppressionThreshold));
}

/** National admins and analysts see raw counts; everyone else sees them suppressed. */
export function seesRawCounts(caller: Caller): boolean {
  return hasRole(caller, 'NATIONAL_ADMIN') || hasRole(caller, 'ANALYST');
}

export function isSmall(value: number, limit = suppressionThreshold()): boolean {
  return value > 0 && value < limit;
}

/** Suppresses the fields of one record; returns the record with nulls and the names hidden. */
export function suppressRecord<T extends Record<string, number>>(record: T, fields: (keyof T)[], limit = suppressionThreshold()) {
  const out: Record<string, Cell> = { ...record };
  const suppressed: string[] = [];
  for (const field of fields) {
    if (isSmall(record[field], limit)) {
      out[field as string] = null;
      suppressed.push(field as string);
    }
  }
  return { values: out as { [K in keyof T]: Cell }, suppressed };
}

/**
 * Suppresses one measure down a table whose total can be known: primary on small cells, then
 * secondary so that no single hidden cell can be recovered from the total.
 */
export function suppressColumn(values: number[], limit = suppressionThreshold()): Cell[] {
  const hidden = values.map((value) => isSmall(value, limit));
  if (hidden.filter(Boolean).length === 1) {
    let smallest = -1;
    values.forEach((value, i) => {
      if (!hidden[i] && value > 0 && (smallest === -1 || value < values[smallest])) smallest = i;
    });
    if (smallest !== -1) hidden[smallest] = true;
  }
  return values.map((value, i) => (hidden[i] ? null : value));
}
