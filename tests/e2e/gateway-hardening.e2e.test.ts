import { createServer, type Server } from 'node:net';
import { AreasDocument } from '@kaiku/client';
import { errorCode, startStack, type TestStack } from '@kaiku/testing';

/** [5/7] hardening at the gateway: limits, masking, timeouts, production mode, anonymous rate. */
describe('a hardened gateway', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ seed: true });
  });
  afterAll(() => stack?.stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('refuses documents nested too deep, with too many aliases or too many tokens', async () => {
    const deep = `{ areas ${'{ name '.repeat(14)}{ fi }${' }'.repeat(14)} }`;
    const tooDeep = await stack.request(deep);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors![0].message).toMatch(/depth/i);
    const aliases = await stack.request(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: areas { code }`).join(' ')} }`);
    expect(errorCode(aliases)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(aliases.errors![0].message).toMatch(/alias/i);
    const tokens = await stack.request(`{ areas { ${'code '.repeat(3500)} } }`);
    expect(tokens.status).toBe(400);
    expect(tokens.errors![0].message).toMatch(/token/i);
    const directives = await stack.request(`{ areas { code ${'@include(if: true) '.repeat(30)} } }`);
    expect(directives.status).toBe(400);
    // The client's own operations stay well inside every limit.
    expect((await stack.request(AreasDocument)).errors).toBeUndefined();
  });

  it('refuses batched requests, GET without a preflight header, and oversized bodies', async () => {
    const batch = await post([{ query: '{ areas { code } }' }, { query: '{ areas { code } }' }]);
    expect(batch.status).toBe(400);
    const get = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ areas { code } }')}`);
    expect(get.status).toBe(400);
    const huge = await post({ query: '{ areas { code } }', variables: { padding: 'x'.repeat(300_000) } });
    expect(huge.status).toBe(413);
    const garbage = await post('{"query": ');
    expect(garbage.status).toBe(400);
  });

  it('keeps answering when a subgraph is down, masking the failure without URLs', async () => {
    const local = await startStack({ seed: true, only: ['areas', 'statistics'] });
    try {
      await local.subgraphs.statistics.stop();
      const token = await local.token({ role: 'ANALYST' });
      const response = await local.request('{ areas { code statistics(from: "2026-01-01", to: "2026-12-31") { totals { uses } } } }', {}, { token });
      expect(response.status).toBeLessThan(500);
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
      // Each error's path names the client's own field that is missing (here also called statistics).
      expect(response.errors!.map((error) => error.path)).toEqual(response.errors!.map((_, i) => ['areas', i, 'statistics']));
      const text = JSON.stringify(response.errors!.map(({ path, ...rest }) => rest));
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|http:|ECONNREFUSED|statistics/);
      const areasOnly = await local.request(AreasDocument);
      expect(areasOnly.data?.areas.length).toBeGreaterThan(0);
    } finally {
      await local.stop();
    }
  });

  it('answers within its timeout when a subgraph hangs', async () => {
    const hung: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const port = (hung.address() as { port: number }).port;
    const local = await startStack({ only: ['areas', 'statistics'], gateway: { subgraphTimeoutMs: 1000, subgraphUrls: { statistics: `http://127.0.0.1:${port}/graphql` } } });
    try {
      const token = await local.token({ role: 'ANALYST' });
      const started = Date.now();
      const response = await local.request('{ nationalStatistics(from: "2026-01-01", to: "2026-12-31") { totals { uses } } }', {}, { token });
      const elapsed = Date.now() - started;
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
      // One retry for a query: two timeouts at most.
      expect(elapsed).toBeLessThan(3500);
    } finally {
      await local.stop();
      hung.close();
    }
  });

  it('turns introspection and field suggestions off in production mode', async () => {
    const local = await startStack({ only: ['areas'], gateway: { production: true } });
    try {
      expect(errorCode(await local.request('{ __schema { types { name } } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await local.request('{ areas { cod } }');
      expect(typo.errors![0].message).not.toMatch(/Did you mean/);
      const devTypo = await stack.request('{ areas { cod } }');
      expect(devTypo.errors![0].message).toMatch(/Did you mean/);
    } finally {
      await local.stop();
    }
  });

  it('limits anonymous traffic per address with RATE_LIMITED and HTTP 429', async () => {
    const local = await startStack({ only: ['areas'], gateway: { anonymousPerMinute: 5 } });
    try {
      const responses = await Promise.all(Array.from({ length: 12 }, () => local.request(AreasDocument)));
      const limited = responses.filter((response) => response.status === 429);
      expect(limited.length).toBeGreaterThan(0);
      expect(errorCode(limited[0])).toBe('RATE_LIMITED');
      const signedIn = await local.request(AreasDocument, {}, { token: await local.token({ role: 'ANALYST' }) });
      expect(signedIn.errors).toBeUndefined();
    } finally {
      await local.stop();
    }
  });
});
