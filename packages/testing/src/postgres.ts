import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '@kaiku/database';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * A PostgreSQL that one test owns, so it may stop and start it: embedded, in its own temporary
 * folder, on a free port, run by its own process (postgres-server.ts). Stopping keeps the data;
 * `start` brings the same cluster back on the same port; `remove` stops it and deletes the
 * folder (call it in afterAll).
 */
export interface OwnPostgres {
  port: number;
  /** The maintenance database's URL (for `KAIKU_TEST_ADMIN_URL`). */
  adminUrl: string;
  running(): boolean;
  /** Stops PostgreSQL (a fast shutdown: open connections are cut) and waits until it has. */
  stop(): Promise<void>;
  /** Starts it again; resolves with the time that took in ms. */
  start(): Promise<number>;
  remove(): Promise<void>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const folder = mkdtempSync(join(tmpdir(), 'kaiku-faults-pg-'));
  // As root, PostgreSQL runs as the `postgres` user, who must be able to enter this folder.
  chmodSync(folder, 0o755);
  const port = await freePort();
  let child: ChildProcess | undefined;
  let adminUrl = '';

  const launch = () =>
    new Promise<void>((done, fail) => {
      const process_ = spawn(process.execPath, ['--require', '@swc-node/register', 'packages/testing/src/postgres-server.ts', join(folder, 'pg'), String(port)], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      child = process_;
      const errors: string[] = [];
      createInterface({ input: process_.stderr! }).on('line', (line) => errors.push(line));
      createInterface({ input: process_.stdout! }).on('line', (line) => {
        if (!line.startsWith('{"adminUrl"')) return;
        adminUrl = (JSON.parse(line) as { adminUrl: string }).adminUrl;
        done();
      });
      process_.once('exit', (code) => fail(new Error(`PostgreSQL on port ${port} did not start (exit ${code}): ${errors.slice(-3).join(' ')}`)));
    });
  const alive = () => !!child && child.exitCode === null && child.signalCode === null;

  try {
    await launch();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const own: OwnPostgres = {
    port,
    get adminUrl() {
      return adminUrl;
    },
    running: alive,
    stop: async () => {
      if (!alive()) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child!.kill('SIGTERM');
      await exited;
    },
    start: async () => {
      if (alive()) throw new Error(`PostgreSQL on port ${port} is already running`);
      const started = Date.now();
      await launch();
      return Date.now() - started;
    },
    remove: async () => {
      await own.stop().catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return own;
}
