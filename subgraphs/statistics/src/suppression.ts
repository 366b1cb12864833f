/**
 * Small-cell suppression for published figures. A count of 1 to threshold-1 is hidden
 * (primary). Where a table publishes its total, one hidden cell could be worked out as the
 * total minus the others, so the smallest other non-zero cell is hidden too (secondary).
 * Zero is not hidden: it names nobody.
 */
export const DEFAULT_THRESHOLD = Number(process.env.KAIKU_SUPPRESSION_THRESHOLD ?? 5);

export type Cell = number | null;

export function isSmall(value: number, threshold = DEFAULT_THRESHOLD): boolean {
  return value > 0 && value < threshold;
}

/** Suppresses the fields of one record; returns the record with nulls and the names hidden. */
export function suppressRecord<T extends Record<string, number>>(record: T, fields: (keyof T)[], threshold = DEFAULT_THRESHOLD) {
  const out: Record<string, Cell> = { ...record };
  const suppressed: string[] = [];
  for (const field of fields) {
    if (isSmall(record[field], threshold)) {
      out[field as string] = null;
      suppressed.push(field as string);
    }
  }
  return { values: out as { [K in keyof T]: Cell }, suppressed };
}

/**
 * Suppresses one measure down a table whose total is published: primary on small cells, then
 * secondary so that no single hidden cell can be recovered from the total.
 */
export function suppressColumn(values: number[], threshold = DEFAULT_THRESHOLD): Cell[] {
  const hidden = values.map((value) => isSmall(value, threshold));
  if (hidden.filter(Boolean).length === 1) {
    let smallest = -1;
    values.forEach((value, i) => {
      if (!hidden[i] && value > 0 && (smallest === -1 || value < values[smallest])) smallest = i;
    });
    if (smallest !== -1) hidden[smallest] = true;
  }
  return values.map((value, i) => (hidden[i] ? null : value));
}
