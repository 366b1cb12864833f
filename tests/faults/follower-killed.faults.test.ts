import { randomUUID } from 'node:crypto';
import { publishEvents } from '@kaiku/events';
import { eventually, freePort, startStack, subgraphProcess, type SubgraphProcess, type TestStack } from '@kaiku/testing';
import { seconds } from './support';

const USES = Number(process.env.FAULTS_USES ?? 100_000);
const PUBLISH_BATCH = 2_000;
const KILLS = Number(process.env.FAULTS_KILLS ?? 20);
const YEAR = 2025;
const CATEGORIES = ['CULTURE', 'EDUCATION', 'SCIENCE', 'SPORT'] as const;
const SECTORS = ['PUBLIC', 'PRIVATE', 'THIRD_SECTOR'];
const HOLDERS = 30_000;

interface Counts {
  uses: number;
  adultTickets: number;
  childTickets: number;
  coursePlaces: number;
}
const empty = (): Counts => ({ uses: 0, adultTickets: 0, childTickets: 0, coursePlaces: 0 });
function add(map: Map<string, Counts>, key: string, use: Counts): void {
  const counts = map.get(key) ?? empty();
  for (const field of Object.keys(counts) as Array<keyof Counts>) counts[field] += use[field];
  map.set(key, counts);
}

/**
 * Fault 4: 100,000 card uses are published into the cards event log (as the cards subgraph
 * writes them, in batches) while the statistics subgraph, a real process, is SIGKILLed 20 times
 * in the middle of following it and started again each time. At the end the figures a user
 * reads through the gateway equal the ground truth computed from the published events exactly.
 */
describe('the statistics follower killed 20 times while 100,000 uses are recorded', () => {
  let stack: TestStack;
  let statistics: SubgraphProcess;

  beforeAll(async () => {
    const port = await freePort();
    stack = await startStack({ only: ['areas', 'partners', 'cards', 'statistics'], workers: false, gateway: { subgraphUrls: { statistics: `http://127.0.0.1:${port}/graphql` } } });
    await stack.subgraphs.statistics.stop();
    statistics = subgraphProcess({ folder: 'subgraphs/statistics', port, databaseUrl: stack.database.url, internalPublicJwk: stack.keys.internal.publicJwk });
  }, 180_000);

  afterAll(async () => {
    await statistics?.stop();
    await stack?.stop();
  });

  it('counts every use exactly once: uses, tickets, per area, per month, per category', async () => {
    const db = stack.subgraphs.cards.dataSource;
    const areas = Array.from({ length: 8 }, () => randomUUID());
    const venues = Array.from({ length: 40 }, (_, i) => ({ id: randomUUID(), areaId: areas[i % areas.length], sector: SECTORS[i % SECTORS.length] }));
    const issuer = randomUUID();

    // The ground truth, tallied from the very payloads that are published.
    const truth = { totals: empty(), byArea: new Map<string, Counts>(), byMonth: new Map<string, Counts>(), byCategory: new Map<string, Counts>(), byAreaMonth: new Map<string, Counts>() };
    const holdersByArea = new Map<string, Set<string>>();
    const payload = (n: number) => {
      const holder = (n * 7919) % HOLDERS;
      const homeAreaId = areas[holder % areas.length];
      const venue = venues[(n * 31) % venues.length];
      const category = CATEGORIES[n % CATEGORIES.length];
      const course = category === 'EDUCATION';
      const month = `${YEAR}-${String(1 + (n % 12)).padStart(2, '0')}`;
      const use = { uses: 1, adultTickets: course ? 0 : 1, childTickets: course ? 0 : n % 3, coursePlaces: course ? 1 : 0 };
      add(new Map([['t', truth.totals]]), 't', use);
      add(truth.byArea, homeAreaId, use);
      add(truth.byMonth, month, use);
      add(truth.byCategory, category, use);
      add(truth.byAreaMonth, `${homeAreaId} ${month}`, use);
      holdersByArea.set(homeAreaId, (holdersByArea.get(homeAreaId) ?? new Set()).add(`h-${holder}`));
      return {
        useId: randomUUID(),
        cardKey: `c-${holder}`,
        holderKey: `h-${holder}`,
        homeAreaId,
        venuePartnerId: venue.id,
        venueAreaId: venue.areaId,
        venueSector: venue.sector,
        issuedByPartnerId: issuer,
        category,
        adultTickets: use.adultTickets,
        childTickets: use.childTickets,
        coursePlaces: use.coursePlaces,
        usedOn: `${month}-${String(1 + ((n * 7) % 28)).padStart(2, '0')}`,
        offerId: null,
        assistantTickets: 0,
      };
    };

    const count = async (sql: string): Promise<number> => (await db.query(sql))[0].n;
    const published = () => count(`SELECT count(*)::int AS n FROM cards.event_log WHERE type = 'CardUseRecorded'`);
    const applied = () => count('SELECT count(*)::int AS n FROM statistics.use_facts');
    const openTransactions = () =>
      count(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kaiku-statistics' AND xact_start IS NOT NULL`);

    // The writer: batches as the cards subgraph's transactions would append them, while the follower lives and dies.
    const started = Date.now();
    const publisher = (async () => {
      for (let first = 0; first < USES; first += PUBLISH_BATCH) {
        const events = Array.from({ length: PUBLISH_BATCH }, (_, i) => ({ type: 'CardUseRecorded', payload: payload(first + i) }));
        await db.transaction((manager) => publishEvents(manager, 'cards', events));
      }
    })();

    const kills: Array<{ applied: number; pending: number; inTransaction: boolean; life: number }> = [];
    try {
      for (let life = 1; life <= KILLS; life += 1) {
        const before = await applied();
        const startTook = await statistics.start();
        // Let this life apply something, then kill it a moment later, mid-work.
        await eventually(async () => expect(await applied()).toBeGreaterThan(before), 60_000);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 300)));
        const inTransaction = (await openTransactions()) > 0;
        await statistics.kill('SIGKILL');
        const now = await applied();
        kills.push({ applied: now, pending: (await published()) - now, inTransaction, life: startTook });
      }
    } finally {
      await publisher;
    }
    const publishedIn = Date.now() - started;
    expect(await published()).toBe(USES);
    // Every kill came while uses were still waiting to be counted.
    expect(kills).toHaveLength(KILLS);
    expect(kills.filter((kill) => kill.pending <= 0)).toEqual([]);

    // The last life runs to the end.
    await statistics.start();
    await eventually(async () => expect(await applied()).toBe(USES), 240_000);
    await eventually(async () => {
      const [cursor] = await db.query(`SELECT tx_id::text AS tx, event_id::text AS id FROM statistics.event_cursors WHERE stream = 'cards' AND follower = 'statistics-facts'`);
      const [last] = await db.query('SELECT e.tx_id::text AS tx, e.id::text AS id FROM cards.event_log e ORDER BY e.tx_id DESC, e.id DESC LIMIT 1');
      expect(cursor).toEqual(last);
    }, 60_000);
    const caughtUp = Date.now() - started;

    // What a user sees: the national figures through the gateway, every breakdown.
    const analyst = await stack.token({ role: 'ANALYST' });
    const counts = 'uses adultTickets childTickets coursePlaces';
    const response = await stack.request(
      `query($from: Date!, $to: Date!) { nationalStatistics(from: $from, to: $to) {
        totals { ${counts} cardsUsed }
        byCategory { category ${counts} }
        byMonth { month ${counts} }
        byArea { area { id } totals { ${counts} cardsUsed } byMonth { month ${counts} } } } }`,
      { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` },
      { token: analyst },
    );
    expect(response.errors).toBeUndefined();
    const figures = response.data.nationalStatistics;
    const pick = (row: Counts) => ({ uses: row.uses, adultTickets: row.adultTickets, childTickets: row.childTickets, coursePlaces: row.coursePlaces });
    const sorted = (map: Map<string, Counts>) => Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));
    const keyed = <T>(rows: T[], key: (row: T) => string, value: (row: T) => Counts) => Object.fromEntries(rows.map((row) => [key(row), pick(value(row))]).sort(([a], [b]) => String(a).localeCompare(String(b))));

    expect(pick(figures.totals)).toEqual(truth.totals);
    expect(figures.totals.uses).toBe(USES);
    expect(keyed(figures.byCategory, (row: any) => row.category, (row: any) => row)).toEqual(sorted(truth.byCategory));
    expect(keyed(figures.byMonth, (row: any) => row.month, (row: any) => row)).toEqual(sorted(truth.byMonth));
    expect(keyed(figures.byArea, (row: any) => row.area.id, (row: any) => row.totals)).toEqual(sorted(truth.byArea));
    const areaMonths = figures.byArea.flatMap((area: any) => area.byMonth.map((month: any) => ({ ...month, key: `${area.area.id} ${month.month}` })));
    expect(keyed(areaMonths, (row: any) => row.key, (row: any) => row)).toEqual(sorted(truth.byAreaMonth));
    // Distinct card holders who used their card in the year, per area: no holder counted twice either.
    expect(Object.fromEntries(figures.byArea.map((row: any) => [row.area.id, row.totals.cardsUsed]))).toEqual(
      Object.fromEntries([...holdersByArea].map(([area, holders]) => [area, holders.size])),
    );

    const midTransaction = kills.filter((kill) => kill.inTransaction).length;
    console.log(
      `${USES.toLocaleString('en')} uses published in ${seconds(publishedIn)} while statistics was SIGKILLed ${kills.length} times ` +
        `(${midTransaction} with a follower transaction open; ${Math.min(...kills.map((kill) => kill.pending))}-${Math.max(...kills.map((kill) => kill.pending))} uses waiting at each kill; ` +
        `restarts took ${seconds(Math.min(...kills.map((kill) => kill.life)))}-${seconds(Math.max(...kills.map((kill) => kill.life)))}); ` +
        `all counted ${seconds(caughtUp)} after the first publish; figures equal the ground truth (${figures.totals.cardsUsed} holders)`,
    );
    expect(midTransaction).toBeGreaterThan(0);
  }, 330_000);
});
