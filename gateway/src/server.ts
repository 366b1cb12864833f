import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import type { JWK } from 'jose';
import pino, { type Logger } from 'pino';
import { GraphQLError } from 'graphql';
import { clientAddressSigner, internalTokenSigner, RateLimiter, type ExternalVerifier } from '@kaiku/identity';
import { closeServer, createServiceMetrics, graphqlFirst, graphqlHttp, jsonBody, listenKeptAlive } from '@kaiku/metrics';
import { callerFromHeaders } from './caller';
import { coalesceAnonymousQueries } from './coalesce';
import { serveConsole, type ConsoleOptions } from './console-routes';
import { RequestContext, type GatewayContext } from './context';
import { formatGatewayError, isClientError } from './format-error';
import { armor, tokenLimit } from './hardening';
import { exportRoute } from './export-route';
import { SubgraphSource } from './subgraph-source';

export interface GatewayOptions {
  supergraphSdl: string;
  port: number;
  host?: string;
  /** Overrides of the subgraph URLs written in the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  verifyToken: ExternalVerifier;
  internalPrivateJwk: JWK;
  /** Timeout of one subgraph call (default 10 s). */
  subgraphTimeoutMs?: number;
  /** Production mode: introspection and field suggestions off. */
  production?: boolean;
  /** Requests per minute per address for anonymous callers (signed-in callers are limited per role where it matters). */
  anonymousPerMinute?: number;
  /** Identical anonymous queries in flight at once share one execution (default true). */
  coalesceAnonymous?: boolean;
  logger?: Logger;
  /** The dev issuer's private key, only while it is on: the console's dev sign-in mints tokens with it. */
  devIssuerPrivateJwk?: JWK;
  /** Where the built console is and how people sign in to it (default: console/dist, dev sign-in as above). */
  console?: Omit<ConsoleOptions, 'production' | 'devIssuerPrivateJwk'>;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Apollo Gateway over the static supergraph, on Apollo Server 5 behind Express. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? pino({ name: 'gateway', base: { service: 'gateway' } });
  // Apollo Gateway otherwise reports usage metrics to Apollo's servers (and probes cloud
  // metadata endpoints at start-up): nothing of ours leaves the platform unasked.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const subgraphUrls = new Map<string, string>();
  const metrics = createServiceMetrics('gateway', { refuseProxied: true });
  const signers = { identity: internalTokenSigner(options.internalPrivateJwk), address: clientAddressSigner(options.internalPrivateJwk) };
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url!;
      subgraphUrls.set(name, target);
      return new SubgraphSource(name, target, signers, options.subgraphTimeoutMs ?? 10_000, metrics.subgraphCalls());
    },
    logger: { debug: () => {}, info: () => {}, warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
  });
  const protection = armor(Boolean(options.production));
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      errorLogging,
      metrics.graphqlPlugin,
      ...(options.coalesceAnonymous === false ? [] : [coalesceAnonymousQueries((options.subgraphTimeoutMs ?? 10_000) * 2)]),
    ],
  });
  const anonymousLimiter = new RateLimiter(options.anonymousPerMinute ?? 600, (options.anonymousPerMinute ?? 600) / 60);
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  // GraphQL first: every use passes here, and each route before it is one more match per request.
  const listener = graphqlFirst(app, {
    everyRequest: metrics.http,
    graphql: [
      jsonBody(256 * 1024),
      tokenLimit,
      graphqlHttp(server, async ({ req, res }) => {
        const supplied = req.headers['x-request-id'];
        const requestId = typeof supplied === 'string' && SAFE_REQUEST_ID.test(supplied) ? supplied : randomUUID();
        res.setHeader('x-request-id', requestId);
        const language = (req.headers['accept-language'] ?? '').slice(0, 2).toLowerCase();
        const caller = await callerFromHeaders(req.headers, options.verifyToken);
        if (caller.subject === null && !anonymousLimiter.take(req.socket.remoteAddress ?? 'unknown')) {
          throw new GraphQLError('Too many requests from this address: wait a moment, or sign in', {
            extensions: { code: 'RATE_LIMITED', http: { status: 429 } },
          });
        }
        const languageOf = (language === 'sv' || language === 'en' ? language : 'fi') as GatewayContext['language'];
        return new RequestContext(requestId, caller, languageOf, logger, req.socket.remoteAddress ?? 'unknown');
      }),
    ],
  });
  // Aggregates only, and refused through a proxy (docs/operations.md).
  app.get('/metrics', metrics.handler);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all([...subgraphUrls].map(async ([name, url]) => [name, await isReady(url)] as const));
    const notReady = checks.filter(([, ready]) => !ready).map(([name]) => name);
    res.status(notReady.length ? 503 : 200).json(notReady.length ? { status: 'not ready', waitingFor: notReady } : { status: 'ready' });
  });
  exportRoute(app, { subgraphUrls, verifyToken: options.verifyToken, internalPrivateJwk: options.internalPrivateJwk, timeoutMs: options.subgraphTimeoutMs ?? 10_000 });
  serveConsole(app, { ...options.console, production: Boolean(options.production), devIssuerPrivateJwk: options.devIssuerPrivateJwk });
  const http = await listenKeptAlive(listener, options.port, options.host ?? '127.0.0.1');
  const port = (http.address() as AddressInfo).port;
  logger.info({ port }, 'gateway listening');
  return {
    port,
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}/graphql`,
    stop: async () => {
      await closeServer(http);
      await server.stop();
    },
  };
}

/** Logs, with the request id, every error the client will see masked. */
const errorLogging: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isClientError({ message: error.message, extensions: error.extensions })) continue;
          contextValue?.logger?.error({ err: error.originalError ?? error, path: error.path }, 'error masked for the client');
        }
      },
    };
  },
};

async function isReady(graphqlUrl: string): Promise<boolean> {
  try {
    const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}
