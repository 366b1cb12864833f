import { eventually, freePort, startLoad, startStack, subgraphProcess, type Load, type LoadSample, type SubgraphProcess, type TestStack } from '@kaiku/testing';
import { describeSamples, expectNoLeak, seconds } from './support';

const TIMEOUT_MS = 1500;

/**
 * Fault 2: the statistics subgraph, a real process, hangs (SIGSTOP: its port still accepts
 * connections, nothing answers) while several clients ask it for figures and others use the
 * rest of the graph. Every statistics caller gets a masked error within the gateway's timeout
 * (a query is tried twice), everyone else gets full answers without waiting, and after SIGCONT
 * figures come back.
 */
describe('a hung subgraph under load', () => {
  let stack: TestStack;
  let statistics: SubgraphProcess;
  let load: Load | undefined;

  beforeAll(async () => {
    const port = await freePort();
    stack = await startStack({
      seed: true,
      only: ['areas', 'partners', 'statistics'],
      gateway: { subgraphTimeoutMs: TIMEOUT_MS, subgraphUrls: { statistics: `http://127.0.0.1:${port}/graphql` } },
    });
    await stack.subgraphs.statistics.stop();
    statistics = subgraphProcess({ folder: 'subgraphs/statistics', port, databaseUrl: stack.database.url, internalPublicJwk: stack.keys.internal.publicJwk });
    await statistics.start();
  }, 180_000);

  afterAll(async () => {
    statistics?.thaw();
    await load?.stop();
    await statistics?.stop();
    await stack?.stop();
  });

  it('answers every caller of the hung subgraph within its timeout and keeps serving the others', async () => {
    const analyst = await stack.token({ role: 'ANALYST' });
    const year = new Date().getFullYear();
    const areaCount = (await stack.request('{ areas { code } }')).data!.areas.length;
    expect(areaCount).toBeGreaterThanOrEqual(8);
    load = startLoad(stack.gatewayUrl, 12, [
      { kind: 'statistics', query: `{ nationalStatistics(from: "${year}-01-01", to: "${year}-12-31") { totals { uses cardsIssued } } }`, options: { token: analyst } },
      { kind: 'areas', query: '{ areas { code name { fi } } }' },
      { kind: 'partners', query: '{ partners(first: 10) { totalCount edges { node { name { fi } area { code } } } } }' },
    ]);
    const full = {
      statistics: (sample: LoadSample) => !sample.response?.errors && typeof sample.response?.data?.nationalStatistics?.totals?.uses === 'number',
      areas: (sample: LoadSample) => !sample.response?.errors && sample.response?.data?.areas?.length === areaCount,
      partners: (sample: LoadSample) => !sample.response?.errors && sample.response?.data?.partners?.edges?.length === 10 && sample.response.data.partners.edges.every((edge: any) => edge.node.area.code),
    };
    const kinds = Object.keys(full) as Array<keyof typeof full>;
    const warm = Date.now();
    await eventually(async () => {
      for (const kind of kinds) expect(load!.since(kind, warm).filter(full[kind]).length).toBeGreaterThanOrEqual(5);
    }, 60_000);

    statistics.freeze();
    const frozen = Date.now();
    // Four statistics clients each wait out a few timeouts meanwhile.
    await eventually(async () => expect(load!.since('statistics', frozen).filter((sample) => sample.ended).length).toBeGreaterThanOrEqual(12), 60_000);
    const health = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
    const thawAt = Date.now();
    // Everything sent during the freeze (answered by now or not) is judged below; what started in the
    // last moment before the thaw may be answered either way, so only requests done by then count.
    const hung = load.since('statistics', frozen, thawAt).filter((sample) => sample.ended && sample.ended <= thawAt);
    const others = kinds.filter((kind) => kind !== 'statistics').flatMap((kind) => load!.since(kind, frozen, thawAt).filter((sample) => sample.ended && sample.ended <= thawAt));
    statistics.thaw();
    const thawed = Date.now();

    expect(hung.length).toBeGreaterThanOrEqual(12);
    for (const sample of hung) {
      expect(sample.failure).toBeUndefined();
      expect(sample.response!.status).toBe(200);
      expect(sample.response!.data ?? null).toBeNull();
      expect(sample.response!.errors).toEqual([{ message: 'Internal server error', path: ['nationalStatistics'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expectNoLeak(sample.response!, 'statistics');
      // A query is tried once more after a timeout: two timeouts, plus slack for a loaded machine.
      expect(sample.ended - sample.started).toBeLessThan(2 * TIMEOUT_MS + 1500);
    }
    const hungTimes = hung.map((sample) => sample.ended - sample.started).sort((a, b) => a - b);
    const otherTimes = others.map((sample) => sample.ended - sample.started).sort((a, b) => a - b);
    // The other subgraphs answered in full, and none of their callers waited for the hung one.
    expect(others.length).toBeGreaterThanOrEqual(50);
    expect(describeSamples(others.filter((sample) => !full[sample.kind as keyof typeof full](sample)))).toBe('');
    expect(otherTimes.at(-1)!).toBeLessThan(TIMEOUT_MS);

    // After the thaw statistics answers again.
    await eventually(async () => expect(load!.since('statistics', thawed).filter(full.statistics).length).toBeGreaterThan(0), 15_000);
    const back = load.since('statistics', thawed).filter(full.statistics)[0].ended - thawed;
    await load.stop();
    expect(load.samples.filter((sample) => sample.failure)).toEqual([]);
    console.log(
      `statistics hung ${seconds(thawAt - frozen)} with a ${TIMEOUT_MS} ms timeout: ${hung.length} masked answers in ${hungTimes[0]}-${hungTimes.at(-1)} ms ` +
        `(median ${hungTimes[Math.floor(hungTimes.length / 2)]} ms); meanwhile ${others.length} areas/partners answers in full, slowest ${otherTimes.at(-1)} ms ` +
        `(median ${otherTimes[Math.floor(otherTimes.length / 2)]} ms); full figures again ${seconds(back)} after SIGCONT`,
    );
  });
});
