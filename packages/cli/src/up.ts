import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { databaseIdentity, isPortFree, StartupError } from '@kaiku/database';
import { gatewayConfigFromEnv } from '@kaiku/gateway/src/config';
import { checkSubgraphEnv, ConfigError } from '@kaiku/subgraph-kit/src/config';
import { dataDir } from '@kaiku/subgraph-kit/src/env';
import { loadOrCreateLocalKeys } from '@kaiku/identity';
import { openDatabase, type Database } from './database';
import type { MigrateMessage, PrepareMessage, ServiceToRun } from './prepare';
import { nodeCommand, startProcess, stopProcesses, waitUntilReady, type ServiceProcess } from './processes';
import { readPlatformFile, ROOT } from './platform';
import { codeFingerprint, hasRecord, keepRecord, unchangedServices } from './startup-cache';
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
 * more frequent (and shorter) minor collections. Under load V8 lets the old generation grow to
 * up to four times what survived the last full collection: the gateway went from 124 to 236 MB
 * under the directory load, a subgraph from 104 to 154. Growing it by 25 % at a time instead
 * kept them at 120 and 113, for more frequent full collections of a 40-60 MB heap. Memory
 * matters more than peak throughput on the one machine `npm start` runs on (its supervisor
 * gets the semi-space flag from package.json); the image and the manifests leave V8 its defaults.
 */
const SERVICE_NODE_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=25'];

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

  let database: Database | undefined;
  let opening: Promise<unknown> | undefined;
  let preparing: Prepare | undefined;
  const running: ServiceProcess[] = [];
  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log('\nStopping the platform...');
    preparing?.child.kill('SIGTERM');
    await stopProcesses([...running].reverse());
    // A PostgreSQL still starting is stopped once it has.
    await opening?.catch(() => undefined);
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
    const fingerprint = codeFingerprint(options.seed);
    // Composition (in the child) and PostgreSQL's start overlap: neither needs the other. When
    // the code is as at the last start, composition waits to hear whether the database is too.
    if (!hasRecord(fingerprint)) preparing = startPrepare();
    opening = openDatabase(log).then((opened) => (database = opened));
    // Its failure is reported where it is awaited.
    opening.catch(() => undefined);
    let services: ServiceToRun[] | undefined;
    let identity: string | undefined;
    if (!preparing) {
      await opening;
      identity = await databaseIdentity(database!.url).catch(() => undefined);
      services = unchangedServices(fingerprint, identity);
      if (services) log('Nothing changed since the last start: the supergraph and the migrations are as they were.');
      else preparing = startPrepare();
    }
    services ??= await preparing!.next('composed');
    for (const port of [gatewayPort, ...services.map((service) => service.port)]) {
      if (!(await isPortFree(port))) {
        throw new StartupError(`Port ${port} is in use: stop what uses it (another \`npm start\`?)${port === gatewayPort ? ' or set PORT to another port' : ''}.`);
      }
    }
    await opening;
    const keys = await loadOrCreateLocalKeys(dataDir());
    if (preparing) {
      preparing.send({ type: 'migrate', databaseUrl: database!.url, seed: options.seed });
      const migrated = await preparing.next('migrated');
      services = migrated.services;
      identity ??= await databaseIdentity(database!.url).catch(() => undefined);
      if (migrated.complete && identity) keepRecord({ fingerprint, database: identity, services });
    }
    const env = {
      DATABASE_URL: database!.url,
      KAIKU_DATA_DIR: dataDir(),
      KAIKU_INTERNAL_PUBLIC_JWK: JSON.stringify(keys.internal.publicJwk),
      LOG_LEVEL: process.env.LOG_LEVEL ?? (options.verbose ? 'info' : 'warn'),
    };
    log(`Starting ${services.map((service) => service.name).join(', ')}...`);
    const subgraphs = services.map((service) =>
      startProcess(service.name, 'packages/subgraph-kit/src/run.ts', [service.folder], { ...env, PORT: String(service.port) }, true, { watch: options.watch, nodeFlags: SERVICE_NODE_FLAGS }),
    );
    running.push(...subgraphs);
    watchForCrashes(subgraphs, shutdown);
    // The gateway loads the supergraph from its file, not from the subgraphs: it starts beside
    // them, and its /ready answers 200 once every subgraph's does.
    const gateway = startProcess('gateway', 'gateway/src/main.ts', [], { ...env, PORT: String(gatewayPort), SUPERGRAPH_PATH: join(dataDir(), 'supergraph.graphql') }, true, { watch: options.watch, nodeFlags: SERVICE_NODE_FLAGS });
    running.push(gateway);
    watchForCrashes([gateway], shutdown);
    await Promise.all(subgraphs.map((child, i) => waitUntilReady(child, `http://127.0.0.1:${services[i].port}/ready`, 90_000)));
    await waitUntilReady(gateway, `http://127.0.0.1:${gatewayPort}/ready`, 60_000);
    await printWelcome(gatewayPort, database!, (Date.now() - started) / 1000);
  } catch (error) {
    console.error(error instanceof StartupError || error instanceof Error ? error.message : String(error));
    await shutdown(1);
  }
}

interface Prepare {
  child: ChildProcess;
  /** The next message of that type; rejects with the child's own one-line error if it failed or exited. */
  next(type: 'composed'): Promise<ServiceToRun[]>;
  next(type: 'migrated'): Promise<{ services: ServiceToRun[]; complete: boolean }>;
  send(message: MigrateMessage): void;
}

/** ./prepare.ts in a child process (built or from sources, as this process runs), with an IPC channel. */
function startPrepare(): Prepare {
  const child = spawn(process.execPath, nodeCommand('packages/cli/src/prepare.ts'), { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const messages: PrepareMessage[] = [];
  let wake = () => undefined as void;
  let exited = false;
  child.on('message', (message: PrepareMessage) => {
    messages.push(message);
    wake();
  });
  // 'close': after the child exited and its channel ended, so every message it sent has come.
  child.once('error', () => undefined);
  child.once('close', () => {
    exited = true;
    wake();
  });
  const next = async (type: 'composed' | 'migrated'): Promise<any> => {
    for (;;) {
      const message = messages.shift();
      if (message?.type === 'failed') throw new StartupError(message.message);
      if (message?.type === type) return message.type === 'composed' ? message.services : message;
      if (!message && exited) throw new StartupError('Composing and migrating stopped without a reason: see the messages above.');
      if (!message) await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  return { child, next: next as Prepare['next'], send: (message) => child.send(message) };
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
