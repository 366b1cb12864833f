import { addDays, todayInFinland } from '@kaiku/subgraph-kit';

/**
 * A day counted from today in Finland (YYYY-MM-DD). The platform dates uses and validity in
 * Finnish time, so a test that took "today" from UTC would fail every evening from 22:00 UTC.
 */
export function finnishDay(offsetDays = 0): string {
  return addDays(todayInFinland(), offsetDays);
}

/** This year in Finland (differs from UTC's on New Year's Eve evening). */
export function finnishYear(): number {
  return Number(todayInFinland().slice(0, 4));
}
