/**
 * registerCardUse through the gateway: uses per second with 1 and with 20 concurrent clients,
 * and exactly-once checked afterwards against the rows in PostgreSQL.
 *   npm run bench -- uses
 */
import { randomUUID } from 'node:crypto';
import { IssueCardDocument, RegisterCardUseDocument } from '@kaiku/client';
import { benchStack, HELSINKI_UNIT, percentile, THEATRE } from './stack';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export async function benchRegisterUses(): Promise<void> {
  const { stack, stop } = await benchStack();
  try {
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT });
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: THEATRE });
    const cards: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const response = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1975, postcode: '00100', children: 0 } }, { token: distributor });
      cards.push(response.data!.issueCard.number);
    }
    console.log(`Issued ${cards.length} cards. Each round runs ${SECONDS} s.`);
    const rows: string[] = [];
    for (const clients of [1, 20]) {
      const [{ count: before }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.card_uses');
      const latencies: number[] = [];
      let ok = 0;
      let errors = 0;
      let next = 0;
      const deadline = performance.now() + SECONDS * 1000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (performance.now() < deadline) {
            const input = { cardNumber: cards[next++ % cards.length], partnerId: THEATRE, category: 'CULTURE' as const, adultTickets: 1, idempotencyKey: randomUUID() };
            const t0 = performance.now();
            const response = await stack.request(RegisterCardUseDocument, { input }, { token: staff });
            latencies.push(performance.now() - t0);
            if (response.errors) errors += 1;
            else ok += 1;
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      const [{ count: after }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.card_uses');
      latencies.sort((a, b) => a - b);
      const exactlyOnce = after - before === ok ? 'yes' : `NO (${after - before} rows for ${ok} acknowledged)`;
      rows.push(
        `| ${clients} | ${(ok / elapsed).toFixed(0)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 95).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${errors} | ${exactlyOnce} |`,
      );
      console.log(rows.at(-1));
    }
    console.log('\n| clients | uses/s | p50 ms | p95 ms | p99 ms | errors | exactly once |\n|---|---|---|---|---|---|---|');
    console.log(rows.join('\n'));
    await statisticsLag(stack, cards, staff);
  } finally {
    await stop();
  }
}

/**
 * Statistics lag: from a use's acknowledgement to its fact (and rollups, written in the same
 * transaction) in the statistics subgraph, while uses keep arriving from 10 clients.
 */
async function statisticsLag(stack: Awaited<ReturnType<typeof benchStack>>['stack'], cards: string[], staff: string): Promise<void> {
  const acknowledged = new Map<string, number>();
  const lags: number[] = [];
  let writing = true;
  let next = 0;
  const writers = Array.from({ length: 10 }, async () => {
    while (writing) {
      const input = { cardNumber: cards[next++ % cards.length], partnerId: THEATRE, category: 'CULTURE' as const, adultTickets: 1, idempotencyKey: randomUUID() };
      const response = await stack.request(RegisterCardUseDocument, { input }, { token: staff });
      if (response.data) acknowledged.set(response.data.registerCardUse.id, performance.now());
    }
  });
  const watcher = (async () => {
    while (writing || acknowledged.size > 0) {
      const ids = [...acknowledged.keys()];
      if (ids.length) {
        const seen: Array<{ use_id: string }> = await stack.subgraphs.statistics.dataSource.query('SELECT use_id FROM statistics.use_facts WHERE use_id = ANY($1::uuid[])', [ids]);
        const now = performance.now();
        for (const { use_id } of seen) {
          lags.push(now - acknowledged.get(use_id)!);
          acknowledged.delete(use_id);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  writing = false;
  await Promise.all(writers);
  await watcher;
  lags.sort((a, b) => a - b);
  console.log(`\nStatistics lag over ${lags.length} uses (${(lags.length / SECONDS).toFixed(0)} uses/s): p50 ${percentile(lags, 50).toFixed(0)} ms, p99 ${percentile(lags, 99).toFixed(0)} ms, max ${lags.at(-1)?.toFixed(0)} ms`);
}
