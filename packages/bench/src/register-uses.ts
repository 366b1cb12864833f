/**
 * registerCardUse through the gateway, the platform running as separate processes and the
 * load coming from another process (uses-load.ts): uses per second with 1 and 20 concurrent
 * clients, exactly-once checked afterwards in PostgreSQL, the CPU each part spends per use,
 * PostgreSQL's own ceiling for the same writes, and the statistics lag at 1,000 uses/s.
 *   npm run bench -- uses          (BENCH_SECONDS, default 10)
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { notifyFollowers, publishEvents } from '@kaiku/events';
import { stableId } from '@kaiku/subgraph-kit';
import { cpuByPart, cpuPerRequest, post, startPlatform, type BenchPlatform } from './platform';
import { HELSINKI_UNIT, percentile, THEATRE } from './stack';
import type { UsesLoadResult, UsesLoadSpec } from './uses-load';
import { benchFile } from './child';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LAG_RATE = Number(process.env.BENCH_LAG_RATE ?? 1000);
const HELSINKI = stableId('area', 'helsinki');

export async function benchRegisterUses(): Promise<void> {
  const platform = await startPlatform({ gateways: ['kaiku'] });
  const db = await new DataSource({ type: 'postgres', url: platform.databaseUrl, extra: { max: 25 } }).initialize();
  try {
    const url = platform.gateways.kaiku!.url;
    const cards = await prepare(platform, url);
    const staff = await platform.token({ role: 'PARTNER_STAFF', partnerId: THEATRE });
    const rows: string[] = [];
    const ceilings: number[] = [];
    for (const clients of [1, 20]) {
      // The ceiling is taken just before and just after the 20-client round, and the ratio
      // against their mean: the machine's speed drifts by a third between minutes (another
      // tenant's load), and a ceiling taken once, elsewhere in the run, measured that drift.
      if (clients === 20) {
        await settle(db);
        ceilings.push(await postgresCeiling(db));
      }
      await settle(db);
      const [{ count: before }] = await db.query('SELECT count(*)::int AS count FROM cards.card_uses');
      const cpuBefore = cpuByPart(platform);
      const window = profileWindow();
      const result = await runUsesLoad({ url, token: staff, partnerId: THEATRE, cards, clients, seconds: SECONDS });
      window?.(clients);
      const cpu = cpuPerRequest(cpuBefore, cpuByPart(platform), Math.max(1, result.acknowledged.length));
      const [{ count: after }] = await db.query('SELECT count(*)::int AS count FROM cards.card_uses');
      // Every key acknowledged, in the window or when a cut-off request was sent again, is one
      // stored use, and there is no other new use.
      const keys = [...result.acknowledged, ...result.replayed];
      const [{ stored }] = await db.query('SELECT count(*)::int AS stored FROM cards.card_uses WHERE idempotency_key = ANY($1)', [keys]);
      const once = stored === keys.length && after - before === stored ? 'yes' : `NO (${stored} of ${keys.length} acknowledged stored, ${after - before} new rows)`;
      const latencies = result.latencies.sort((a, b) => a - b);
      rows.push(`| ${clients} | ${(result.acknowledged.length / result.seconds).toFixed(0)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 95).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${result.errors} | ${once} |`);
      console.log(`${rows.at(-1)}  CPU ms per use: ${cpu}; the load generator ${(result.cpuMs / Math.max(1, result.acknowledged.length)).toFixed(2)}`);
      if (clients === 20) {
        await settle(db);
        ceilings.push(await postgresCeiling(db));
        const ceiling = (ceilings[0] + ceilings[1]) / 2;
        const ratio = result.acknowledged.length / result.seconds / ceiling;
        rows.push(`\nPostgreSQL ceiling for the same writes (20 connections, one transaction per use): ${ceilings.map((c) => c.toFixed(0)).join(' before, ')} after the 20-client round; ratio of the platform's uses/s to their mean ${ratio.toFixed(3)}`);
      }
    }
    console.log('\n| clients | uses/s | p50 ms | p95 ms | p99 ms | errors | exactly once |\n|---|---|---|---|---|---|---|');
    console.log(rows.join('\n'));
    await statisticsLag(db);
  } finally {
    await db.destroy();
    await platform.stop();
  }
}

/**
 * With BENCH_PROFILE (platform.ts), the round's span on the monotonic clock in µs, the clock
 * of V8's CPU profiles, so a profile can be cut to one round (start-up and set-up left out).
 */
function profileWindow(): ((clients: number) => void) | undefined {
  if (!process.env.BENCH_PROFILE) return undefined;
  const start = process.hrtime.bigint() / 1000n;
  return (clients) => console.log(`profile window ${clients} clients: ${start} ${process.hrtime.bigint() / 1000n} µs`);
}

/** The demo theatre accepts the principles (so it may record uses) and the demo unit issues 200 cards. */
async function prepare(platform: BenchPlatform, url: string): Promise<string[]> {
  const admin = { authorization: `Bearer ${await platform.token({ role: 'NATIONAL_ADMIN' })}` };
  const accepted = await post(url, `mutation { acceptOperatingPrinciples(partnerId: "${THEATRE}", version: "2024-1") { id } }`, {}, admin);
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  const distributor = { authorization: `Bearer ${await platform.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT })}` };
  const cards: string[] = [];
  for (let i = 0; i < 200; i += 1) {
    const issued = await post(url, 'mutation($input: IssueCardInput!) { issueCard(input: $input) { number } }', { input: { distributorId: HELSINKI_UNIT, birthYear: 1975, postcode: '00100', children: 0 } }, distributor);
    if (issued.errors) throw new Error(JSON.stringify(issued.errors));
    cards.push(issued.data.issueCard.number);
  }
  // The cards subgraph learns the acceptance from the partners event log: wait for it.
  const staff = { authorization: `Bearer ${await platform.token({ role: 'PARTNER_STAFF', partnerId: THEATRE })}` };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const probe = await post(url, 'mutation($input: RegisterCardUseInput!) { registerCardUse(input: $input) { id } }', { input: { cardNumber: cards[0], partnerId: THEATRE, category: 'CULTURE', adultTickets: 1, idempotencyKey: randomUUID() } }, staff);
    if (!probe.errors) break;
    if (Date.now() > deadline) throw new Error(`The theatre cannot record uses: ${JSON.stringify(probe.errors)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.log(`Issued ${cards.length} cards. Each round runs ${SECONDS} s, load from a separate process.`);
  return cards;
}

function runUsesLoad(spec: UsesLoadSpec): Promise<UsesLoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...benchFile('uses-load'), JSON.stringify(spec)], {
      cwd: join(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`uses load exited with ${code}`))));
  });
}

/**
 * PostgreSQL's own ceiling for the writes of one use, without any JavaScript service: 20
 * connections each committing the use row, its event and its access-log entry in one transaction.
 */
async function postgresCeiling(db: DataSource): Promise<number> {
  const [card] = await db.query('SELECT id FROM cards.cards LIMIT 1');
  let done = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (performance.now() < deadline) {
        const id = randomUUID();
        await db.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO cards.card_uses (id, card_id, partner_id, home_area_id, venue_area_id, category, adult_tickets, child_tickets, course_places, used_on, idempotency_key)
             VALUES ($1::uuid, $2, $3, $4, $4, 'CULTURE', 1, 0, 0, current_date, $1::text)`,
            [id, card.id, THEATRE, HELSINKI],
          );
          await publishEvents(manager, 'cards', [{ type: 'BenchRawUse', payload: { useId: id } }]);
          await manager.query("INSERT INTO cards.access_log (subject, roles, action, card_key, request_id) VALUES ('bench', '-', 'RECORD_USE', $1, $1)", [id]);
        });
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

/**
 * Before each timed phase, what the one before left behind is done, as pgbench vacuums before
 * it runs: the followers have applied its events, VACUUM and ANALYZE have passed over its
 * rows (else autovacuum starts on them during the next phase, on the same two cores), and a
 * checkpoint has written its pages.
 */
async function settle(db: DataSource): Promise<void> {
  await followersCaughtUp(db);
  await db.query('VACUUM (ANALYZE)');
  await db.query('CHECKPOINT');
}

/**
 * Waits until every follower of the cards events has applied the last one: the ceiling's
 * events (BenchRawUse, which followers pass over) would otherwise still be read during the
 * next round, on the same two cores.
 */
async function followersCaughtUp(db: DataSource): Promise<void> {
  const schemas: Array<{ schema: string }> = await db.query("SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'event_cursors'");
  // A cursor is behind while an event lies past it in (transaction, id) order, as followers read.
  const behind = schemas
    .map(({ schema }) => `(SELECT count(*) FROM "${schema}".event_cursors c WHERE c.stream = 'cards' AND EXISTS (SELECT 1 FROM cards.event_log l WHERE (l.tx_id, l.id) > (c.tx_id, c.event_id)))`)
    .join(' + ');
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    const [{ waiting }] = await db.query(`SELECT (${behind || '0'})::int AS waiting`);
    if (waiting === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The followers of the cards events did not catch up within 2 minutes');
}

/**
 * Statistics lag at LAG_RATE uses/s: CardUseRecorded events are committed to the cards event
 * log at that pace (the rate the gateway path cannot yet reach), and each use's time from
 * commit to its fact and rollups in the statistics subgraph (one transaction) is taken.
 */
async function statisticsLag(db: DataSource): Promise<void> {
  const committed = new Map<string, number>();
  const lags: number[] = [];
  let writing = true;
  const perTick = Math.max(1, Math.round(LAG_RATE / 100));
  const writer = (async () => {
    const started = performance.now();
    for (let tick = 0; performance.now() - started < SECONDS * 1000; tick += 1) {
      const events = Array.from({ length: perTick }, () => {
        const useId = randomUUID();
        return {
          type: 'CardUseRecorded',
          payload: {
            useId, cardKey: `bench-${useId}`, holderKey: `bench-${useId}`, homeAreaId: HELSINKI, venuePartnerId: THEATRE, venueAreaId: HELSINKI,
            venueSector: 'PRIVATE', issuedByPartnerId: HELSINKI_UNIT, category: 'CULTURE', adultTickets: 1, childTickets: 0, coursePlaces: 0,
            usedOn: new Date().toISOString().slice(0, 10), offerId: null, assistantTickets: 0,
          },
        };
      });
      await db.transaction((manager) => publishEvents(manager, 'cards', events));
      // As the cards subgraph does after its writes: wake the followers (coalesced).
      notifyFollowers(db, 'cards');
      const now = performance.now();
      for (const event of events) committed.set(event.payload.useId, now);
      const wait = started + (tick + 1) * 10 - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    return (committed.size + lags.length) / ((performance.now() - started) / 1000);
  })();
  const watcher = (async () => {
    while (writing || committed.size > 0) {
      const ids = [...committed.keys()];
      if (ids.length) {
        const seen: Array<{ use_id: string }> = await db.query('SELECT use_id FROM statistics.use_facts WHERE use_id = ANY($1::uuid[])', [ids]);
        const now = performance.now();
        for (const { use_id } of seen) {
          lags.push(now - committed.get(use_id)!);
          committed.delete(use_id);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const rate = await writer;
  writing = false;
  await watcher;
  lags.sort((a, b) => a - b);
  console.log(`Statistics lag at ${rate.toFixed(0)} uses/s over ${lags.length} uses: p50 ${percentile(lags, 50).toFixed(0)} ms, p99 ${percentile(lags, 99).toFixed(0)} ms, max ${lags.at(-1)?.toFixed(0)} ms`);
}
