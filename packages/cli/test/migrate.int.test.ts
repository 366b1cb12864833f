import { createTestDatabase, runKaiku, type TestDatabase } from '@kaiku/testing';
import { Client } from 'pg';
import { loadServices } from '@kaiku/platform';

/** `kaiku migrate`, what the Kubernetes migrations Job runs: every schema migrated, no demo data. */
describe('kaiku migrate', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('migrates every subgraph and extension of platform.json without writing demo data', async () => {
    const first = await runKaiku(['migrate'], { DATABASE_URL: database.url });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const names = loadServices().map((service) => service.module.name);
    expect(first.stdout).toContain(`Migrated ${names.join(', ')}.`);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const { module } of loadServices()) {
        const { rows } = await client.query(`SELECT count(*)::int AS count FROM "${module.schema}".migrations`);
        expect([module.name, rows[0].count > 0]).toEqual([module.name, true]);
      }
      const { rows } = await client.query('SELECT count(*)::int AS count FROM areas.areas');
      expect(rows[0].count).toBe(0);
    } finally {
      await client.end();
    }
  });
});
