import { composePlatform, loadServices } from '@kaiku/platform';
import { startGateway, type GatewayOptions, type RunningGateway } from '@kaiku/gateway';
import { externalVerifier, generateKeyPairJwk, signDevToken, type KeyPairJwk, type RoleGrant } from '@kaiku/identity';
import { createLogger, startSubgraph, type RunningSubgraph, type SubgraphModule } from '@kaiku/subgraph-kit';
import type { DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTestDatabase, eventually, type TestDatabase } from '@kaiku/test-database';
import { graphqlRequest, type GraphQLResponse, type RequestOptions } from './graphql-client';

export interface StackOptions {
  /** Subgraph names to run (default: every subgraph and enabled extension of platform.json). */
  only?: string[];
  /** Write each subgraph's demo data. */
  seed?: boolean;
  /** Start event followers (default true). */
  workers?: boolean;
  /** Modules to run besides the platform's, e.g. an extension under test that is not enabled yet. */
  extraModules?: SubgraphModule[];
  /** Connections per subgraph (default 5). */
  poolSize?: number;
  /** Gateway settings to override (timeouts, production mode, rate limits). */
  gateway?: Partial<Pick<GatewayOptions, 'subgraphTimeoutMs' | 'production' | 'anonymousPerMinute' | 'subgraphUrls' | 'verifyToken' | 'console'>>;
}

export interface TestStack {
  gatewayUrl: string;
  database: TestDatabase;
  subgraphs: Record<string, RunningSubgraph>;
  modules: Record<string, SubgraphModule>;
  keys: { devIssuer: KeyPairJwk; internal: KeyPairJwk };
  /** A dev-issuer token for one or more role grants. */
  token(grants: RoleGrant | RoleGrant[], subject?: string): Promise<string>;
  /** Sends an operation through the gateway. */
  request<Data = any, Variables = Record<string, unknown>>(
    document: TypedDocumentNode<Data, Variables> | DocumentNode | string,
    variables?: Variables,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Data>>;
  /** SQL statements run by all subgraphs so far. */
  statementCount(): number;
  stop(): Promise<void>;
}

/**
 * The whole platform for one test file: a fresh database, every subgraph on its own port
 * (real HTTP), the supergraph composed from them, and the real gateway in front.
 */
export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const database = await createTestDatabase();
  const services = [
    ...loadServices().filter((service) => !options.only || options.only.includes(service.module.name)),
    ...(options.extraModules ?? []).map((module) => ({ folder: '', kind: 'extension' as const, module })),
  ];
  const keys = { devIssuer: await generateKeyPairJwk('test-dev-issuer'), internal: await generateKeyPairJwk('test-internal') };
  const logger = createLogger('test', process.env.LOG_LEVEL ?? 'silent');
  const subgraphs: Record<string, RunningSubgraph> = {};
  let gateway: RunningGateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
    await database.drop();
  };
  try {
    for (const { module } of services) {
      const running = await startSubgraph(module, {
        databaseUrl: database.url,
        port: 0,
        internalPublicJwk: keys.internal.publicJwk,
        logger: logger.child({ service: module.name }),
        poolSize: options.poolSize ?? 5,
        startWorkers: options.workers !== false,
      });
      subgraphs[module.name] = running;
      if (options.seed && module.seed) await module.seed(running.dataSource);
    }
    const modules = services.map((service) => service.module);
    const urls = new Map(modules.map((module) => [module.name, subgraphs[module.name].url]));
    const composition = await composePlatform(modules, (module) => urls.get(module.name)!);
    if (composition.refused.length) throw new Error(composition.refused.flatMap((refusal) => refusal.reasons).join('\n'));
    const supergraphSdl = composition.supergraph;
    gateway = await startGateway({
      supergraphSdl,
      port: 0,
      verifyToken: externalVerifier({ publicJwk: keys.devIssuer.publicJwk }),
      internalPrivateJwk: keys.internal.privateJwk,
      subgraphTimeoutMs: 10_000,
      logger: logger.child({ service: 'gateway' }),
      anonymousPerMinute: 100_000,
      devIssuerPrivateJwk: keys.devIssuer.privateJwk,
      ...options.gateway,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const gatewayUrl = gateway.url;
  return {
    gatewayUrl,
    database,
    subgraphs,
    modules: Object.fromEntries(services.map((service) => [service.module.name, service.module])),
    keys,
    token: (grants, subject = 'test-user') =>
      signDevToken(keys.devIssuer.privateJwk, subject, Array.isArray(grants) ? grants : [grants], 3600),
    request: (document, variables, requestOptions) => graphqlRequest(gatewayUrl, document, variables, requestOptions),
    statementCount: () => Object.values(subgraphs).reduce((sum, subgraph) => sum + subgraph.statementCount(), 0),
    stop,
  };
}

/**
 * Waits until a follower's cursor is at the last event of a published log, so a test reads
 * figures after every event so far was applied (and not while a batch is on its way).
 */
export async function eventLogApplied(
  stack: TestStack,
  follower: { stream: string; subgraph: string; cursorSchema: string; name?: string },
  timeoutMs = 15_000,
): Promise<void> {
  await eventually(async () => {
    const [last] = await stack.subgraphs[follower.stream].dataSource.query(
      `SELECT e.tx_id::text AS tx, e.id::text AS id FROM "${follower.stream}".event_log e ORDER BY e.tx_id DESC, e.id DESC LIMIT 1`,
    );
    const [cursor] = await stack.subgraphs[follower.subgraph].dataSource.query(
      `SELECT tx_id::text AS tx, event_id::text AS id FROM "${follower.cursorSchema}".event_cursors WHERE stream = $1 AND ($2::text IS NULL OR follower = $2)`,
      [follower.stream, follower.name ?? null],
    );
    if (JSON.stringify(cursor) !== JSON.stringify(last)) throw new Error(`${follower.subgraph} has not applied the ${follower.stream} log yet`);
  }, timeoutMs);
}
