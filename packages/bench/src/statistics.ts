/**
 * nationalStatistics at national scale: 10 million uses across 100 areas, 500 venues and
 * 4 million cards, timed through the gateway (the platform as separate processes) against the
 * same answer from a raw GROUP BY.
 *   npm run bench -- statistics        (BENCH_USES, BENCH_CARDS to scale down)
 */
import { SingleBar, Presets } from 'cli-progress';
import { AreaStatisticsDocument } from '@kaiku/client';
import type { EntityManager } from 'typeorm';
import { print } from 'graphql';
import { DataSource } from 'typeorm';
import { post, startPlatform } from './platform';
import { percentile } from './stack';
// The statistics subgraph's own rollup code builds the rollups from the generated facts.
import { addToRollups, countNewHolders } from '../../../subgraphs/statistics/src/rollups/uses';
import { crossAreaFor, figuresFor } from '../../../subgraphs/statistics/src/figures';

const USES = Number(process.env.BENCH_USES ?? 10_000_000);
const CARDS = Number(process.env.BENCH_CARDS ?? 4_000_000);
export const AREAS = 100;
const VENUES = 500;
export const YEAR = 2025;
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

async function step(label: string, work: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  process.stdout.write(`${label}... `);
  await work();
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Facts as ingestion would write them: cards over two years, uses over one; most uses in the home area. */
export async function generate(db: EntityManager): Promise<void> {
  const chunk = 1_000_000;
  const bar = new SingleBar({ format: 'Generating [{bar}] {value}/{total} rows', stream: process.stdout, noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
  bar.start(CARDS + USES, 0);
  for (let start = 0; start < CARDS; start += chunk) {
    await db.query(
      `INSERT INTO statistics.card_facts (card_key, holder_key, home_area_id, issued_by_partner_id, issued_on, valid_until, kind, state, is_replacement,
         birth_year, postcode_area, children, life_situation, gender)
       SELECT 'c' || c, 'h' || c, md5('area' || (c % ${AREAS}))::uuid, md5('issuer' || (c % ${VENUES}))::uuid,
              d, d + 365, 'PERSONAL', 'ACTIVE', false, 1940 + (c % 66), lpad(((c * 7) % 990)::text, 3, '0'), (c % 4)::smallint,
              (ARRAY['UNEMPLOYED','RETIRED','STUDENT','EMPLOYED','OTHER'])[1 + c % 5], (ARRAY['WOMAN','MAN','OTHER'])[1 + c % 3]
         FROM generate_series($1::bigint, $2::bigint) AS c, LATERAL (SELECT date '${YEAR - 1}-01-01' + ((c * 7919) % 730)::int AS d) x`,
      [start, Math.min(CARDS, start + chunk) - 1],
    );
    bar.update(Math.min(CARDS, start + chunk));
  }
  for (let start = 0; start < USES; start += chunk) {
    await db.query(
      `INSERT INTO statistics.use_facts (use_id, card_key, holder_key, home_area_id, venue_partner_id, venue_area_id, venue_sector, issued_by_partner_id,
         category, adult_tickets, child_tickets, course_places, used_on)
       SELECT md5('use' || u)::uuid, 'c' || card, 'h' || card, md5('area' || (card % ${AREAS}))::uuid, md5('venue' || venue)::uuid,
              md5('area' || (venue % ${AREAS}))::uuid, (ARRAY['PUBLIC','PRIVATE','THIRD_SECTOR'])[1 + venue % 3], md5('issuer' || (card % ${VENUES}))::uuid,
              (ARRAY['CULTURE','CULTURE','EDUCATION','SCIENCE','SPORT'])[1 + venue % 5],
              CASE WHEN venue % 5 = 2 THEN 0 ELSE 1 END, CASE WHEN venue % 5 = 2 THEN 0 ELSE (u % 3) END, CASE WHEN venue % 5 = 2 THEN 1 ELSE 0 END,
              date '${YEAR}-01-01' + ((u * 104729) % 365)::int
         FROM generate_series($1::bigint, $2::bigint) AS u,
              LATERAL (SELECT (u * 2654435761) % ${CARDS} AS card) k,
              LATERAL (SELECT CASE WHEN u % 5 = 0 THEN (u * 31) % ${VENUES} ELSE (card % ${AREAS}) + ${AREAS} * ((u * 13) % ${VENUES / AREAS}) END AS venue) v`,
      [start, Math.min(USES, start + chunk) - 1],
    );
    bar.update(CARDS + Math.min(USES, start + chunk));
  }
  bar.stop();
}

/** The rollups, built with the subgraph's own set-wise code over all facts at once. */
export async function buildRollups(db: EntityManager): Promise<void> {
  await step('Rollups of uses (day, month, area, partner)', () => addToRollups(db, 'statistics.use_facts', 1));
  await step('Distinct holders per month and year', () => countNewHolders(db, 'statistics.use_facts'));
  await step('Cards issued and active-card deltas', async () => {
    await db.query(`INSERT INTO statistics.cards_issued_by_day (day, home_area_id, issued_by_partner_id, cards)
      SELECT issued_on, home_area_id, issued_by_partner_id, count(*) FROM statistics.card_facts GROUP BY 1, 2, 3`);
    await db.query(`INSERT INTO statistics.active_card_deltas (day, home_area_id, delta)
      SELECT day, home_area_id, sum(delta) FROM (
        SELECT issued_on AS day, home_area_id, 1 AS delta FROM statistics.card_facts
        UNION ALL SELECT valid_until + 1, home_area_id, -1 FROM statistics.card_facts) d GROUP BY 1, 2`);
    await db.query(`INSERT INTO statistics.cards_issued_by_month (month, home_area_id, issued_by_partner_id, cards)
      SELECT date_trunc('month', day)::date, home_area_id, issued_by_partner_id, sum(cards) FROM statistics.cards_issued_by_day GROUP BY 1, 2, 3`);
    await db.query(`INSERT INTO statistics.active_card_deltas_by_month (month, home_area_id, delta)
      SELECT date_trunc('month', day)::date, home_area_id, sum(delta) FROM statistics.active_card_deltas GROUP BY 1, 2`);
  });
  await step('ANALYZE', () => db.query('ANALYZE'));
}

/** The same figures straight from the facts, as one would without rollups. */
async function rawNational(db: EntityManager, from: string, to: string): Promise<unknown> {
  return Promise.all([
    db.query(`SELECT home_area_id, category, date_trunc('month', used_on) AS m, count(*), sum(adult_tickets), sum(child_tickets), sum(course_places)
                FROM statistics.use_facts WHERE used_on BETWEEN $1 AND $2 GROUP BY GROUPING SETS ((), (home_area_id), (category), (m))`, [from, to]),
    db.query('SELECT home_area_id, count(DISTINCT holder_key) FROM statistics.use_facts WHERE used_on BETWEEN $1 AND $2 GROUP BY home_area_id', [from, to]),
    db.query(`SELECT home_area_id, count(*) FILTER (WHERE issued_on BETWEEN $1 AND $2), count(*) FILTER (WHERE issued_on <= $2 AND valid_until >= $2)
                FROM statistics.card_facts GROUP BY home_area_id`, [from, to]),
  ]);
}

/** A timed query, with untimed set-up before each run. */
type Work = { before?: () => Promise<unknown>; run: () => Promise<unknown> };

async function timeAlternating(runs: number, works: Work[]): Promise<Array<{ p50: number; p95: number }>> {
  for (const work of works) await work.run();
  const samples = works.map(() => [] as number[]);
  for (let i = 0; i < runs; i += 1) {
    for (const [k, work] of works.entries()) {
      await work.before?.();
      const started = performance.now();
      await work.run();
      samples[k].push(performance.now() - started);
    }
  }
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    return { p50: percentile(list, 50), p95: percentile(list, 95) };
  });
}

async function time(runs: number, work: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await before?.();
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export async function benchStatistics(): Promise<void> {
  // The platform as in production: each subgraph and the gateway its own process.
  const platform = await startPlatform({ gateways: ['kaiku'] });
  const dataSource = await new DataSource({ type: 'postgres', url: platform.databaseUrl, extra: { max: 10 } }).initialize();
  try {
    const db = dataSource.manager;
    const url = platform.gateways.kaiku!.url;
    console.log(`Generating ${USES.toLocaleString('en')} uses, ${CARDS.toLocaleString('en')} cards, ${AREAS} areas, ${VENUES} venues.`);
    const started = Date.now();
    // The demo data's few facts out of the way: the figures are the generated ones alone.
    const grains = ['day', 'month'].flatMap((grain) => ['area_uses', 'cross_area_uses', 'sector_uses', 'partner_uses'].map((table) => `statistics.${table}_by_${grain}`));
    await db.query(`TRUNCATE statistics.card_facts, statistics.use_facts, statistics.cards_issued_by_day, statistics.active_card_deltas,
      statistics.cards_issued_by_month, statistics.active_card_deltas_by_month,
      statistics.holder_periods, statistics.holders_used, ${grains.join(', ')}`);
    await generate(db);
    await buildRollups(db);
    console.log(`Data ready in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    if (process.env.BENCH_HOLD) {
      // For EXPLAIN ANALYZE by hand: the data stays until Ctrl-C.
      console.log(`Holding: psql ${platform.databaseUrl} ; gateway ${platform.gateways.kaiku!.url}. Ctrl-C to stop.`);
      await new Promise(() => undefined);
    }
    const analyst = { authorization: `Bearer ${await platform.token({ role: 'ANALYST' })}` };
    const year = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
    // A dashboard's query: every breakdown, areas by id (a frontend names them from its own list).
    const dashboard = `query($from: Date!, $to: Date!) { nationalStatistics(from: $from, to: $to) {
      totals { cardsIssued activeCards cardsUsed uses adultTickets childTickets coursePlaces }
      byArea { area { id } totals { cardsIssued cardsUsed uses } }
      byCategory { category uses adultTickets childTickets coursePlaces }
      byMonth { month uses cardsIssued }
      byPartnerSector { sector uses }
      crossArea { homeArea { id } venueArea { id } uses } } }`;
    // The same dashboard with the cross-area table as a matrix (cheaper per cell, but dense: areas x areas cells).
    const dashboardWithMatrix = dashboard.replace('crossArea { homeArea { id } venueArea { id } uses }', 'crossAreaMatrix { homeAreas { id } venueAreas { id } uses }');
    const ask = (query: string) => async () => {
      const response = await post(url, query, year, analyst);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
    };
    // The statistics subgraph keeps figures until the rollups change (figures-cache.ts). "An event
    // applied" stamps the rollups as the follower does, so the query after it computes afresh.
    const eventApplied = () =>
      db.query(`UPDATE statistics.event_cursors SET updated_at = now() WHERE stream = 'cards' AND follower = 'statistics-facts'`);
    // Alternating, so a busy moment of the machine falls on all alike.
    const [national, withMatrix, cached, direct] = await timeAlternating(RUNS, [
      { before: eventApplied, run: ask(dashboard) },
      { before: eventApplied, run: ask(dashboardWithMatrix) },
      { run: ask(dashboard) },
      { run: () => Promise.all([figuresFor(db, year), crossAreaFor(db, year)]) },
    ]);
    // Printed at once, so a later failure cannot lose them.
    console.log('\n| query | p50 ms | p95 ms |\n|---|---|---|');
    console.log(`| nationalStatistics, one year, through the gateway, an event applied before each query | ${national.p50.toFixed(1)} | ${national.p95.toFixed(1)} |`);
    console.log(`| the same with the cross-area table as a matrix | ${withMatrix.p50.toFixed(1)} | ${withMatrix.p95.toFixed(1)} |`);
    console.log(`| the same list query, no event since the last query (figures kept) | ${cached.p50.toFixed(1)} | ${cached.p95.toFixed(1)} |`);
    console.log(`| the same figures read from the rollups without GraphQL | ${direct.p50.toFixed(1)} | ${direct.p95.toFixed(1)} |`);
    // One generated area, registered in the areas subgraph so the graph can name it.
    await db.query(
      `INSERT INTO areas.areas (id, code, name_fi, kind, status) VALUES (md5('area' || 7)::uuid, 'bench-area', 'Bench', 'REGION', 'ACTIVE')`,
    );
    try {
      // Each run after an event, so its figures and demographics are computed, not kept.
      const area = await time(Math.min(RUNS, Number(process.env.BENCH_AREA_RUNS ?? 10)), async () => {
        const response = await post(url, print(AreaStatisticsDocument), { code: 'bench-area', ...year }, analyst);
        if (response.errors || !response.data?.area) throw new Error(JSON.stringify(response.errors ?? 'no area'));
      }, eventApplied);
      console.log(`| an area's figures, one year (with demographics) | ${area.p50.toFixed(1)} | ${area.p95.toFixed(1)} |`);
    } catch (error) {
      console.log(`| an area's figures, one year (with demographics) | failed: ${(error as Error).message} | |`);
    }
    const raw = await time(Math.max(3, Math.floor(RUNS / 10)), () => rawNational(db, year.from, year.to));
    console.log(`| the same national answer by raw GROUP BY over the facts | ${raw.p50.toFixed(0)} | ${raw.p95.toFixed(0)} |`);
    console.log(`\nRatio raw / rollups (p50): ${(raw.p50 / national.p50).toFixed(0)}x`);
  } finally {
    await dataSource.destroy();
    await platform.stop();
  }
}
