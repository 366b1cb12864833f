import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDatabaseUrl, freePort, startEmbeddedPostgres } from '@kaiku/database';

/**
 * Jest global setup: one PostgreSQL for the whole run (the embedded one in a temporary folder,
 * or DATABASE_URL's server). Test files each make their own database in it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    await checkDatabaseUrl(process.env.DATABASE_URL);
    process.env.KAIKU_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kaiku-test-pg-'));
  // As root, PostgreSQL runs as the `postgres` user, who must be able to enter this folder.
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port: await freePort(), database: 'kaiku_test', persistent: false });
  process.env.KAIKU_TEST_ADMIN_URL = server.adminUrl;
  (globalThis as Record<string, unknown>).__KAIKU_TEST_PG__ = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
