import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, eventually, type TestDatabase } from '@kaiku/test-database';
import { NotifyAfterCommit, eventLogTableSql, notifiesSettled, notifyChannel, notifyFollowers, publishEvents } from '../src';

/** The coalesced NOTIFY against real PostgreSQL: followers listening on the channel are woken. */
describe('notifyFollowers', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let listener: Client;
  let received = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: database.url, extra: { max: 3 }, subscribers: [NotifyAfterCommit] });
    await dataSource.initialize();
    await dataSource.query('CREATE SCHEMA npub');
    for (const sql of eventLogTableSql('npub')) await dataSource.query(sql);
    listener = new Client({ connectionString: database.url });
    await listener.connect();
    listener.on('notification', () => (received += 1));
    await listener.query(`LISTEN ${notifyChannel('npub')}`);
  });
  afterAll(async () => {
    await listener?.end();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('wakes listeners from a DataSource, a burst costing at most two NOTIFYs', async () => {
    const before = received;
    for (let i = 0; i < 100; i++) notifyFollowers(dataSource, 'npub');
    await notifiesSettled(dataSource, 'npub');
    await eventually(async () => expect(received - before).toBeGreaterThanOrEqual(1));
    expect(received - before).toBeLessThanOrEqual(2);
  });

  it('wakes listeners from a pg Pool (a write outside a TypeORM transaction)', async () => {
    const pool = new Pool({ connectionString: database.url, max: 1 });
    try {
      const before = received;
      await pool.query("INSERT INTO npub.event_log (type, payload) VALUES ('Direct', '{}')");
      notifyFollowers(pool, 'npub');
      await notifiesSettled(pool, 'npub');
      await eventually(async () => expect(received - before).toBe(1));
    } finally {
      await pool.end();
    }
  });

  it('is sent after a publishing transaction commits (NotifyAfterCommit)', async () => {
    const before = received;
    await dataSource.transaction((manager) => publishEvents(manager, 'npub', [{ type: 'Committed', payload: {} }]));
    await notifiesSettled(dataSource, 'npub');
    await eventually(async () => expect(received - before).toBe(1));
  });

  it('swallows the error of a destroyed DataSource', async () => {
    const gone = new DataSource({ type: 'postgres', url: database.url });
    await gone.initialize();
    await gone.destroy();
    expect(() => notifyFollowers(gone, 'npub')).not.toThrow();
    await notifiesSettled(gone, 'npub');
  });
});
