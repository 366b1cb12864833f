import type { TFunction } from 'i18next';
import i18n from '../../i18n';
import { PALETTE, type FigureRow, type Series } from './format';
import type { TotalItem } from './Totals';

type Counts = Record<string, unknown> & { suppressed: string[] };

const pick = (source: Counts, keys: string[]) => Object.fromEntries(keys.map((key) => [key, (source[key] as number | null | undefined) ?? null]));

/** The key figures of a period, in the order people read them. */
export function totalItems(t: TFunction, totals: Counts): TotalItem[] {
  return ['cardsIssued', 'activeCards', 'cardsUsed', 'uses', 'adultTickets', 'childTickets', 'coursePlaces'].map((key) => ({
    key,
    label: t(`nation.measure.${key}`),
    value: (totals[key] as number | null | undefined) ?? null,
  }));
}

/** "2026-03" as the reader's month, e.g. "maalisk. 2026" / "mars 2026" / "Mar 2026". */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[i18n.language] ?? 'fi-FI';
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(new Date(year, number - 1, 1));
}

export function monthRows(byMonth: Array<Counts & { month: string }>): FigureRow[] {
  return byMonth.map((row) => ({ key: row.month, label: monthLabel(row.month), values: pick(row, ['uses', 'cardsIssued']), suppressed: row.suppressed }));
}

export function categoryRows(t: TFunction, byCategory: Array<Counts & { category: string }>, keys: string[]): FigureRow[] {
  return byCategory.map((row) => ({ key: row.category, label: t(`category.${row.category}`), values: pick(row, keys), suppressed: row.suppressed }));
}

export function monthSeries(t: TFunction): Series[] {
  return [
    { key: 'uses', label: t('nation.measure.uses'), color: PALETTE[0] },
    { key: 'cardsIssued', label: t('nation.measure.cardsIssued'), color: PALETTE[2] },
  ];
}

export function ticketSeries(t: TFunction): Series[] {
  return [
    { key: 'adultTickets', label: t('nation.measure.adultTickets'), color: PALETTE[0] },
    { key: 'childTickets', label: t('nation.measure.childTickets'), color: PALETTE[1] },
    { key: 'coursePlaces', label: t('nation.measure.coursePlaces'), color: PALETTE[3] },
  ];
}
