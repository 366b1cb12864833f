import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@kaiku/testing';
import { createDataSource, migrate } from '../src';

const REPLICAS = 6;

/** Counts its own runs in a table outside the schema, so a second run would show even if it failed. */
class CreateThings1764000000001 implements MigrationInterface {
  name = 'CreateThings1764000000001';
  async up(db: QueryRunner): Promise<void> {
    await db.query('INSERT INTO public.lock_test_runs (migration) VALUES ($1)', [this.name]);
    // Long enough that replicas starting together overlap while it runs.
    await db.query('SELECT pg_sleep(0.2)');
    await db.query('CREATE TABLE lock_test.things (id int PRIMARY KEY)');
  }
  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE lock_test.things');
  }
}

class AddThingName1764000000002 implements MigrationInterface {
  name = 'AddThingName1764000000002';
  async up(db: QueryRunner): Promise<void> {
    await db.query('INSERT INTO public.lock_test_runs (migration) VALUES ($1)', [this.name]);
    await db.query('ALTER TABLE lock_test.things ADD COLUMN name text');
  }
  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE lock_test.things DROP COLUMN name');
  }
}

describe('migrate() when replicas start together', () => {
  let database: TestDatabase;
  const open: DataSource[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(open.map((dataSource) => dataSource.destroy()));
    await database?.drop();
  });

  const replica = async (poolSize: number) => {
    const { dataSource } = createDataSource({ url: database.url, schema: 'lock_test', entities: [], migrations: [CreateThings1764000000001, AddThingName1764000000002], poolSize });
    await dataSource.initialize();
    open.push(dataSource);
    return dataSource;
  };

  it('applies each migration once on a fresh database; the others wait, find nothing pending and do not fail', async () => {
    // Each replica its own data source (its own pool), as separate processes would have; a pool of one too.
    const replicas = await Promise.all(Array.from({ length: REPLICAS }, (_, i) => replica(i === 0 ? 1 : 3)));
    await replicas[0].query('CREATE TABLE public.lock_test_runs (migration text NOT NULL)');
    const warnings: string[] = [];
    const ran = await Promise.all(replicas.map((dataSource) => migrate(dataSource, 'lock_test', 'lock-test', { warn: (line) => warnings.push(line) })));

    expect(ran.flat().sort()).toEqual(['AddThingName1764000000002', 'CreateThings1764000000001']);
    // Whoever ran the first ran both: the lock is held for the whole migrate().
    expect(ran.filter((names) => names.length > 0)).toHaveLength(1);
    const runs = await replicas[0].query('SELECT migration, count(*)::int AS n FROM public.lock_test_runs GROUP BY migration ORDER BY migration');
    expect(runs).toEqual([
      { migration: 'AddThingName1764000000002', n: 1 },
      { migration: 'CreateThings1764000000001', n: 1 },
    ]);
    const applied = await replicas[0].query('SELECT name FROM lock_test.migrations ORDER BY id');
    expect(applied.map((row: { name: string }) => row.name)).toEqual(['CreateThings1764000000001', 'AddThingName1764000000002']);
    const checksums = await replicas[0].query('SELECT count(*)::int AS n FROM lock_test.migration_checksums');
    expect(checksums).toEqual([{ n: 2 }]);
    expect(warnings).toEqual([]);

    // No lock is left behind, on any pooled connection: a later start migrates at once.
    const [{ held }] = await replicas[0].query(
      "SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    );
    expect(held).toBe(0);
    expect(await migrate(replicas[1], 'lock_test', 'lock-test')).toEqual([]);
  });

  it('a failing migration releases the lock for the next replica', async () => {
    class Fails1764000000003 implements MigrationInterface {
      name = 'Fails1764000000003';
      async up(db: QueryRunner): Promise<void> {
        await db.query('SELECT * FROM lock_test.no_such_table');
      }
      async down(): Promise<void> {}
    }
    const { dataSource } = createDataSource({ url: database.url, schema: 'lock_test', entities: [], migrations: [CreateThings1764000000001, AddThingName1764000000002, Fails1764000000003], poolSize: 1 });
    await dataSource.initialize();
    open.push(dataSource);
    await expect(migrate(dataSource, 'lock_test', 'lock-test')).rejects.toThrow('its migration Fails1764000000003 failed');
    // Same pool of one: the connection that held the lock is usable (or replaced) and the lock is free.
    await expect(migrate(open[1], 'lock_test', 'lock-test')).resolves.toEqual([]);
  });
});
