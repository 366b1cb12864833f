import { join } from 'node:path';
import { checkDatabaseUrl, startEmbeddedPostgres, StartupError } from '@kaiku/database';
import { dataDir } from '@kaiku/subgraph-kit/src/env';

/**
 * `npm start`'s own server runs on a laptop beside six Node processes: settings that cost it
 * nothing there, measured by `npm run bench -- memory` (RSS at ready):
 * - io_method=sync: PostgreSQL 18's three I/O worker processes (about 6 MB each) are not
 *   started; reads are done by the backend itself, as before version 18.
 * - max_logical_replication_workers=0: no logical replication launcher (about 8 MB); nothing
 *   here subscribes to a publication.
 * - max_connections=150 (the tests' shared server has 300): every backend maps the shared
 *   per-connection arrays, about 0.4 MB less each; the platform opens at most about 110 (five
 *   pools of KAIKU_DB_POOL_SIZE=20, five LISTEN connections, the start's own).
 * - wal_buffers=512kB (by default 1/32 of shared_buffers, 4 MB): every process that writes WAL
 *   (the WAL writer, the postmaster, each backend that writes) touches the whole buffer, and
 *   RSS counts it once per process; a laptop's writes fill 512 kB seldom.
 * An external DATABASE_URL is left as its operators set it.
 */
export const LOCAL_SERVER_SETTINGS = { io_method: 'sync', max_logical_replication_workers: 0, max_connections: 150, wal_buffers: '512kB' };

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set (checked, nothing started), otherwise the embedded PostgreSQL. */
export async function openDatabase(log: (line: string) => void): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await checkDatabaseUrl(url);
    return { url, embedded: false, stop: async () => undefined };
  }
  const port = Number(process.env.KAIKU_PG_PORT ?? 54329);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new StartupError(`KAIKU_PG_PORT must be a port number, got "${process.env.KAIKU_PG_PORT}".`);
  const dir = join(dataDir(), 'pg');
  log(`Starting the embedded PostgreSQL on port ${port} (data in ${dir})...`);
  const running = await startEmbeddedPostgres({ dataDir: dir, port, database: 'kaiku', persistent: true, settings: LOCAL_SERVER_SETTINGS });
  return { url: running.url, embedded: true, stop: running.stop };
}
