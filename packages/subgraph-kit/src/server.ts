import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { JWK } from 'jose';
import { ANONYMOUS, CLIENT_ADDRESS_HEADER, clientAddressVerifier, internalVerifier, InvalidTokenError, type Caller } from '@kaiku/identity';
import { backgroundQuery } from '@kaiku/events';
import { closeServer, createServiceMetrics, graphqlFirst, graphqlHttp, jsonBody, listenKeptAlive } from '@kaiku/metrics';
import { languageFrom, RequestContext, type KaikuContext } from './context';
import { createDataSource } from './database';
import type { SubgraphModule, Worker } from './define';
import { UnauthenticatedError } from './errors';
import { formatError } from './format-error';
import { createLogger, type Logger } from './logger';
import { migrate } from './migrations';
import { errorLoggingPlugin } from './plugins';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, requestIdFrom } from './request';
import { buildFederatedSchema } from './schema';
import { suppressionThreshold } from './suppression';

export interface SubgraphConfig {
  databaseUrl: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** The gateway's public key for internal identity tokens; without it every caller is anonymous. */
  internalPublicJwk?: JWK;
  poolSize?: number;
  logger?: Logger;
  /** Workers (event followers) run unless disabled, e.g. for a test that drives them itself. */
  startWorkers?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  /** SQL statements run so far by this subgraph (for N+1 checks). */
  statementCount(): number;
  dataSource: import('typeorm').DataSource;
  stop(): Promise<void>;
}

/** Builds, migrates and serves one subgraph: GraphQL at /graphql, plus /health and /ready. */
export async function startSubgraph(module: SubgraphModule, config: SubgraphConfig): Promise<RunningSubgraph> {
  // A threshold that cannot be read stops the start, not the first request with figures.
  suppressionThreshold();
  const logger = config.logger ?? createLogger(module.name);
  const { dataSource, counter } = createDataSource({
    url: config.databaseUrl,
    schema: module.schema,
    entities: module.entities,
    migrations: module.migrations,
    poolSize: config.poolSize,
    logger,
  });
  await dataSource.initialize();
  keepClientErrorsHandled(dataSource);
  const metrics = createServiceMetrics(module.name);
  metrics.watchDatabase(dataSource, module.schema);
  const stopDatabase = () => dataSource.destroy().catch(() => undefined);
  let server: ApolloServer<KaikuContext> | undefined;
  try {
    const ran = await migrate(dataSource, module.schema, module.name);
    if (ran.length) logger.info({ migrations: ran }, 'migrations applied');
    const schema = await buildFederatedSchema(module);
    server = new ApolloServer<KaikuContext>({
      schema,
      formatError,
      includeStacktraceInErrorResponses: false,
      // Inline tracing is for Apollo's cloud; we report nothing there.
      // Neither do we use cache hints (no @cacheControl anywhere, and the gateway ignores them):
      // Apollo's cache-control plugin otherwise wraps every field resolver of every request.
      plugins: [errorLoggingPlugin(logger), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), metrics.graphqlPlugin],
      csrfPrevention: true,
    });
    await server.start();
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  const verify = config.internalPublicJwk ? internalVerifier(config.internalPublicJwk, module.name) : undefined;
  const verifyAddress = config.internalPublicJwk ? clientAddressVerifier(config.internalPublicJwk, module.name) : undefined;

  const app = express();
  app.disable('x-powered-by');
  // GraphQL first: every request of the platform passes here, each route before it is one more match.
  const listener = graphqlFirst(app, {
    everyRequest: metrics.http,
    graphql: [
      jsonBody(1024 * 1024),
      graphqlHttp(server!, async ({ req, res }) => {
        const requestId = requestIdFrom(req.headers);
        res.setHeader(REQUEST_ID_HEADER, requestId);
        const context = new RequestContext(
          requestId,
          await callerFrom(req.headers[IDENTITY_HEADER], verify),
          languageFrom(req.headers['accept-language']),
          logger,
          dataSource,
          // The address the gateway signed, else this connection's own (a direct caller).
          (await verifyAddress?.(String(req.headers[CLIENT_ADDRESS_HEADER] ?? ''))) ?? req.socket.remoteAddress ?? 'unknown',
        );
        context.loaders = module.loaders(dataSource, context);
        return context as KaikuContext;
      }),
    ],
  });
  app.get('/metrics', metrics.handler);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: module.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      // Over the process's LISTEN connection when it is open: probes every few seconds would
      // otherwise keep a pool connection (a backend) open in a service that is otherwise at rest.
      await backgroundQuery(dataSource, 'SELECT 1');
      res.json({ status: 'ready', subgraph: module.name });
    } catch {
      res.status(503).json({ status: 'database unavailable', subgraph: module.name });
    }
  });
  if (module.routes) {
    const router = express.Router();
    module.routes(router, { dataSource, logger, callerOf: (req) => callerFrom(req.headers[IDENTITY_HEADER], verify) });
    app.use(router);
  }

  // Workers first: their LISTEN connection is open before the first readiness probe, which
  // then runs on it and opens no pool connection.
  const workers: Worker[] = [];
  const stopWorkers = () => Promise.all(workers.map((worker) => worker.stop()));
  let http: Server;
  try {
    if (config.startWorkers !== false) {
      for (const startWorker of module.workers ?? []) workers.push(await startWorker({ dataSource, logger }));
    }
    http = await listenKeptAlive(listener, config.port, config.host ?? '127.0.0.1');
  } catch (error) {
    await stopWorkers();
    await server?.stop();
    await stopDatabase();
    throw error;
  }
  const port = (http.address() as AddressInfo).port;
  logger.info({ port }, `subgraph ${module.name} listening`);
  let stopping: Promise<void> | undefined;
  return {
    name: module.name,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    dataSource,
    statementCount: () => counter.count,
    stop: () =>
      (stopping ??= (async () => {
        await stopWorkers();
        await closeServer(http);
        await server?.stop();
        await stopDatabase();
      })()),
  };
}

async function callerFrom(header: string | string[] | undefined, verify?: (token: string) => Promise<Caller>): Promise<Caller> {
  if (header === undefined) return ANONYMOUS;
  if (typeof header !== 'string' || !verify) throw new UnauthenticatedError('The identity token is not accepted here');
  try {
    return await verify(header);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new UnauthenticatedError(`The identity token is not accepted: ${error.message}`);
    throw error;
  }
}

interface PgPool {
  on(event: 'connect', listener: (client: PgClient) => void): unknown;
  _clients?: PgClient[];
}
interface PgClient {
  on(event: 'error', listener: () => void): unknown;
}

/**
 * Gives every connection of the pool an error listener for its whole life. TypeORM and
 * pg-pool listen only while they hold a connection; one that PostgreSQL ends in between (its
 * shutdown sends 57P01, then the socket closes: two errors) emitted the second with no listener
 * left, an unhandled 'error' that ends the process (seen in the PostgreSQL restart fault test).
 * The errors themselves still reach the pool's and TypeORM's handlers.
 */
function keepClientErrorsHandled(dataSource: import('typeorm').DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!pool) return;
  const ignore = () => undefined;
  for (const client of pool._clients ?? []) client.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
}
