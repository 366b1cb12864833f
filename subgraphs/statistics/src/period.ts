import { BadInputError, addDays } from '@kaiku/subgraph-kit';

export interface Period {
  from: string;
  to: string;
}

/** Periods up to ten years: beyond that no report is meaningful and the work is unbounded. */
export function checkPeriod(period: Period): void {
  if (period.from > period.to) throw new BadInputError('from', `must not be after "to" (${period.to})`);
  if (period.from < '2015-01-01') throw new BadInputError('from', 'the programme has figures from 2015 on');
  if (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) > 10) throw new BadInputError('to', 'a period is at most ten years');
}

/**
 * The whole months inside a period, [monthsFrom, monthsUntil), read from monthly rollups; the
 * days before and after them come from daily rollups.
 */
export function splitPeriod({ from, to }: Period): { monthsFrom: string; monthsUntil: string } {
  const firstFull = from.endsWith('-01') ? from : nextMonthStart(from);
  const afterTo = addDays(to, 1);
  const lastFullEnd = afterTo.endsWith('-01') ? afterTo : `${afterTo.slice(0, 7)}-01`;
  return firstFull < lastFullEnd ? { monthsFrom: firstFull, monthsUntil: lastFullEnd } : { monthsFrom: from, monthsUntil: from };
}

function nextMonthStart(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The same period a year earlier (29 February becomes 28 February). */
export function yearEarlier({ from, to }: Period): Period {
  const shift = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    const day = m === 2 && d === 29 ? 28 : d;
    return `${y - 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  return { from: shift(from), to: shift(to) };
}

/** A calendar year or month exactly: distinct holders are counted for those as they arrive. */
export function calendarUnit({ from, to }: Period): { kind: 'Y' | 'M'; start: string } | null {
  if (from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`) return { kind: 'Y', start: from };
  if (from.endsWith('-01') && addDays(to, 1).endsWith('-01') && addDays(to, 1) === nextMonthStart(from)) return { kind: 'M', start: from };
  return null;
}
