/**
 * Prometheus metrics (prom-client) of one service, served at GET /metrics of its own port.
 * Every label is a name the platform chose (operation names bounded, error codes, subgraph and
 * follower names): a scrape carries counts and timings, never card numbers or holder data.
 */
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Registry } from 'prom-client';
import { watchDatabase } from './database';
import { graphqlMetricsPlugin } from './graphql';
import { subgraphCallMetrics, type SubgraphCallMetrics } from './subgraph-calls';

export { followerLag, type FollowerLag } from './database';
export type { SubgraphCallMetrics } from './subgraph-calls';
export { jsonBody } from './json-body';
export { closeServer, graphqlFirst, graphqlHttp, listenKeptAlive, SERVICE_KEEP_ALIVE_MS, type GraphqlHandlers } from './http-layer';

export interface ServiceMetrics {
  registry: Registry;
  /** Apollo Server plugin: requests by operation and outcome, latency. */
  graphqlPlugin: ReturnType<typeof graphqlMetricsPlugin>;
  /** Express middleware: HTTP requests by route and status (429s and 413s never reach GraphQL). */
  http: RequestHandler;
  /** Express handler of GET /metrics. */
  handler: RequestHandler;
  /** The gateway's subgraph calls (created on first use). */
  subgraphCalls(): SubgraphCallMetrics;
  /** Pool use and event-follower lag of a subgraph's database. */
  watchDatabase(dataSource: import('typeorm').DataSource, schema: string): void;
}

/** Process metrics (CPU, memory, event loop, GC) once per process, however many services it runs (tests run several). */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const ROUTES = ['/graphql', '/health', '/ready', '/metrics', '/export'];

export interface MetricsOptions {
  /**
   * Answer 404 to a request that came through a proxy (X-Forwarded-For or Forwarded): the
   * gateway is public, Prometheus scrapes its pod directly, and every ingress or load balancer
   * adds those headers, so its /metrics stays off the public route whatever the route says.
   */
  refuseProxied?: boolean;
}

export function createServiceMetrics(service: string, options: MetricsOptions = {}): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  const http = new Counter({
    name: 'kaiku_http_requests_total',
    help: 'HTTP requests by route (/graphql, /health, /ready, /metrics, /export, other) and status',
    labelNames: ['route', 'status'],
    registers: [registry],
  });
  let calls: SubgraphCallMetrics | undefined;
  const beforeScrape: Array<() => void> = [];
  const shared = processMetrics();
  return {
    registry,
    graphqlPlugin: graphqlMetricsPlugin(registry),
    http: (req, res, next) => {
      res.once('finish', () => {
        // originalUrl: a router mounted at a path (app.use('/graphql', ...)) rewrites req.path.
        // Node's own API only: graphqlFirst runs this on Node's request and response.
        const path = req.originalUrl.split('?')[0];
        const route = ROUTES.find((candidate) => path === candidate || path.startsWith(`${candidate}/`)) ?? 'other';
        http.inc({ route, status: String(res.statusCode) });
      });
      next();
    },
    handler: async (req, res) => {
      if (options.refuseProxied && (req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined)) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      for (const reset of beforeScrape) reset();
      const text = (await shared.metrics()) + (await registry.metrics());
      res.setHeader('content-type', registry.contentType);
      res.setHeader('cache-control', 'no-store');
      res.end(text);
    },
    subgraphCalls: () => (calls ??= subgraphCallMetrics(registry)),
    watchDatabase: (dataSource, schema) => {
      beforeScrape.push(watchDatabase(registry, dataSource, schema));
    },
  };
}
