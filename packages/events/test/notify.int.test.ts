import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, eventually, type TestDatabase } from '@kaiku/test-database';
import { NotifyAfterCommit, eventLogTableSql, notifiesSettled, notifyChannel, notifyFollowers, publishEvents } from '../src';

/** The coalesced NOTIFY against real PostgreSQL: followers listening on the channel are woken. */
describe('notifyFollowers', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let listener: Client;
  // Per channel: each test has its own stream, so a late notification of one test is not counted in the next.
  const received = new Map<string, number>();
  const count = (stream: string) => received.get(notifyChannel(stream)) ?? 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: database.url, extra: { max: 3 }, subscribers: [NotifyAfterCommit] });
    await dataSource.initialize();
    for (const stream of ['npub', 'npool', 'ncommit']) {
      await dataSource.query(`CREATE SCHEMA ${stream}`);
      for (const sql of eventLogTableSql(stream)) await dataSource.query(sql);
    }
    listener = new Client({ connectionString: database.url });
    await listener.connect();
    listener.on('notification', (message) => received.set(message.channel, (received.get(message.channel) ?? 0) + 1));
    for (const stream of ['npub', 'npool', 'ncommit']) await listener.query(`LISTEN ${notifyChannel(stream)}`);
  });
  afterAll(async () => {
    await listener?.end();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('wakes listeners from a DataSource, a burst costing at most two NOTIFYs', async () => {
    for (let i = 0; i < 100; i++) notifyFollowers(dataSource, 'npub');
    await notifiesSettled(dataSource, 'npub');
    await eventually(async () => expect(count('npub')).toBeGreaterThanOrEqual(1));
    expect(count('npub')).toBeLessThanOrEqual(2);
  });

  it('wakes listeners from a pg Pool (a write outside a TypeORM transaction)', async () => {
    const pool = new Pool({ connectionString: database.url, max: 1 });
    try {
      await pool.query("INSERT INTO npool.event_log (type, payload) VALUES ('Direct', '{}')");
      notifyFollowers(pool, 'npool');
      await notifiesSettled(pool, 'npool');
      await eventually(async () => expect(count('npool')).toBe(1));
    } finally {
      await pool.end();
    }
  });

  it('is sent after a publishing transaction commits (NotifyAfterCommit)', async () => {
    await dataSource.transaction((manager) => publishEvents(manager, 'ncommit', [{ type: 'Committed', payload: {} }]));
    await notifiesSettled(dataSource, 'ncommit');
    await eventually(async () => expect(count('ncommit')).toBe(1));
  });

  it('swallows the error of a destroyed DataSource', async () => {
    const gone = new DataSource({ type: 'postgres', url: database.url });
    await gone.initialize();
    await gone.destroy();
    expect(() => notifyFollowers(gone, 'npub')).not.toThrow();
    await notifiesSettled(gone, 'npub');
  });
});
