import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { RUNS_FROM_SOURCES } from '@kaiku/subgraph-kit/src/entry';
import { ROOT } from './platform';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** The last lines it wrote to stderr, to say why it failed. */
  lastErrors: string[];
  exited: Promise<number | null>;
}

export interface StartOptions {
  /** Restart the process when a file it loaded changes (Node's --watch; `npm run dev`). */
  watch?: boolean;
  /** More flags for Node, before the entry point (e.g. V8's heap sizes). */
  nodeFlags?: string[];
}

/**
 * How a service's entry point runs, given as its source (e.g. `gateway/src/main.ts`). Built
 * (`npm start`, the image): plain `node gateway/dist/main.js`, no compiler loaded. From sources
 * (this code itself runs from TypeScript: Jest, `npm run dev`): SWC's hook, and the
 * "kaiku-source" condition so workspace packages resolve to their sources too.
 * KAIKU_RUN_SERVICES_BUILT=1 (set by `npm run bench`, which itself runs from sources): built.
 */
export function nodeCommand(entry: string, options: StartOptions = {}): string[] {
  const watch = [...(options.watch ? ['--watch'] : []), ...(options.nodeFlags ?? [])];
  if (RUNS_FROM_SOURCES && process.env.KAIKU_RUN_SERVICES_BUILT !== '1') return [...watch, '--enable-source-maps', '--conditions=kaiku-source', '--require', '@swc-node/register', entry];
  return [...watch, builtEntry(entry)];
}

/** `<package>/src/<file>.ts` -> `<package>/dist/<file>.js`. */
export function builtEntry(entry: string): string {
  return entry.replace(/(^|\/)src\/(.*)\.ts$/, '$1dist/$2.js');
}

/** Starts a service's entry point as its own Node process, its output prefixed with its name. */
export function startProcess(name: string, entry: string, args: string[], env: NodeJS.ProcessEnv, echo: boolean, options: StartOptions = {}): ServiceProcess {
  const child = spawn(process.execPath, [...nodeCommand(entry, options), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Same process group: Ctrl-C in the terminal reaches every service at once, and each
    // stops gracefully; `stopProcesses` covers a stop that did not come from the terminal.
  });
  const lastErrors: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (echo) console.log(`[${name}] ${line}`);
  });
  createInterface({ input: child.stderr! }).on('line', (line) => {
    lastErrors.push(line);
    if (lastErrors.length > 20) lastErrors.shift();
    if (echo) console.error(`[${name}] ${line}`);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, child, lastErrors, exited };
}

/** Polls a URL until it answers 200, the process exits, or the time runs out. */
export async function waitUntilReady(service: ServiceProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void service.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      const why = service.lastErrors.filter((line) => line.trim()).at(-1) ?? `exit code ${exitCode}`;
      throw new Error(`${service.name} failed to start: ${why}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${service.name} did not become ready within ${Math.round(timeoutMs / 1000)} s (${url})`);
}

/** Stops processes with SIGTERM, then SIGKILL after a grace period; resolves when all exited. */
export async function stopProcesses(services: ServiceProcess[], graceMs = 5000): Promise<void> {
  await Promise.all(
    services.map(async (service) => {
      if (service.child.exitCode !== null || service.child.signalCode !== null) return;
      service.child.kill('SIGTERM');
      const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
      await service.exited;
      clearTimeout(timer);
    }),
  );
}
