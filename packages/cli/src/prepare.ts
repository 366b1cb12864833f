/**
 * The part of `kaiku up` that needs every subgraph's and extension's code: loading them,
 * composing the supergraph, migrating and seeding. It runs in this child process, which exits
 * before the platform is up, so the supervisor that stays for as long as the platform runs
 * holds none of those modules (about 70 MB: type-graphql, TypeORM, Apollo composition).
 *
 * Talks to `kaiku up` (./up.ts) over Node's IPC channel:
 *   child  -> { type: 'composed', services }      supergraph written; the parent starts PostgreSQL meanwhile
 *   parent -> { type: 'migrate', databaseUrl, seed }
 *   child  -> { type: 'migrated', services, complete }  what migrated (composed again without a failed extension)
 *   child  -> { type: 'failed', message }         a startup error, as its one line; the child exits 1
 * Its own messages (an extension left out) go to the inherited stdout, as before.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '@kaiku/database';
import { composePlatform } from './compose';
import { dataDir, isRequired, loadPlatform, type PlatformService } from './platform';
import { seedAll } from './seed';

/** What the supervisor needs of a service to run it: no module, only its folder and port. */
export interface ServiceToRun {
  folder: string;
  name: string;
  port: number;
}

export type PrepareMessage =
  | { type: 'composed'; services: ServiceToRun[] }
  /** complete: nothing was left out (no extension refused, failing to load or to migrate). */
  | { type: 'migrated'; services: ServiceToRun[]; complete: boolean }
  | { type: 'failed'; message: string };

export interface MigrateMessage {
  type: 'migrate';
  databaseUrl: string;
  seed: boolean;
}

const log = (line: string) => console.log(line);
/** Set when an extension is left out for any reason. */
let leftOut = false;
const send = (message: PrepareMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const toRun = (services: PlatformService[]): ServiceToRun[] => services.map(({ folder, module }) => ({ folder, name: module.name, port: module.port }));

async function prepare(): Promise<void> {
  let services = await composableServices();
  await send({ type: 'composed', services: toRun(services) });
  const { databaseUrl, seed } = await new Promise<MigrateMessage>((resolve) => process.once('message', (message) => resolve(message as MigrateMessage)));
  log(seed ? 'Migrating and seeding demo data (once)...' : 'Migrating...');
  const migrated = await seedAll(databaseUrl, services, { seed, log });
  // An extension whose migration failed is left out: compose again from what runs.
  if (migrated.length < services.length) {
    leftOut = true;
    services = await composableServices(migrated);
  }
  await send({ type: 'migrated', services: toRun(services), complete: !leftOut });
}

/**
 * The core subgraphs and the extensions that keep the rules. A refused extension is named
 * with every rule it broke and left out; the platform starts without it. The supergraph the
 * gateway loads is composed here, from exactly what runs.
 */
async function composableServices(only?: PlatformService[]): Promise<PlatformService[]> {
  const { services, failures } = only ? { services: only, failures: [] } : loadPlatform();
  for (const failure of failures) log(`Extension in ${failure.folder} is left out: it does not load (${failure.reason}).`);
  const result = await composePlatform(services.map((service) => service.module));
  if (failures.length || result.refused.length) leftOut = true;
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

// `kaiku up` stopped (Ctrl-C, a failed start): nothing is left waiting for it.
process.once('disconnect', () => process.exit(1));
prepare().then(
  () => process.exit(0),
  async (error: unknown) => {
    await send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  },
);
