import type { EntityManager } from 'typeorm';
import { ANONYMOUS } from '@kaiku/identity';
import { isUuid, suppressCounts } from '@kaiku/subgraph-kit';
import type { Period } from './period';
import { BANDS, DIRECTIONS, WellbeingFigures, type WellbeingBandCount, type WellbeingChangeCount } from './wellbeing-types';
import { HIDDEN, hiddenCells } from './wellbeing-suppression';

/**
 * The wellbeing measure in statistics: counts per home area, calendar month, measure (ISSUE or
 * RENEWAL answers by band, CHANGE by direction) and bucket, from the cards log's
 * `WellbeingAnswered` events, which name no card or holder. Nothing per card is kept.
 */
type Measure = 'ISSUE' | 'RENEWAL' | 'CHANGE';
const BUCKETS: Record<Measure, readonly string[]> = {
  ISSUE: BANDS.map((band) => band.band),
  RENEWAL: BANDS.map((band) => band.band),
  CHANGE: DIRECTIONS,
};

/** Applies one event (the cards follower's batch transaction). Malformed events are skipped. */
export async function applyWellbeingAnswered(manager: EntityManager, payload: Record<string, unknown> | null): Promise<void> {
  const { homeAreaId, answeredOn, moment, band, change } = payload ?? {};
  if (!isUuid(String(homeAreaId)) || typeof answeredOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(answeredOn)) return;
  if ((moment !== 'ISSUE' && moment !== 'RENEWAL') || !BUCKETS.ISSUE.includes(String(band))) return;
  const counts: Array<[string, string]> = [[moment, String(band)]];
  if (moment === 'RENEWAL' && BUCKETS.CHANGE.includes(String(change))) counts.push(['CHANGE', String(change)]);
  await manager.query(
    `INSERT INTO statistics.wellbeing_counts (home_area_id, month, measure, bucket, answers)
     SELECT $1::uuid, $2::date, measure, bucket, 1 FROM unnest($3::text[], $4::text[]) AS c(measure, bucket)
     ON CONFLICT (month, home_area_id, measure, bucket) DO UPDATE SET answers = wellbeing_counts.answers + 1`,
    [homeAreaId, `${answeredOn.slice(0, 7)}-01`, counts.map(([m]) => m), counts.map(([, b]) => b)],
  );
}

export interface PublishedWellbeing {
  /** An area's figures; an area without answers has zeros. */
  area(areaId: string): WellbeingFigures;
  national: WellbeingFigures;
}

/**
 * Every area's and the national figures of the period's months, in one statement, suppressed
 * for every caller: the rows go through the kit's `suppressCounts` as an anonymous caller
 * would see them, with the cells the table-wide pass hid given as HIDDEN.
 */
export async function publishedWellbeing(db: EntityManager, period: Period): Promise<PublishedWellbeing> {
  const fromMonth = period.from.slice(0, 7);
  const toMonth = period.to.slice(0, 7);
  const rows: Array<{ home_area_id: string; measure: Measure; bucket: string; answers: number }> = await db.query(
    `SELECT home_area_id, measure, bucket, sum(answers)::int AS answers FROM statistics.wellbeing_counts
      WHERE month BETWEEN $1::date AND $2::date GROUP BY home_area_id, measure, bucket`,
    [`${fromMonth}-01`, `${toMonth}-01`],
  );
  const areaIds = [...new Set(rows.map((row) => row.home_area_id))].sort();
  const index = new Map(areaIds.map((id, i) => [id, i]));
  const tables = Object.fromEntries(
    (Object.keys(BUCKETS) as Measure[]).map((measure) => {
      const counts = areaIds.map(() => BUCKETS[measure].map(() => 0));
      for (const row of rows) {
        const c = BUCKETS[measure].indexOf(row.bucket);
        if (row.measure === measure && c >= 0) counts[index.get(row.home_area_id)!][c] = row.answers;
      }
      const hidden = hiddenCells(counts, BUCKETS[measure].length);
      const national = BUCKETS[measure].map((_, c) => counts.reduce((sum, area) => sum + area[c], 0));
      const shown = (values: number[], hiddenRow: boolean[]) => values.map((value, c) => (hiddenRow[c] ? HIDDEN : value));
      return [measure, { counts: counts.map((area, r) => shown(area, hidden.areas[r])), national: shown(national, hidden.national) }];
    }),
  ) as Record<Measure, { counts: number[][]; national: number[] }>;

  const figures = (pick: (table: { counts: number[][]; national: number[] }) => number[] | undefined): WellbeingFigures => {
    const values = (measure: Measure) => pick(tables[measure]) ?? BUCKETS[measure].map(() => 0);
    const bands = (measure: 'ISSUE' | 'RENEWAL') =>
      suppressCounts(BANDS.map((band, c) => ({ ...band, answers: values(measure)[c] })), ['answers'], ANONYMOUS) as WellbeingBandCount[];
    return Object.assign(new WellbeingFigures(), {
      fromMonth,
      toMonth,
      atIssue: bands('ISSUE'),
      atRenewal: bands('RENEWAL'),
      change: suppressCounts(DIRECTIONS.map((direction, c) => ({ direction, holders: values('CHANGE')[c] })), ['holders'], ANONYMOUS) as WellbeingChangeCount[],
    });
  };
  const byArea = new Map<string, WellbeingFigures>();
  return {
    area: (areaId) => {
      if (!byArea.has(areaId)) byArea.set(areaId, figures((table) => (index.has(areaId) ? table.counts[index.get(areaId)!] : undefined)));
      return byArea.get(areaId)!;
    },
    national: figures((table) => table.national),
  };
}
