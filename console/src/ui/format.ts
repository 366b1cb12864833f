import i18n from '../i18n';

/** Dates and numbers in the reader's language (Intl), e.g. 31.12.2026 / 2026-12-31 / 12/31/2026. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date(year, month - 1, day));
}

export function formatTime(isoDateTime: string): string {
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(new Date(isoDateTime));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

function locale(): string {
  return { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[i18n.language] ?? 'fi-FI';
}

/** A text in the reader's language, Finnish when the other is missing. */
export function localized(text: { fi?: string | null; sv?: string | null; en?: string | null } | null | undefined): string {
  if (!text) return '';
  const language = i18n.language as 'fi' | 'sv' | 'en';
  return text[language] ?? text.fi ?? '';
}
