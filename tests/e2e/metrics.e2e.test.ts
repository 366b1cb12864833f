import { eventually, errorCode, startStack, type TestStack } from '@kaiku/testing';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, as a scraper reads it (HELP/TYPE lines skipped). */
function parseMetrics(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not Prometheus text: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');

async function scrape(graphqlUrl: string): Promise<{ text: string; samples: Sample[] }> {
  const response = await fetch(metricsUrl(graphqlUrl));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  return { text, samples: parseMetrics(text) };
}

function find(samples: Sample[], name: string, labels: Record<string, string | RegExp>): Sample[] {
  return samples.filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, want]) => (typeof want === 'string' ? sample.labels[key] === want : want.test(sample.labels[key] ?? ''))),
  );
}

/** Every service's /metrics, scraped over real HTTP after real requests through the gateway. */
describe('metrics', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ seed: true });
  });
  afterAll(() => stack?.stop());

  it('counts a query at the gateway by operation and outcome, with its latency, and at the subgraph that served it', async () => {
    const response = await stack.request('query MetricsProbe { areas { code } }');
    expect(response.errors).toBeUndefined();

    const gateway = await scrape(stack.gatewayUrl);
    expect(find(gateway.samples, 'kaiku_graphql_requests_total', { service: 'gateway', operation: 'MetricsProbe', outcome: 'ok' })).toEqual([
      expect.objectContaining({ value: 1 }),
    ]);
    expect(find(gateway.samples, 'kaiku_graphql_request_duration_seconds_count', { operation: 'MetricsProbe' })[0]?.value).toBe(1);
    expect(find(gateway.samples, 'kaiku_gateway_subgraph_calls_total', { subgraph: 'areas', outcome: 'ok' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find(gateway.samples, 'kaiku_http_requests_total', { route: '/graphql', status: '200' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find(gateway.samples, 'process_cpu_seconds_total', {})).toHaveLength(1);

    // Apollo Gateway names a subgraph's part of an operation <operation>__<subgraph>__<n>.
    const areas = await scrape(stack.subgraphs.areas.url);
    const served = find(areas.samples, 'kaiku_graphql_requests_total', { service: 'areas', operation: /^MetricsProbe__areas__\d+$/, outcome: 'ok' });
    expect(served.map((sample) => sample.value)).toEqual([1]);
    expect(find(areas.samples, 'kaiku_db_pool_connections', { service: 'areas' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find(areas.samples, 'kaiku_db_pool_max_connections', {})[0]?.value).toBe(5);
    expect(find(areas.samples, 'kaiku_db_pool_waiting_requests', {})[0]?.value).toBe(0);
  });

  it('keeps the gateway\'s /metrics off the public route: a request through a proxy gets 404', async () => {
    for (const headers of [{ 'x-forwarded-for': '203.0.113.7' }, { forwarded: 'for=203.0.113.7' }] as Array<Record<string, string>>) {
      const response = await fetch(metricsUrl(stack.gatewayUrl), { headers });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('kaiku_');
    }
  });

  it('counts refused operations by their error code', async () => {
    expect(errorCode(await stack.request('query MetricsBroken { areas { nonsense } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    const gateway = await scrape(stack.gatewayUrl);
    expect(find(gateway.samples, 'kaiku_graphql_requests_total', { operation: 'MetricsBroken', outcome: 'GRAPHQL_VALIDATION_FAILED' })[0]?.value).toBe(1);
  });

  it('shows each follower of a subgraph with its lag, which falls to 0 once the events are applied', async () => {
    // Every subgraph that follows a log has its cursors in its own schema (packages/events).
    const subgraphs = Object.values(stack.subgraphs);
    const lagged = await eventually(async () => {
      const found = [];
      for (const subgraph of subgraphs) {
        const { samples } = await scrape(subgraph.url);
        const [{ count }] = await subgraph.dataSource.query(`SELECT count(*)::int AS count FROM "${stack.modules[subgraph.name].schema}".event_cursors`).catch(() => [{ count: 0 }]);
        const events = find(samples, 'kaiku_event_follower_lag_events', { service: subgraph.name });
        expect(events).toHaveLength(count);
        expect(events.every((sample) => sample.value === 0)).toBe(true);
        expect(find(samples, 'kaiku_event_follower_lag_seconds', { service: subgraph.name }).every((sample) => sample.value === 0)).toBe(true);
        found.push(...events);
      }
      return found;
    }, 30_000);
    expect(lagged.length).toBeGreaterThan(0);
    expect(find(lagged, 'kaiku_event_follower_lag_events', { service: 'statistics', stream: 'cards' })).toHaveLength(1);
  });

  it('reports a follower that is behind: every event after its cursor, and the age of the oldest', async () => {
    // A cursor at the start of the partners log that nothing moves: a follower that stopped.
    await stack.subgraphs.areas.dataSource.query(`INSERT INTO areas.event_cursors (stream, follower) VALUES ('partners', 'metrics-stopped')`);
    const [{ events }] = await stack.subgraphs.partners.dataSource.query('SELECT count(*)::int AS events FROM partners.event_log');
    expect(events).toBeGreaterThan(0);
    const { samples } = await scrape(stack.subgraphs.areas.url);
    expect(find(samples, 'kaiku_event_follower_lag_events', { stream: 'partners', follower: 'metrics-stopped' })[0]?.value).toBe(events);
    expect(find(samples, 'kaiku_event_follower_lag_seconds', { stream: 'partners', follower: 'metrics-stopped' })[0]?.value).toBeGreaterThan(0);
  });

  it('never carries a card number, even when a named operation looked one up', async () => {
    const [card]: Array<{ number: string; issued_by_partner_id: string }> = await stack.subgraphs.cards.dataSource.query(
      "SELECT number, issued_by_partner_id FROM cards.cards WHERE state = 'ACTIVE' LIMIT 1",
    );
    const token = await stack.token({ role: 'DISTRIBUTOR', partnerId: card.issued_by_partner_id });
    const response = await stack.request('query MetricsCard($number: String!) { card(number: $number) { id } }', { number: card.number }, { token });
    expect(response.errors).toBeUndefined();
    for (const url of [stack.gatewayUrl, stack.subgraphs.cards.url]) {
      const { text } = await scrape(url);
      expect(text).toContain('MetricsCard');
      expect(text).not.toContain(card.number);
      expect(text).not.toContain(card.number.replace(/-/g, ''));
    }
  });

  it('counts calls to a subgraph that does not answer as errors at the gateway', async () => {
    await stack.subgraphs.statistics.stop();
    const response = await stack.request('query MetricsDown { nationalStatistics(from: "2026-01-01", to: "2026-12-31") { totals { uses } } }', undefined, {
      token: await stack.token({ role: 'ANALYST' }),
    });
    expect(response.errors?.length).toBeGreaterThan(0);
    const { samples } = await scrape(stack.gatewayUrl);
    expect(find(samples, 'kaiku_gateway_subgraph_calls_total', { subgraph: 'statistics', outcome: 'unreachable' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find(samples, 'kaiku_graphql_requests_total', { operation: 'MetricsDown', outcome: 'INTERNAL_SERVER_ERROR' })[0]?.value).toBe(1);
  });
});
