/**
 * `npm start` as a person runs it, for the start-up and memory benchmarks: the real command in
 * its own process group (so the bench can press Ctrl-C on all of it), on a throw-away data
 * folder and embedded PostgreSQL port, with the repository already installed and built.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '@kaiku/cli/src/platform';
import { freePort } from '@kaiku/database';
import { memoryOf, processTree } from './platform';

export interface NpmStart {
  child: ChildProcess;
  /** Milliseconds from the spawn of `npm start` until it printed "platform is up". */
  readyMs: number;
  /** The seconds `kaiku up` itself reported. */
  reportedSeconds: number;
  /** True when `kaiku up` found nothing changed since the last start and skipped composing and migrating. */
  unchanged: boolean;
  /** CPU seconds (user + system) every process of the start had used when it was up, those that exited included. */
  cpuSeconds: number;
  /** Every process of the running stack: what `npm start` runs (not npm's own process). */
  stackPids(): number[];
  /** Ctrl-C: SIGINT to the whole process group, then waits until npm has exited. */
  stop(): Promise<void>;
}

/** The checkout whose `npm start` is measured: this one, or BENCH_ROOT (e.g. a copy of an older commit, for a before figure). */
export const STACK_ROOT = process.env.BENCH_ROOT ?? ROOT;
/**
 * BENCH_BEFORE=1: what `npm start` ran before services were built (its install check aside):
 * the CLI from its sources under SWC's hook, which started each service the same way.
 */
const BEFORE = process.env.BENCH_BEFORE === '1';
const SOURCES_CLI = ['--enable-source-maps', '--require', '@swc-node/register', 'packages/cli/src/main.ts'];

export async function npmStart(dataDir: string, pgPort: number, env: NodeJS.ProcessEnv = {}): Promise<NpmStart> {
  const started = performance.now();
  const [command, args] = BEFORE ? [process.execPath, [...SOURCES_CLI, 'up']] : ['npm', ['start', '--silent']];
  const child = spawn(command, args, {
    cwd: STACK_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SWC_NODE_PROJECT: join(STACK_ROOT, 'tsconfig.json'), KAIKU_DATA_DIR: dataDir, KAIKU_PG_PORT: String(pgPort), npm_config_update_notifier: 'false', ...env },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const readyMs = await new Promise<number>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (/platform is up in/.test(output)) resolve(performance.now() - started);
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    void exited.then(() => reject(new Error(`npm start exited before it was up:\n${output.slice(-2000)}`)));
  });
  const reportedSeconds = Number(/platform is up in ([\d.]+) s/.exec(output)?.[1]);
  const cpuSeconds = processTree(child.pid!).reduce((sum, pid) => sum + cpuOf(pid), 0);
  return {
    child,
    readyMs,
    reportedSeconds,
    unchanged: output.includes('Nothing changed since the last start'),
    cpuSeconds,
    // npm runs `sh -c "node scripts/bootstrap.mjs kaiku up"`: the stack is everything below npm.
    stackPids: () => processTree(child.pid!).filter((pid) => (BEFORE || pid !== child.pid) && !isShell(pid)),
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGINT');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** utime + stime + cutime + cstime of a process, in seconds (children it waited for are in the last two). */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0) / 100;
  } catch {
    return 0;
  }
}

function isShell(pid: number): boolean {
  try {
    return /^(sh|bash|dash)$/.test(readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
  } catch {
    return false;
  }
}

/** The name a process goes by in the tables: its service, or PostgreSQL, or the supervisor. */
export function roleOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (args[0].includes('postgres')) return 'PostgreSQL';
    const folder = args.findIndex((arg) => arg.endsWith('run.js') || arg.endsWith('run.ts'));
    if (folder >= 0) return args[folder + 1].split('/').pop()!;
    if (args.some((arg) => arg.includes('gateway/'))) return 'gateway';
    if (args.some((arg) => arg.includes('bootstrap.mjs') || arg.includes('cli/src/main.ts'))) return 'supervisor (npm start)';
    return args.slice(0, 2).join(' ');
  } catch {
    return 'gone';
  }
}

/** Proportional set size (MB): shared pages split among the processes that map them. */
export function pssOf(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

export interface MemoryRow {
  role: string;
  processes: number;
  rss: number;
  pss: number;
}

/** RSS and PSS of the stack's processes, summed per role. */
export function memoryByRole(pids: number[]): MemoryRow[] {
  const rows = new Map<string, MemoryRow>();
  for (const pid of pids) {
    const role = roleOf(pid);
    const row = rows.get(role) ?? { role, processes: 0, rss: 0, pss: 0 };
    row.processes += 1;
    row.rss += memoryOf(pid).rss;
    row.pss += pssOf(pid);
    rows.set(role, row);
  }
  return [...rows.values()];
}

export const total = (rows: MemoryRow[], key: 'rss' | 'pss') => rows.reduce((sum, row) => sum + row[key], 0);

/** A data folder with the demo data, as after a first `npm start` (not timed). */
export async function seededDataDir(dataDir: string): Promise<number> {
  const pgPort = await freePort();
  const seeded = spawnSync(process.execPath, BEFORE ? [...SOURCES_CLI, 'seed'] : [join(STACK_ROOT, 'scripts', 'bootstrap.mjs'), 'kaiku', 'seed'], {
    cwd: STACK_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SWC_NODE_PROJECT: join(STACK_ROOT, 'tsconfig.json'), KAIKU_DATA_DIR: dataDir, KAIKU_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' },
  });
  if (seeded.status !== 0) throw new Error(`seeding failed: ${seeded.stderr.slice(-2000)}`);
  return pgPort;
}
