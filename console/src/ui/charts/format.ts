/** The figures as the graph gives them: a count, or null where it is suppressed. */
export type Count = number | null | undefined;

/** A row of a figure: its label and one count per series. */
export interface FigureRow {
  key: string;
  label: string;
  values: Record<string, Count>;
  /** The fields the graph hid in this row (its `suppressed` list). */
  suppressed: string[];
}

export interface Series {
  key: string;
  label: string;
  color: string;
}

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by the legend's words too. */
export const PALETTE = ['#003479', '#00704f', '#a35e00', '#6a2c91', '#c3211e'];

/** Finnish today, YYYY-MM-DD, whatever the device's time zone: the graph dates uses so. */
export function finnishToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

export function isSuppressed(row: { suppressed: string[] }, field: string, value: Count): boolean {
  return value === null && row.suppressed.includes(field);
}

const formats = new Map<string, Intl.NumberFormat>();

/** The reader's number format, made once per language. */
export function numberFormat(language: string): Intl.NumberFormat {
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language] ?? 'fi-FI';
  if (!formats.has(locale)) formats.set(locale, new Intl.NumberFormat(locale));
  return formats.get(locale)!;
}
