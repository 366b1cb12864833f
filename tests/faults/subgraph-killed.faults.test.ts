import { stableId } from '@kaiku/subgraph-kit';
import { eventually, freePort, startLoad, startStack, subgraphProcess, type Load, type LoadSample, type SubgraphProcess, type TestStack } from '@kaiku/testing';
import { describeSamples, expectNoLeak, seconds } from './support';

/**
 * Fault 1: the partners subgraph, a real process, is SIGKILLed while clients query through the
 * gateway, then started again on its port. Users of other subgraphs notice nothing; users of a
 * query that needs partners get the rest of their answer and one masked error; after the restart
 * full answers are back within 5 s.
 */
describe('a subgraph killed under load', () => {
  let stack: TestStack;
  let partners: SubgraphProcess;
  let load: Load | undefined;
  const theatre = stableId('partner', 'hki-kaupunginteatteri');

  beforeAll(async () => {
    const port = await freePort();
    stack = await startStack({
      seed: true,
      only: ['areas', 'partners', 'cards', 'statistics'],
      gateway: { subgraphTimeoutMs: 5000, subgraphUrls: { partners: `http://127.0.0.1:${port}/graphql` } },
    });
    // The in-process partners subgraph migrated and seeded the database; a real process serves it from now on.
    await stack.subgraphs.partners.stop();
    partners = subgraphProcess({ folder: 'subgraphs/partners', port, databaseUrl: stack.database.url, internalPublicJwk: stack.keys.internal.publicJwk });
    const took = await partners.start();
    console.log(`partners process ready in ${seconds(took)}`);
  }, 180_000);

  afterAll(async () => {
    await load?.stop();
    await partners?.stop();
    await stack?.stop();
  });

  it('keeps the gateway and the other subgraphs answering, masks the gap, and recovers within 5 s of the restart', async () => {
    const analyst = await stack.token({ role: 'ANALYST' });
    const year = new Date().getFullYear();
    const areaCodes = (await stack.request('{ areas { code } }')).data!.areas.map((area: { code: string }) => area.code).sort();
    expect(areaCodes.length).toBeGreaterThanOrEqual(8);

    load = startLoad(stack.gatewayUrl, 6, [
      // Partners with their area (partners + areas), next to a list of areas.
      { kind: 'partner+area', query: 'query($id: ID!) { areas { code } partner(id: $id) { id name { fi } area { code name { fi } } } }', variables: { id: theatre } },
      { kind: 'areas', query: '{ areas { code name { fi } } }' },
      { kind: 'statistics', query: `{ nationalStatistics(from: "${year}-01-01", to: "${year}-12-31") { totals { uses } } }`, options: { token: analyst } },
    ]);
    const full = {
      'partner+area': (sample: LoadSample) =>
        !sample.response?.errors && sample.response?.data?.partner?.name?.fi === 'Helsingin Kaupunginteatteri' && sample.response.data.partner.area?.code === 'helsinki' &&
        !!sample.response.data.partner.area.name?.fi && sample.response.data.areas.length === areaCodes.length,
      areas: (sample: LoadSample) => !sample.response?.errors && sample.response?.data?.areas?.map((area: { code: string }) => area.code).sort().join() === areaCodes.join(),
      statistics: (sample: LoadSample) => !sample.response?.errors && typeof sample.response?.data?.nationalStatistics?.totals?.uses === 'number',
    };
    const kinds = Object.keys(full) as Array<keyof typeof full>;

    // Before: every kind answers fully.
    const warm = Date.now();
    await eventually(async () => {
      for (const kind of kinds) expect(load!.since(kind, warm).filter(full[kind]).length).toBeGreaterThanOrEqual(5);
    }, 60_000);
    for (const kind of kinds) expect(describeSamples(load.since(kind, warm).filter((sample) => !full[kind](sample)))).toBe('');

    // The kill: SIGKILL, no goodbye; the port now refuses connections.
    await partners.kill('SIGKILL');
    const killed = Date.now();
    await eventually(async () => {
      for (const kind of kinds) expect(load!.since(kind, killed).length).toBeGreaterThanOrEqual(15);
    }, 60_000);
    const health = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
    const down = Date.now();
    for (const kind of ['areas', 'statistics'] as const) {
      expect(describeSamples(load.since(kind, killed, down).filter((sample) => !full[kind](sample)))).toBe('');
    }
    const gaps = load.since('partner+area', killed, down);
    for (const sample of gaps) {
      expect(sample.failure).toBeUndefined();
      const response = sample.response!;
      expect(response.status).toBe(200);
      // The rest of the answer is there; the missing part is null with one masked error.
      expect(response.data?.areas.map((area: { code: string }) => area.code).sort()).toEqual(areaCodes);
      expect(response.data?.partner).toBeNull();
      expect(response.errors).toHaveLength(1);
      // The error's path names what is missing (the gateway's subgraph source puts it on a failed fetch).
      expect(response.errors![0]).toEqual({ message: 'Internal server error', path: ['partner'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expectNoLeak(response, 'partners');
    }
    console.log(`while partners was down: ${gaps.length} partner+area answers with a masked gap, ${load.since('areas', killed, down).length} areas and ${load.since('statistics', killed, down).length} statistics answers in full`);

    // The restart, on the same port.
    const restartTook = await partners.start();
    const ready = Date.now();
    await eventually(async () => {
      expect(load!.since('partner+area', ready).filter(full['partner+area']).length).toBeGreaterThan(0);
    }, 5_000);
    const firstFull = load.since('partner+area', ready).filter(full['partner+area'])[0];
    const recovery = firstFull.ended - ready;
    // From 5 s after the restart on, every answer is full again.
    await eventually(async () => {
      for (const kind of kinds) expect(load!.since(kind, ready + 5_000).length).toBeGreaterThanOrEqual(10);
    }, 60_000);
    await load.stop();
    for (const kind of kinds) expect(describeSamples(load.since(kind, ready + 5_000).filter((sample) => !full[kind](sample)))).toBe('');
    expect(recovery).toBeLessThan(5_000);
    console.log(
      `partners restarted in ${seconds(restartTook)} (process start to /ready); first full partner+area answer ${seconds(recovery)} after it was ready; ` +
        `${load.samples.length} requests in all, none without a GraphQL answer: ${load.samples.filter((sample) => sample.failure).length} failures`,
    );
    expect(load.samples.filter((sample) => sample.failure)).toEqual([]);
  });
});
