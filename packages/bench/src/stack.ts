import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedPostgres } from '@kaiku/database';
import { publishEvents } from '@kaiku/events';
import { stableId } from '@kaiku/subgraph-kit';
import { eventually, startStack, type TestStack } from '@kaiku/testing';

export const THEATRE = stableId('partner', 'hki-kaupunginteatteri');
export const HELSINKI_UNIT = stableId('partner', 'hki-sosiaalipalvelut');

/** A throw-away embedded PostgreSQL (or DATABASE_URL's server) that the test harness will use. */
export async function benchDatabase(): Promise<{ stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    process.env.KAIKU_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return { stop: async () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kaiku-bench-pg-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), database: 'kaiku_bench', persistent: false });
  process.env.KAIKU_TEST_ADMIN_URL = server.adminUrl;
  return {
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A throw-away PostgreSQL (or DATABASE_URL) and the whole platform with demo data, for a benchmark. */
export async function benchStack(): Promise<{ stack: TestStack; stop: () => Promise<void> }> {
  const { stop: stopDatabase } = await benchDatabase();
  const stack = await startStack({ seed: true, poolSize: 20 });
  // The demo theatre takes card uses once it has accepted the operating principles.
  await stack.subgraphs.partners.dataSource.transaction((manager) =>
    publishEvents(manager, 'partners', [
      { type: 'PrinciplesAccepted', payload: { partnerId: THEATRE, areaId: stableId('area', 'helsinki'), roles: ['CULTURE_PARTNER'], sector: 'PRIVATE', active: true, agreementSigned: true, principlesVersion: '2024-1', categories: [] } },
    ]),
  );
  await eventually(async () => {
    const rows = await stack.subgraphs.cards.dataSource.query("SELECT 1 FROM cards.partner_facts WHERE partner_id = $1 AND principles_version IS NOT NULL", [THEATRE]);
    const areas = await stack.subgraphs.cards.dataSource.query('SELECT 1 FROM cards.area_facts');
    if (rows.length === 0 || areas.length < 8) throw new Error('facts not there yet');
  }, 15_000);
  return { stack, stop: async () => { await stack.stop(); await stopDatabase(); } };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
