import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { externalVerifier, generateKeyPairJwk } from '@kaiku/identity';
import { startGateway, type RunningGateway } from './server';

/**
 * The gateway's subgraph-call metrics over real HTTP, with no database: every subgraph is a
 * server that accepts the call and never answers, so each try ends in the gateway's timeout.
 */
describe('gateway metrics of subgraph calls that time out', () => {
  let hung: Server;
  let gateway: RunningGateway;
  beforeAll(async () => {
    hung = createServer(() => undefined);
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hung.address() as AddressInfo).port}/graphql`;
    const supergraphSdl = readFileSync(join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8');
    const names = [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map(([, name]) => name);
    const keys = { devIssuer: await generateKeyPairJwk('dev'), internal: await generateKeyPairJwk('internal') };
    gateway = await startGateway({
      supergraphSdl,
      port: 0,
      subgraphUrls: Object.fromEntries(names.map((name) => [name, url])),
      verifyToken: externalVerifier({ publicJwk: keys.devIssuer.publicJwk }),
      internalPrivateJwk: keys.internal.privateJwk,
      // The subgraph never answers, so this is not a race: every try times out.
      subgraphTimeoutMs: 200,
      logger: pino({ level: 'silent' }),
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    hung?.closeAllConnections();
    await new Promise((resolve) => hung?.close(resolve));
  });

  it('counts each try as a timeout (a query is tried twice) and the operation as INTERNAL_SERVER_ERROR', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query MetricsHung { areas { code } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const text = await (await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/^kaiku_gateway_subgraph_calls_total\{subgraph="areas",outcome="timeout",service="gateway"\} 2$/m);
    expect(text).toMatch(/^kaiku_graphql_requests_total\{operation="MetricsHung",outcome="INTERNAL_SERVER_ERROR",service="gateway"\} 1$/m);
  });
});
