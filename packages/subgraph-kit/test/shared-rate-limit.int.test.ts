import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@kaiku/testing';
import { createDataSource, rateLimitTableSql, SharedRateLimiter } from '../src';

const TABLE = 'limits_test.rate_limits';

describe('a rate limit shared by replicas through PostgreSQL', () => {
  let database: TestDatabase;
  let replicas: DataSource[];

  beforeAll(async () => {
    database = await createTestDatabase();
    // Two data sources (two pools), as two replicas of a subgraph have.
    replicas = await Promise.all(
      [1, 2].map(async () => {
        const { dataSource } = createDataSource({ url: database.url, schema: 'limits_test', entities: [], migrations: [], poolSize: 4 });
        return dataSource.initialize();
      }),
    );
    await replicas[0].query('CREATE SCHEMA limits_test');
    await replicas[0].query(rateLimitTableSql(TABLE));
  });
  afterAll(async () => {
    await Promise.all((replicas ?? []).map((dataSource) => dataSource.destroy()));
    await database?.drop();
  });

  // Each replica its own limiter object (its own process), the same settings and secret.
  const limiters = (name: string, capacity: number, refillPerSecond: number) =>
    [1, 2].map(() => new SharedRateLimiter({ table: TABLE, name, capacity, refillPerSecond, secret: () => 'test-secret' }));

  it('allows the capacity once across both replicas, even when they check at the same moment', async () => {
    // One attempt back per hour: nothing refills while the test runs.
    const [a, b] = limiters('burst', 10, 1 / 3600);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a.tryTake(replicas[0], '192.0.2.7') : b.tryTake(replicas[1], '192.0.2.7'))));
    expect(answers.filter(Boolean)).toHaveLength(10);
    // Another key, and the same key under another limit, have their own buckets.
    expect(await a.tryTake(replicas[0], '192.0.2.8')).toBe(true);
    const [other] = limiters('other', 1, 1 / 3600);
    expect(await other.tryTake(replicas[1], '192.0.2.7')).toBe(true);
    expect(await other.tryTake(replicas[0], '192.0.2.7')).toBe(false);
  });

  it('gives attempts back at the refill rate', async () => {
    const [a, b] = limiters('refill', 1, 20);
    expect(await a.tryTake(replicas[0], 'door|venue')).toBe(true);
    // Right away the bucket is empty on either replica (50 ms to refill one: these run well within it or not at all).
    const at = Date.now();
    const next = await b.tryTake(replicas[1], 'door|venue');
    if (Date.now() - at < 40) expect(next).toBe(false);
    // One attempt comes back every 50 ms.
    let allowed = false;
    for (let tries = 0; tries < 200 && !allowed; tries += 1) {
      allowed = await b.tryTake(replicas[1], 'door|venue');
      if (!allowed) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(allowed).toBe(true);
  });

  it('stores a keyed hash, never the key, and prunes buckets that are full again', async () => {
    const [a] = limiters('privacy', 5, 1000);
    await a.tryTake(replicas[0], '203.0.113.9');
    const rows: Array<{ key: Buffer }> = await replicas[0].query(`SELECT key FROM ${TABLE}`);
    for (const row of rows) {
      expect(row.key.length).toBe(16);
      expect(row.key.toString('latin1')).not.toContain('203.0.113.9');
    }
    // 5 attempts at 1,000 a second: full again within 5 ms, after which the row means nothing.
    const [{ expired }] = await replicas[0].query(`SELECT count(*)::int AS expired FROM ${TABLE} WHERE full_at < now() + interval '1 second'`);
    expect(expired).toBeGreaterThan(0);
    // A fresh limiter prunes on its first check (then at most once a minute).
    const [pruner] = limiters('pruner', 1, 1 / 3600);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Every row full before this instant goes with the prune; a row of an earlier test that
    // becomes full only after it (e.g. the refill test's, 50 ms) stays until the next one.
    const [{ cutoff }] = await replicas[0].query('SELECT now() AS cutoff');
    await pruner.tryTake(replicas[0], 'anyone');
    const { eventually } = await import('@kaiku/testing');
    await eventually(async () => {
      const [{ left }] = await replicas[0].query(`SELECT count(*)::int AS left FROM ${TABLE} WHERE full_at < $1`, [cutoff]);
      expect(left).toBe(0);
    }, 10_000);
    // Buckets still refilling are kept: the burst limit above still refuses.
    const [burst] = limiters('burst', 10, 1 / 3600);
    expect(await burst.tryTake(replicas[0], '192.0.2.7')).toBe(false);
  });
});
