import { randomUUID } from 'node:crypto';
import { eventLogApplied, eventually, startOwnPostgres, startStack, type OwnPostgres, type TestStack } from '@kaiku/testing';
import { HELSINKI_THEATRE, HELSINKI_UNIT, venuesReady } from '../e2e/cards-support';
import { seconds } from './support';

const CLIENTS = 10;
const MAX_ATTEMPTS = 120;
const RETRY_PAUSE_MS = 250;

const REGISTER = 'mutation($input: RegisterCardUseInput!) { registerCardUse(input: $input) { id } }';

/**
 * Fault 3: PostgreSQL stops and starts again while ten venues record card uses through the
 * gateway. A client that gets no acknowledgement sends the same request with the same
 * idempotency key again, as the API asks; every acknowledged use must be stored exactly once,
 * nothing no one sent may be stored, and the subgraphs' pools must serve again after the restart.
 */
describe('PostgreSQL restarted under write load', () => {
  let postgres: OwnPostgres;
  let stack: TestStack;
  const previousAdminUrl = process.env.KAIKU_TEST_ADMIN_URL;

  beforeAll(async () => {
    postgres = await startOwnPostgres();
    // The stack makes its database in the PostgreSQL this test owns.
    process.env.KAIKU_TEST_ADMIN_URL = postgres.adminUrl;
    stack = await startStack({ seed: true, only: ['areas', 'partners', 'cards', 'statistics'] });
    await venuesReady(stack);
  }, 180_000);

  afterAll(async () => {
    try {
      if (postgres && !postgres.running()) await postgres.start().catch(() => undefined);
      await stack?.stop();
    } finally {
      process.env.KAIKU_TEST_ADMIN_URL = previousAdminUrl;
      await postgres?.remove();
    }
  });

  it('stores every acknowledged use exactly once, and nothing else, across the restart', async () => {
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre-staff');
    const cards: string[] = [];
    for (let i = 0; i < CLIENTS; i += 1) {
      const issued = await stack.request('mutation($input: IssueCardInput!) { issueCard(input: $input) { number } }', {
        input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children: 1, lifeSituation: 'UNEMPLOYED' },
      }, { token: distributor });
      expect(issued.errors).toBeUndefined();
      cards.push(issued.data.issueCard.number);
    }
    const [{ count: before }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.card_uses');

    const sent = new Set<string>();
    const acknowledged = new Map<string, { id: string; at: number }>();
    const failures: Array<{ at: number; client: number; why: string }> = [];
    const gaveUp: string[] = [];
    let stopped = false;
    const client = async (card: string, i: number) => {
      while (!stopped) {
        const idempotencyKey = `fault-${i}-${randomUUID()}`;
        const input = { cardNumber: card, partnerId: HELSINKI_THEATRE, category: 'CULTURE', adultTickets: 1, childTickets: i % 2, idempotencyKey };
        sent.add(idempotencyKey);
        let done = false;
        for (let attempt = 1; attempt <= MAX_ATTEMPTS && !done; attempt += 1) {
          try {
            const response = await stack.request(REGISTER, { input }, { token: staff });
            if (response.data?.registerCardUse?.id) {
              acknowledged.set(idempotencyKey, { id: response.data.registerCardUse.id, at: Date.now() });
              done = true;
              break;
            }
            failures.push({ at: Date.now(), client: i, why: `${response.status} ${response.errors?.[0]?.extensions?.code}` });
          } catch (error) {
            failures.push({ at: Date.now(), client: i, why: (error as Error).message });
          }
          await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
        }
        if (!done) gaveUp.push(idempotencyKey);
      }
    };
    const clients = cards.map((card, i) => client(card, i));
    const acksSince = (since: number) => [...acknowledged.values()].filter((ack) => ack.at >= since).length;

    const listeners = async () =>
      (await stack.subgraphs.cards.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`))[0].n as number;
    const listenersBefore = await listeners();
    await eventually(async () => expect(acknowledged.size).toBeGreaterThanOrEqual(30), 60_000);
    const stopping = Date.now();
    await postgres.stop();
    const stoppedAt = Date.now();
    // Down long enough that every client meets it.
    await eventually(async () => expect(new Set(failures.filter((failure) => failure.at >= stoppedAt).map((failure) => failure.client)).size).toBe(CLIENTS), 30_000);
    const startTook = await postgres.start();
    const restarted = Date.now();
    await eventually(async () => expect(acksSince(restarted)).toBeGreaterThanOrEqual(1), 30_000);
    const firstAck = Math.min(...[...acknowledged.values()].filter((ack) => ack.at >= restarted).map((ack) => ack.at));
    await eventually(async () => expect(acksSince(restarted)).toBeGreaterThanOrEqual(50), 60_000);
    stopped = true;
    await Promise.all(clients);

    // Every client got its every use acknowledged, within its retries.
    expect(gaveUp).toEqual([]);
    expect(acknowledged.size).toBe(sent.size);
    const rows: Array<{ key: string; id: string; n: number }> = await stack.subgraphs.cards.dataSource.query(
      `SELECT idempotency_key AS key, min(id::text) AS id, count(*)::int AS n FROM cards.card_uses WHERE idempotency_key LIKE 'fault-%' GROUP BY 1`,
    );
    const stored = new Map(rows.map((row) => [row.key, row]));
    // Exactly once, with the id the client was given.
    expect(rows.filter((row) => row.n !== 1)).toEqual([]);
    for (const [key, ack] of acknowledged) expect(stored.get(key)?.id).toBe(ack.id);
    // Nothing stored that no client sent.
    expect([...stored.keys()].filter((key) => !sent.has(key))).toEqual([]);
    const [{ count: after }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.card_uses');
    expect(after - before).toBe(acknowledged.size);
    // The failures were the masked kind a client can retry, never a refusal of the retried key.
    const reasons = new Set(failures.map((failure) => failure.why));
    expect([...reasons].filter((why) => why !== '200 INTERNAL_SERVER_ERROR')).toEqual([]);

    // Every subgraph serves again, and the followers pick up from the log: statistics counts every use once.
    const ready = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(200);
    expect((await stack.request('{ areas { code } partners(first: 5) { totalCount } }')).errors).toBeUndefined();
    await eventLogApplied(stack, { stream: 'cards', subgraph: 'statistics', cursorSchema: 'statistics', name: 'statistics-facts' }, 60_000);
    const [{ facts }] = await stack.subgraphs.statistics.dataSource.query('SELECT count(*)::int AS facts FROM statistics.use_facts');
    expect(facts).toBe(after);
    // Every follower listens again for notifications (it polls meanwhile, so nothing waited for ever).
    await eventually(async () => expect(await listeners()).toBe(listenersBefore), 15_000);
    const listenersAfter = await listeners();

    console.log(
      `${CLIENTS} clients, ${sent.size} uses sent, ${acknowledged.size} acknowledged and stored once; ${failures.length} failed attempts retried with the same key; ` +
        `PostgreSQL stopped in ${seconds(stoppedAt - stopping)}, started again in ${seconds(startTook)}; first acknowledged use ${seconds(firstAck - restarted)} after the restart; follower LISTEN connections ${listenersBefore} before, ${listenersAfter} after`,
    );
  });
});
