/**
 * The platform as separate processes for load benchmarks: PostgreSQL (embedded in a temp
 * folder, or a throw-away database on DATABASE_URL's server), each subgraph and extension as
 * its own Node process (packages/subgraph-kit/src/run.ts) on a free port, our gateway as its
 * own process and, when asked, Hive Gateway (JS planner, and Rust planner) as their own
 * processes over the same subgraphs and the same supergraph. Nothing under test runs in the
 * bench process's event loop; the load comes from yet another process (load.ts).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composePlatform } from '@kaiku/cli/src/compose';
import { loadServices, ROOT, type PlatformService } from '@kaiku/cli/src/platform';
import { nodeCommand, startProcess, stopProcesses, waitUntilReady, type ServiceProcess } from '@kaiku/cli/src/processes';
import { seedAll } from '@kaiku/cli/src/seed';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '@kaiku/database';
import { loadOrCreateLocalKeys, signDevToken, type LocalKeys, type RoleGrant } from '@kaiku/identity';
import { DataSource } from 'typeorm';

export type GatewayKind = 'kaiku' | 'kaiku-nocoalesce' | 'hive' | 'hive-rust' | 'hive-nodedup' | 'hive-rust-nodedup';

export const GATEWAY_LABELS: Record<GatewayKind, string> = {
  kaiku: 'Kaiku gateway (Apollo Gateway 2.14.4)',
  'kaiku-nocoalesce': 'Kaiku gateway, coalescing off',
  hive: 'Hive Gateway 2.15.1 (JS planner)',
  'hive-rust': 'Hive Gateway 2.15.1 + router-runtime 1.4.23 (Rust planner)',
  'hive-nodedup': 'Hive Gateway, JS planner, in-flight dedup off',
  'hive-rust-nodedup': 'Hive Gateway, Rust planner, in-flight dedup off',
};

/**
 * Hive Gateway shares one subgraph request among identical in-flight ones by default
 * (`deduplicateInflightRequests`); Apollo Gateway does not. The `-nodedup` kinds turn it off
 * to compare planning and execution alone.
 */
const NO_DEDUP_CONFIG = `module.exports.gatewayConfig = { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } };\n`;

export interface RunningGatewayProcess {
  kind: GatewayKind;
  /** The GraphQL endpoint. */
  url: string;
  process: ServiceProcess;
}

export interface PlatformOptions {
  gateways: GatewayKind[];
  /** Migrate and write the demo data before starting (default true). */
  seed?: boolean;
  /** Environment for our gateway process only (tuning switches). */
  gatewayEnv?: NodeJS.ProcessEnv;
  /** Extra node flags for our gateway (e.g. --cpu-prof). */
  gatewayNodeFlags?: string[];
}

export interface BenchPlatform {
  dir: string;
  databaseUrl: string;
  supergraphPath: string;
  /** GraphQL URL of each subgraph, by name. */
  subgraphUrls: Record<string, string>;
  subgraphs: ServiceProcess[];
  gateways: Partial<Record<GatewayKind, RunningGatewayProcess>>;
  keys: LocalKeys;
  token(grants: RoleGrant | RoleGrant[]): Promise<string>;
  /** Process ids of PostgreSQL (postmaster and its backends). */
  postgresPids(): number[];
  /** Timings of the start, in ms from the call. */
  timings: Record<string, number>;
  stop(): Promise<void>;
}

const BENCH_ENV = { LOG_LEVEL: 'warn', NODE_ENV: 'production' };

/** The processes BENCH_PROFILE profiles: the gateway and the subgraph that writes the uses. */
const PROFILED = new Set(['kaiku', 'cards']);

/**
 * BENCH_PROFILE=<folder>: V8 CPU profiles (node --cpu-prof) of the gateway and of the cards
 * subgraph, written into that folder when they stop (`kaiku.cpuprofile`, `cards.cpuprofile`;
 * open them in Chrome's DevTools). A bench-only switch, read by nothing that ships.
 */
function profileFlags(name: string): string[] {
  const dir = process.env.BENCH_PROFILE;
  if (!dir || !PROFILED.has(name)) return [];
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${name}.cpuprofile`];
}

interface Database {
  url: string;
  dataDir?: string;
  stop(): Promise<void>;
}

/** Embedded PostgreSQL in `dir/pg` (kept until the folder is removed), or a fresh database on DATABASE_URL's server. */
export async function startDatabase(dir: string): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const name = `kaiku_bench_${process.pid}_${Date.now()}`;
    await ensureDatabase(external, name);
    const url = new URL(external);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      stop: async () => {
        const admin = await new DataSource({ type: 'postgres', url: external }).initialize();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.destroy());
      },
    };
  }
  const dataDir = join(dir, 'pg');
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'kaiku_bench', persistent: true });
  return { url: server.url, dataDir, stop: () => server.stop() };
}

export function benchTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** Composes the supergraph for subgraphs on the given URLs (in this process: it is set-up, not under test). */
export async function composeFor(services: PlatformService[], urls: Record<string, string>, file: string): Promise<void> {
  const composition = await composePlatform(services.map((service) => service.module), (module) => urls[module.name]);
  if (composition.refused.length) throw new Error(composition.refused.flatMap((refusal) => refusal.reasons).join('\n'));
  writeFileSync(file, composition.supergraph);
}

export async function startPlatform(options: PlatformOptions): Promise<BenchPlatform> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const dir = benchTempDir('kaiku-bench-');
  const running: ServiceProcess[] = [];
  let database: Database | undefined;
  const stop = async () => {
    await stopProcesses([...running].reverse());
    await database?.stop().catch((error: unknown) => console.error(`PostgreSQL did not stop cleanly: ${(error as Error).message}`));
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    database = await startDatabase(dir);
    timings.postgres = performance.now() - t0;
    const keys = await loadOrCreateLocalKeys(dir);
    const services = loadServices();
    const subgraphUrls: Record<string, string> = {};
    const ports: Record<string, number> = {};
    for (const { module } of services) {
      ports[module.name] = await freePort();
      subgraphUrls[module.name] = `http://127.0.0.1:${ports[module.name]}/graphql`;
    }
    const supergraphPath = join(dir, 'supergraph.graphql');
    await composeFor(services, subgraphUrls, supergraphPath);
    if (options.seed !== false) await seedAll(database.url, services);
    timings.seeded = performance.now() - t0;
    const subgraphs = await startSubgraphs(services, ports, database.url, dir, keys, running);
    timings.subgraphsReady = performance.now() - t0;
    const gateways: BenchPlatform['gateways'] = {};
    for (const kind of options.gateways) {
      gateways[kind] = await startGatewayProcess(kind, dir, supergraphPath, running, options);
    }
    timings.gatewaysReady = performance.now() - t0;
    const dataDir = database.dataDir;
    return {
      dir,
      databaseUrl: database.url,
      supergraphPath,
      subgraphUrls,
      subgraphs,
      gateways,
      keys,
      token: (grants) => signDevToken(keys.devIssuer.privateJwk, 'bench-user', Array.isArray(grants) ? grants : [grants], 3600),
      postgresPids: () => (dataDir ? postgresPids(dataDir) : []),
      timings,
      stop: async () => {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function startSubgraphs(
  services: PlatformService[],
  ports: Record<string, number>,
  databaseUrl: string,
  dir: string,
  keys: LocalKeys,
  running: ServiceProcess[],
): Promise<ServiceProcess[]> {
  const subgraphs = services.map((service) =>
    startProcess(service.module.name, 'packages/subgraph-kit/src/run.ts', [service.folder], {
      ...BENCH_ENV,
      DATABASE_URL: databaseUrl,
      KAIKU_DATA_DIR: dir,
      KAIKU_INTERNAL_PUBLIC_JWK: JSON.stringify(keys.internal.publicJwk),
      PORT: String(ports[service.module.name]),
    }, false, { nodeFlags: profileFlags(service.module.name) }),
  );
  running.push(...subgraphs);
  await Promise.all(subgraphs.map((child, i) => waitUntilReady(child, `http://127.0.0.1:${ports[services[i].module.name]}/ready`, 90_000)));
  return subgraphs;
}

const HIVE_BIN = join(__dirname, '..', 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');

export async function startGatewayProcess(
  kind: GatewayKind,
  dir: string,
  supergraphPath: string,
  running: ServiceProcess[],
  options: Pick<PlatformOptions, 'gatewayEnv' | 'gatewayNodeFlags'> = {},
): Promise<RunningGatewayProcess> {
  const port = await freePort();
  let child: ServiceProcess;
  let readyPath: string;
  if (kind.startsWith('kaiku')) {
    const env = gatewayEnv(port, dir, supergraphPath, { ...options.gatewayEnv, ...(kind === 'kaiku-nocoalesce' ? { KAIKU_COALESCE_ANONYMOUS: 'false' } : {}) });
    const nodeFlags = [...(options.gatewayNodeFlags ?? []), ...profileFlags(kind)];
    child = nodeFlags.length
      ? spawnService(kind, nodeCommand('gateway/src/main.ts', { nodeFlags }), ROOT, env)
      : startProcess(kind, 'gateway/src/main.ts', [], env, false);
    readyPath = '/ready';
  } else {
    // One process (no cluster), like ours; the CLI reads no config file from this folder.
    const args = [HIVE_BIN, 'supergraph', supergraphPath, '--port', String(port), '--host', '127.0.0.1', '--fork', '1', '--disable-websockets'];
    if (kind.startsWith('hive-rust')) args.push('--hive-router-runtime');
    if (kind.endsWith('-nodedup')) {
      const config = join(dir, `${kind}.config.cjs`);
      writeFileSync(config, NO_DEDUP_CONFIG);
      args.push('--config-path', config);
    }
    child = spawnService(kind, args, dir, { ...BENCH_ENV });
    readyPath = '/readiness';
  }
  running.push(child);
  await waitUntilReady(child, `http://127.0.0.1:${port}${readyPath}`, 90_000);
  return { kind, url: `http://127.0.0.1:${port}/graphql`, process: child };
}

function gatewayEnv(port: number, dir: string, supergraphPath: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...BENCH_ENV,
    PORT: String(port),
    SUPERGRAPH_PATH: supergraphPath,
    KAIKU_DATA_DIR: dir,
    // One load generator from one address: the per-address limit for anonymous callers would
    // answer 429 after 600 requests.
    KAIKU_ANONYMOUS_PER_MINUTE: '100000000',
    ...extra,
  };
}

/** A Node process with arguments of our own, tracked like the CLI's services. */
export function spawnService(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ServiceProcess {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lastErrors: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      lastErrors.push(line);
      if (lastErrors.length > 20) lastErrors.shift();
      if (process.env.BENCH_VERBOSE) console.error(`[${name}] ${line}`);
    }
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, lastErrors, exited };
}

/** The postmaster (from postmaster.pid) and every process below it. */
export function postgresPids(dataDir: string): number[] {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return [];
  const postmaster = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return processTree(postmaster);
}

/** A process and all its descendants, from /proc. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (!existsSync(`/proc/${pid}`)) continue;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** VmRSS and VmHWM (peak) of a process in MB; 0 when it is gone. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

/** Sum of the RSS of processes (MB). */
export function rssOf(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + memoryOf(pid).rss, 0);
}

/** Posts a GraphQL operation; returns the parsed body. */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in ms; 0 when it is gone. */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU ms used so far by each part of the platform: each gateway, each subgraph, PostgreSQL. */
export function cpuByPart(platform: BenchPlatform): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const gateway of Object.values(platform.gateways)) {
    parts[`gateway ${gateway!.kind}`] = processTree(gateway!.process.child.pid!).reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  }
  for (const subgraph of platform.subgraphs) parts[subgraph.name] = cpuMsOf(subgraph.child.pid!);
  // Each backend on its own (see cpuPerRequest): one that exits between two readings would
  // otherwise take its whole life's CPU out of the sum.
  for (const pid of platform.postgresPids()) parts[`postgres#${pid}`] = cpuMsOf(pid);
  return parts;
}

/** CPU ms per request of each part between two readings (parts that used under 1 % left out). */
export function cpuPerRequest(before: Record<string, number>, after: Record<string, number>, requests: number): string {
  // "postgres#<pid>" readings add up to "postgres": each backend alive at the second reading
  // counts what it used since the first (all of it when it started between them); one that
  // exited in between is not counted (its CPU after the first reading is no longer readable).
  const used = new Map<string, number>();
  for (const key of Object.keys(after)) {
    const part = key.split('#')[0];
    used.set(part, (used.get(part) ?? 0) + after[key] - (before[key] ?? 0));
  }
  const total = [...used.values()].reduce((sum, value) => sum + value, 0);
  return [...used]
    .filter(([, used]) => used > total / 100)
    .map(([key, used]) => `${key} ${(used / requests).toFixed(2)}`)
    .join(', ');
}
