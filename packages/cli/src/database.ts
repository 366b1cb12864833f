import { join } from 'node:path';
import { checkDatabaseUrl, startEmbeddedPostgres, StartupError } from '@kaiku/database';
import { dataDir } from './platform';

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
  const running = await startEmbeddedPostgres({ dataDir: dir, port, database: 'kaiku', persistent: true });
  return { url: running.url, embedded: true, stop: running.stop };
}
