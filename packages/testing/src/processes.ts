import type { KeyPairJwk } from '@kaiku/identity';
import { startProcess, stopProcesses, waitUntilReady, type ServiceProcess } from '@kaiku/platform';

export interface SubgraphProcessOptions {
  /** The subgraph's folder, e.g. `subgraphs/partners`. */
  folder: string;
  /** The port it listens on, kept across restarts (take one from `freePort()`). */
  port: number;
  databaseUrl: string;
  /** The gateway's internal public key (a stack's `keys.internal.publicJwk`). */
  internalPublicJwk?: KeyPairJwk['publicJwk'];
  /** More environment, e.g. LOG_LEVEL. */
  env?: Record<string, string | undefined>;
  /** How long a start may take until /ready answers (default 90 s: a loaded machine compiles slowly). */
  readyTimeoutMs?: number;
}

/**
 * One subgraph as its own operating-system process (`packages/subgraph-kit/src/run.ts`, as
 * `npm start` runs it), on a fixed port, that a fault test can kill and start again.
 */
export interface SubgraphProcess {
  folder: string;
  port: number;
  /** Its GraphQL URL, the same across restarts. */
  url: string;
  /** The running process's id, or undefined when it is not running. */
  pid(): number | undefined;
  running(): boolean;
  /** Starts it (again) and waits until /ready answers; resolves with the time that took in ms. */
  start(): Promise<number>;
  /** Sends a signal (default SIGKILL: no goodbye) and waits until the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Freezes (SIGSTOP) or thaws (SIGCONT) it: a hung process keeps its port but answers nothing. */
  freeze(): void;
  thaw(): void;
  /** Stops it gracefully (SIGTERM, SIGKILL after a grace period); safe to call when not running. */
  stop(): Promise<void>;
  /** The last lines it wrote to stderr. */
  lastErrors(): string[];
}

/** Starts a subgraph process and waits until it is ready. Stop it in afterAll. */
export async function startSubgraphProcess(options: SubgraphProcessOptions): Promise<SubgraphProcess> {
  const handle = subgraphProcess(options);
  await handle.start();
  return handle;
}

/** A subgraph process handle that is not started yet. */
export function subgraphProcess(options: SubgraphProcessOptions): SubgraphProcess {
  const base = `http://127.0.0.1:${options.port}`;
  let current: ServiceProcess | undefined;
  const alive = () => !!current && current.child.exitCode === null && current.child.signalCode === null;
  const env = {
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    ...(options.internalPublicJwk ? { KAIKU_INTERNAL_PUBLIC_JWK: JSON.stringify(options.internalPublicJwk) } : {}),
    ...options.env,
  };
  const handle: SubgraphProcess = {
    folder: options.folder,
    port: options.port,
    url: `${base}/graphql`,
    pid: () => (alive() ? current!.child.pid : undefined),
    running: alive,
    start: async () => {
      if (alive()) throw new Error(`${options.folder} is already running (pid ${current!.child.pid})`);
      const started = Date.now();
      current = startProcess(options.folder, 'packages/subgraph-kit/src/run.ts', [options.folder], env, false);
      try {
        await waitUntilReady(current, `${base}/ready`, options.readyTimeoutMs ?? 90_000);
      } catch (error) {
        await stopProcesses([current], 1000);
        throw error;
      }
      return Date.now() - started;
    },
    kill: async (signal = 'SIGKILL') => {
      if (!alive()) return;
      const service = current!;
      // A frozen process must be thawed to act on anything but SIGKILL.
      if (signal !== 'SIGKILL') service.child.kill('SIGCONT');
      service.child.kill(signal);
      await service.exited;
    },
    freeze: () => {
      if (alive()) current!.child.kill('SIGSTOP');
    },
    thaw: () => {
      if (alive()) current!.child.kill('SIGCONT');
    },
    stop: async () => {
      if (!current) return;
      if (alive()) current.child.kill('SIGCONT');
      await stopProcesses([current], 5000);
    },
    lastErrors: () => [...(current?.lastErrors ?? [])],
  };
  return handle;
}

/** A port nothing listens on now (re-exported for tests that have no direct @kaiku/database dependency). */
export { freePort } from '@kaiku/database';
