import { randomBytes, randomUUID } from 'node:crypto';
import { stableId } from '@kaiku/subgraph-kit';
import {
  eventually,
  finnishYear,
  freePort,
  startGatewayOver,
  startStack,
  subgraphProcess,
  type ExtraGateway,
  type SubgraphProcess,
  type TestStack,
} from '@kaiku/testing';
import { seconds } from './support';

const USES = Number(process.env.FAULTS_REPLICA_USES ?? 10_000);
const CLIENTS = 20;
const CARDS = 200;
/** Tries of one use (same idempotency key) before the test calls it failed. */
const ATTEMPTS = 3;
const THEATRE = stableId('partner', 'hki-kaupunginteatteri');
const HELSINKI_UNIT = stableId('partner', 'hki-sosiaalipalvelut');
const REGISTER = 'mutation($input: RegisterCardUseInput!) { registerCardUse(input: $input) { id } }';

interface Use {
  cardNumber: string;
  partnerId: string;
  category: 'CULTURE';
  adultTickets: number;
  childTickets: number;
  idempotencyKey: string;
}

/**
 * Fault 5, replicas: two cards and two statistics subgraphs (real processes, followers on) over
 * one database, started two at a time so their migrations race; two gateways, one in front of
 * each cards replica. 10,000 uses go through both while one statistics replica is SIGKILLed
 * halfway. At the end every acknowledged use is stored once and the national figures read
 * through a gateway equal the acknowledged uses exactly.
 */
describe('two replicas each of cards and statistics on one database', () => {
  let stack: TestStack;
  const cards: SubgraphProcess[] = [];
  const statistics: SubgraphProcess[] = [];
  const gateways: ExtraGateway[] = [];

  beforeAll(async () => {
    const began = Date.now();
    // Areas and partners once, in the test's process, with their demo data (the theatre, the issuing unit).
    stack = await startStack({ only: ['areas', 'partners'], seed: true });
    const internalPublicJwk = stack.keys.internal.publicJwk;
    // Both cards replicas hash with the same key, as replicas given one KAIKU_CARDS_SECRET do.
    const env = { KAIKU_CARDS_SECRET: randomBytes(32).toString('base64') };
    for (let i = 0; i < 2; i += 1) {
      cards.push(subgraphProcess({ folder: 'subgraphs/cards', port: await freePort(), databaseUrl: stack.database.url, internalPublicJwk, env }));
      statistics.push(subgraphProcess({ folder: 'subgraphs/statistics', port: await freePort(), databaseUrl: stack.database.url, internalPublicJwk }));
    }
    // Replicas of one subgraph start at the same moment on an empty schema: one migrates, the other waits for it.
    const took = await Promise.all([...cards, ...statistics].map((replica) => replica.start()));
    for (let i = 0; i < 2; i += 1) {
      gateways.push(await startGatewayOver(stack, { subgraphs: ['areas', 'partners', 'cards', 'statistics'], urls: { cards: cards[i].url, statistics: statistics[i].url } }));
    }
    console.log(`stack, four replicas (ready in ${took.map(seconds).join(', ')}) and two gateways up in ${seconds(Date.now() - began)}`);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await Promise.all([...cards, ...statistics].map((replica) => replica.stop()));
    await stack?.stop();
  });

  it('stores every acknowledged use once and counts it once, with one statistics replica killed midway', async () => {
    const db = stack.subgraphs.partners.dataSource;
    const [{ migrated }] = await db.query(
      "SELECT count(*)::int AS migrated FROM cards.migrations WHERE name = 'RateLimits1764160000000'",
    );
    expect(migrated).toBe(1);

    const acknowledged: Use[] = [];
    const failures: string[] = [];
    const retried: string[] = [];
    const register = async (gateway: ExtraGateway, token: string, use: Use) => {
      const response = await gateway.request(REGISTER, { input: use }, { token });
      if (!response.errors && response.data?.registerCardUse?.id) acknowledged.push(use);
      return response;
    };

    // The theatre may take uses once it accepts the principles; the cards replicas learn that from the partners log.
    const admin = await stack.token({ role: 'NATIONAL_ADMIN' });
    const accepted = await gateways[0].request(`mutation { acceptOperatingPrinciples(partnerId: "${THEATRE}", version: "2024-1") { id } }`, {}, { token: admin });
    expect(accepted.errors).toBeUndefined();
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'replicas-distributor');
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: THEATRE }, 'replicas-door');
    const numbers: string[] = [];
    const issue = (gateway: ExtraGateway) =>
      gateway.request('mutation($input: IssueCardInput!) { issueCard(input: $input) { number } }', { input: { distributorId: HELSINKI_UNIT, birthYear: 1975, postcode: '00100', children: 2 } }, { token: distributor });
    await eventually(async () => {
      const first = await issue(gateways[0]);
      expect(first.errors).toBeUndefined();
      numbers.push(first.data.issueCard.number);
    }, 60_000);
    // Both replicas follow the partners log on their own: wait until each takes a use.
    for (const gateway of gateways) {
      await eventually(async () => {
        const use = { cardNumber: numbers[0], partnerId: THEATRE, category: 'CULTURE' as const, adultTickets: 1, childTickets: 0, idempotencyKey: randomUUID() };
        expect((await register(gateway, staff, use)).errors).toBeUndefined();
      }, 60_000);
    }
    for (let i = numbers.length; i < CARDS; i += 1) {
      const issued = await issue(gateways[i % 2]);
      expect(issued.errors).toBeUndefined();
      numbers.push(issued.data.issueCard.number);
    }

    // The load: 20 clients, half on each gateway (so on each cards replica), a fresh key per use.
    const started = Date.now();
    const perGateway = [0, 0];
    let next = 0;
    let kill: Promise<{ at: number; applied: number }> | undefined;
    const applied = async () => (await db.query('SELECT count(*)::int AS n FROM statistics.use_facts'))[0].n as number;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const gateway = gateways[client % 2];
        while (next < USES) {
          const n = next++;
          const use: Use = { cardNumber: numbers[n % numbers.length], partnerId: THEATRE, category: 'CULTURE', adultTickets: 1, childTickets: n % 3, idempotencyKey: randomUUID() };
          // A use that got no answer is sent again with the same key, as a door app does: the key
          // makes the retry safe, and the end shows it stored once. Retries are counted and reported.
          for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
            let failure: string;
            try {
              const response = await register(gateway, staff, use);
              if (!response.errors) {
                perGateway[client % 2] += 1;
                break;
              }
              failure = JSON.stringify(response.errors).slice(0, 300);
            } catch (error) {
              failure = (error as Error).message;
            }
            (attempt < ATTEMPTS ? retried : failures).push(failure);
          }
          // Halfway, one statistics replica dies without a goodbye, whatever it was doing.
          if (!kill && n >= USES / 2) kill = statistics[1].kill('SIGKILL').then(async () => ({ at: Date.now() - started, applied: await applied() }));
        }
      }),
    );
    const sent = Date.now() - started;
    const killed = await kill!;
    // A failure names what the replicas said about it.
    expect({ failures: failures.length, first: failures.slice(0, 3), cards: failures.length ? cards.map((replica) => replica.lastErrors().slice(-5)) : [] }).toEqual({ failures: 0, first: [], cards: [] });
    expect(statistics[1].running()).toBe(false);
    // The load's uses and one probe through each gateway.
    expect(acknowledged).toHaveLength(USES + gateways.length);

    // Exactly once in cards: every acknowledged key one row, and no row that was not acknowledged.
    const keys = acknowledged.map((use) => use.idempotencyKey);
    const [stored] = await db.query(
      'SELECT count(*)::int AS rows, count(DISTINCT idempotency_key)::int AS keys, (SELECT count(*)::int FROM cards.card_uses) AS total FROM cards.card_uses WHERE idempotency_key = ANY($1)',
      [keys],
    );
    expect(stored).toEqual({ rows: keys.length, keys: keys.length, total: keys.length });

    // The ground truth from what was acknowledged; the figures a user reads must reach it exactly.
    const truth = {
      uses: acknowledged.length,
      adultTickets: acknowledged.reduce((sum, use) => sum + use.adultTickets, 0),
      childTickets: acknowledged.reduce((sum, use) => sum + use.childTickets, 0),
      coursePlaces: 0,
      cardsUsed: new Set(acknowledged.map((use) => use.cardNumber)).size,
    };
    const year = finnishYear();
    const analyst = await stack.token({ role: 'ANALYST' });
    let figures: typeof truth | undefined;
    await eventually(async () => {
      const response = await gateways[0].request(
        'query($from: Date!, $to: Date!) { nationalStatistics(from: $from, to: $to) { totals { uses adultTickets childTickets coursePlaces cardsUsed } } }',
        { from: `${year}-01-01`, to: `${year}-12-31` },
        { token: analyst },
      );
      expect(response.errors).toBeUndefined();
      figures = response.data.nationalStatistics.totals;
      expect(figures).toEqual(truth);
    }, 120_000);
    const counted = Date.now() - started;
    expect(await applied()).toBe(truth.uses);

    console.log(
      `${truth.uses.toLocaleString('en')} uses acknowledged (${perGateway.join(' + ')} through the two gateways and cards replicas, ${CLIENTS} clients) in ${seconds(sent)}; ` +
        `statistics replica 2 SIGKILLed at ${seconds(killed.at)} with ${killed.applied} uses counted; all counted by the survivor ${seconds(counted)} after the first use; ` +
        `each key stored once; national figures equal the ground truth (${truth.cardsUsed} cards used); ` +
        `${retried.length} uses sent again with their key after an error${retried.length ? ` (${[...new Set(retried)].join('; ').slice(0, 300)})` : ''}`,
    );
  });
});
