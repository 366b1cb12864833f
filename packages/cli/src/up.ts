import { isPortFree, StartupError } from '@kaiku/database';
import { gatewayConfigFromEnv } from '@kaiku/gateway/src/config';
import { checkSubgraphEnv, ConfigError } from '@kaiku/subgraph-kit';
import { loadOrCreateLocalKeys } from '@kaiku/identity';
import { openDatabase, type Database } from './database';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composePlatform } from './compose';
import { dataDir, isRequired, loadPlatform, readPlatformFile, type PlatformService } from './platform';
import { startProcess, stopProcesses, waitUntilReady, type ServiceProcess } from './processes';
import { seedAll } from './seed';
import { DEMO_ACCOUNTS, devToken } from './token';

export interface UpOptions {
  seed: boolean;
  /** Echo every service's log lines (default: warnings and errors only). */
  verbose: boolean;
  /** Restart each service when a file it loaded changes (`npm run dev`). */
  watch?: boolean;
}

/**
 * V8's young generation grows to 16 MB per half while a service starts (schemas, migrations)
 * and stays there: capped at 2 MB, each service takes about 25 MB less at ready, for slightly
 * more frequent (and shorter) minor collections. Memory matters more than peak throughput on
 * the one machine `npm start` runs on (its supervisor gets the same flag from package.json);
 * the image and the manifests leave V8 its defaults.
 */
const SERVICE_NODE_FLAGS = ['--max-semi-space-size=2'];

/**
 * `npm start`: PostgreSQL (embedded unless DATABASE_URL), migrations, demo data once, each
 * subgraph and extension as its own process, then the gateway. Ctrl-C stops all of it.
 */
export async function up(options: UpOptions): Promise<void> {
  const started = Date.now();
  const log = (line: string) => console.log(line);
  checkSettings();
  const platform = readPlatformFile();
  const gatewayPort = Number(process.env.PORT ?? platform.gateway.port);
  buildConsoleIfStale();
  let services = await composableServices(log);
  for (const port of [gatewayPort, ...services.map((service) => service.module.port)]) {
    if (!(await isPortFree(port))) {
      throw new StartupError(`Port ${port} is in use: stop what uses it (another \`npm start\`?)${port === gatewayPort ? ' or set PORT to another port' : ''}.`);
    }
  }

  let database: Database | undefined;
  const running: ServiceProcess[] = [];
  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log('\nStopping the platform...');
    await stopProcesses([...running].reverse());
    await database?.stop();
    log('Stopped.');
    process.exit(code);
  };
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal's process group and
  // forwarded by scripts/bootstrap.mjs); a second signal without a listener would kill it
  // before PostgreSQL stopped and "Stopped." was printed.
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    database = await openDatabase(log);
    const keys = await loadOrCreateLocalKeys(dataDir());
    log(options.seed ? 'Migrating and seeding demo data (once)...' : 'Migrating...');
    const migrated = await seedAll(database.url, services, { seed: options.seed, log });
    // An extension whose migration failed is left out: compose again from what runs.
    if (migrated.length < services.length) services = await composableServices(log, migrated);
    const env = {
      DATABASE_URL: database.url,
      KAIKU_DATA_DIR: dataDir(),
      KAIKU_INTERNAL_PUBLIC_JWK: JSON.stringify(keys.internal.publicJwk),
      LOG_LEVEL: process.env.LOG_LEVEL ?? (options.verbose ? 'info' : 'warn'),
    };
    log(`Starting ${services.map((service) => service.module.name).join(', ')}...`);
    const subgraphs = services.map((service) =>
      startProcess(service.module.name, 'packages/subgraph-kit/src/run.ts', [service.folder], { ...env, PORT: String(service.module.port) }, true, { watch: options.watch, nodeFlags: SERVICE_NODE_FLAGS }),
    );
    running.push(...subgraphs);
    watchForCrashes(subgraphs, shutdown);
    await Promise.all(
      subgraphs.map((child, i) => waitUntilReady(child, `http://127.0.0.1:${services[i].module.port}/ready`, 90_000)),
    );
    const gateway = startProcess('gateway', 'gateway/src/main.ts', [], { ...env, PORT: String(gatewayPort), SUPERGRAPH_PATH: join(dataDir(), 'supergraph.graphql') }, true, { watch: options.watch, nodeFlags: SERVICE_NODE_FLAGS });
    running.push(gateway);
    watchForCrashes([gateway], shutdown);
    await waitUntilReady(gateway, `http://127.0.0.1:${gatewayPort}/ready`, 60_000);
    await printWelcome(gatewayPort, database, (Date.now() - started) / 1000);
  } catch (error) {
    console.error(error instanceof StartupError || error instanceof Error ? error.message : String(error));
    await shutdown(1);
  }
}

/**
 * The services' settings pass through to them: check them before anything starts, so a wrong
 * one is the one line the service would print, not a crash after PostgreSQL and migrations.
 */
function checkSettings(): void {
  try {
    gatewayConfigFromEnv();
    checkSubgraphEnv();
  } catch (error) {
    throw error instanceof ConfigError ? new StartupError(error.message) : error;
  }
}

/** The console's sources changed since its last build (or it was never built): build it. */
function buildConsoleIfStale(): void {
  const result = spawnSync(process.execPath, ['console/scripts/build-if-stale.mjs'], { cwd: join(__dirname, '..', '..', '..'), stdio: 'inherit' });
  if (result.status !== 0) throw new StartupError('The console did not build: see the messages above.');
}

function watchForCrashes(services: ServiceProcess[], shutdown: (code: number) => Promise<void>): void {
  for (const service of services) {
    void service.exited.then((code) => {
      if (code === 0 || code === null) return;
      const why = service.lastErrors.filter((line) => line.trim()).at(-1) ?? `exit code ${code}`;
      console.error(`${service.name} stopped: ${why}`);
      void shutdown(1);
    });
  }
}

async function printWelcome(port: number, database: Database, seconds: number): Promise<void> {
  const base = `http://localhost:${port}`;
  const lines = [
    '',
    `Kaiku platform is up in ${seconds.toFixed(1)} s.`,
    '',
    `  Console   ${base}/   (door ${base}/door, explorer ${base}/explorer)`,
    `  GraphQL   ${base}/graphql`,
    `  Health    ${base}/health   Ready ${base}/ready`,
    `  Database  ${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'} ${database.url.replace(/:[^:@/]+@/, ':***@')}`,
    '',
    'Try:',
    `  curl -s ${base}/graphql -H 'content-type: application/json' -d '{"query":"{ areas { code name { fi sv } } }"}'`,
    '',
    'Dev tokens (send as "Authorization: Bearer <token>"; valid 12 h):',
  ];
  for (const account of DEMO_ACCOUNTS) {
    const scope = account.areas ? ` --area ${account.areas.join(',')}` : account.partner ? ` --partner ${account.partner}` : '';
    lines.push(`  ${account.role}${scope}`, `    ${await devToken(account)}`);
  }
  lines.push('', 'More tokens: npm run kaiku -- token --role ROLE [--area CODE] [--partner ID]', 'Stop: Ctrl-C (stops every service and PostgreSQL).', '');
  console.log(lines.join('\n'));
}

/**
 * The core subgraphs and the extensions that keep the rules. A refused extension is named
 * with every rule it broke and left out; the platform starts without it. The supergraph the
 * gateway loads is composed here, from exactly what runs.
 */
async function composableServices(log: (line: string) => void, only?: PlatformService[]): Promise<PlatformService[]> {
  const { services, failures } = only ? { services: only, failures: [] } : loadPlatform();
  for (const failure of failures) log(`Extension in ${failure.folder} is left out: it does not load (${failure.reason}).`);
  const result = await composePlatform(services.map((service) => service.module));
  for (const refusal of result.refused) {
    const required = services.some((service) => service.module.name === refusal.extension && isRequired(service));
    if (required) throw new StartupError(`Extension ${refusal.extension} is required by platform.json but refused:\n${refusal.reasons.map((reason) => `  - ${reason}`).join('\n')}`);
    log(`Extension ${refusal.extension} is left out:`);
    for (const reason of refusal.reasons) log(`  - ${reason}`);
  }
  mkdirSync(dataDir(), { recursive: true });
  writeFileSync(join(dataDir(), 'supergraph.graphql'), result.supergraph);
  return services.filter((service) => result.included.includes(service.module.name));
}
