const HELSINKI = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Finland (YYYY-MM-DD): validity ends at local midnight, not UTC's. */
export function todayInFinland(now = new Date()): string {
  // Finland's offset changes only on whole hours, so the date is the same for a whole minute:
  // formatting once a minute instead of per call (it ran several times per card use).
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastDate = HELSINKI.format(now);
  }
  return lastDate;
}
let lastMinute = Number.NaN;
let lastDate = '';

/** Adds whole years to a YYYY-MM-DD date (29 February falls back to 28 February). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const target = new Date(`${date}T00:00:00Z`);
  target.setUTCDate(target.getUTCDate() + days);
  return target.toISOString().slice(0, 10);
}
