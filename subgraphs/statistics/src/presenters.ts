import type { CategoryStatistics, DemographicGroup, MonthStatistics, SectorStatistics, StatisticsTotals, UseCategory } from './entities/statistics-types';
import { EMPTY_USES, type Totals, type UseCounts } from './figures';
import { suppressColumn, suppressRecord } from '@kaiku/subgraph-kit';

const TOTAL_FIELDS = ['cardsIssued', 'activeCards', 'cardsUsed', 'uses', 'adultTickets', 'childTickets', 'coursePlaces'] as const;
const USE_FIELDS = ['uses', 'adultTickets', 'childTickets', 'coursePlaces'] as const;

/** Totals as a caller may see them: raw for national admins and analysts, suppressed for the rest. */
export function presentTotals(totals: Partial<Totals>, suppress: boolean, fields: readonly string[] = TOTAL_FIELDS): StatisticsTotals {
  const record = Object.fromEntries(TOTAL_FIELDS.map((field) => [field, totals[field] ?? 0])) as Record<string, number>;
  const present: Record<string, number | null> = Object.fromEntries(TOTAL_FIELDS.map((field) => [field, fields.includes(field) ? record[field] : null]));
  if (!suppress) return Object.assign(present, { suppressed: [] as string[] }) as unknown as StatisticsTotals;
  const { values, suppressed } = suppressRecord(record, fields.filter((field) => TOTAL_FIELDS.includes(field as never)));
  return Object.assign(present, Object.fromEntries(fields.map((field) => [field, values[field]])), { suppressed }) as unknown as StatisticsTotals;
}

/**
 * Rows of a table whose totals are published elsewhere: each measure is suppressed down its
 * column (primary and secondary), and each row lists what it hides.
 */
type Row = Record<string, number | null>;

function presentTable(rows: Array<[string, object]>, measures: readonly string[], suppress: boolean): Array<{ key: string; values: Row; suppressed: string[] }> {
  const out = rows.map(([key, values]) => ({ key, values: { ...(values as Row) }, suppressed: [] as string[] }));
  if (!suppress) return out;
  for (const measure of measures) {
    const column = suppressColumn(rows.map(([, values]) => (values as Record<string, number>)[measure]));
    column.forEach((value, i) => {
      if (value === null) {
        out[i].values[measure] = null;
        out[i].suppressed.push(measure);
      }
    });
  }
  return out;
}

export function presentCategories(byCategory: Map<string, UseCounts> | undefined, suppress: boolean): CategoryStatistics[] {
  const rows = [...(byCategory ?? new Map<string, UseCounts>())].sort(([a], [b]) => a.localeCompare(b));
  return presentTable(rows, USE_FIELDS, suppress).map(({ key, values, suppressed }) => Object.assign({ category: key as UseCategory, suppressed }, values) as unknown as CategoryStatistics);
}

export function presentMonths(byMonth: Map<string, UseCounts & { cardsIssued: number }> | undefined, suppress: boolean): MonthStatistics[] {
  const rows = [...(byMonth ?? new Map())].sort(([a], [b]) => a.localeCompare(b)) as Array<[string, UseCounts & { cardsIssued: number }]>;
  return presentTable(rows, [...USE_FIELDS, 'cardsIssued'], suppress).map(({ key, values, suppressed }) => Object.assign({ month: key, suppressed }, values) as unknown as MonthStatistics);
}

export function presentSectors(bySector: Map<string, UseCounts>, suppress: boolean): SectorStatistics[] {
  const rows = [...bySector].sort(([a], [b]) => a.localeCompare(b));
  return presentTable(rows, ['uses', 'adultTickets', 'childTickets'], suppress).map(({ key, values, suppressed }) => Object.assign({ sector: key, suppressed }, values) as unknown as SectorStatistics);
}

export function presentColumn<K extends string>(rows: Array<[K, number]>, suppress: boolean): Array<{ key: K; value: number | null }> {
  const values = suppress ? suppressColumn(rows.map(([, value]) => value)) : rows.map(([, value]) => value);
  return rows.map(([key], i) => ({ key, value: values[i] }));
}

export function presentGroups(groups: Map<string, number> | undefined, suppress: boolean): DemographicGroup[] {
  const rows = [...(groups ?? new Map<string, number>())].sort(([a], [b]) => a.localeCompare(b, 'fi', { numeric: true }));
  return presentColumn(rows, suppress).map(({ key, value }) => ({ group: key, cards: value, suppressed: value === null }));
}

export { EMPTY_USES };
