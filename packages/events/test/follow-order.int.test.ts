import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@kaiku/test-database';
import { NotifyAfterCommit, eventCursorTableSql, eventLogTableSql, followEvents, type StoredEvent } from '../src';

/**
 * Events are read in transaction id order as numbers. The query returns the id as text; sorting
 * by that text put transaction 1000 before 999, so a batch ended on the wrong event: the next
 * batch read some events again (applied twice) or never (skipped).
 */
describe('event log follower order', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: database.url, extra: { max: 3 }, subscribers: [NotifyAfterCommit] });
    await dataSource.initialize();
    await dataSource.query('CREATE SCHEMA pub; CREATE SCHEMA sub');
    for (const sql of [...eventLogTableSql('pub'), ...eventCursorTableSql('sub')]) await dataSource.query(sql);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it.each([1, 2, 10])('reads transactions 99..101 or 999..1001 in numeric order, each once (batches of %i)', async (batchSize) => {
    // Transaction ids below the cluster's current one are settled: written as if long committed.
    const [{ now }] = await dataSource.query('SELECT pg_current_xact_id()::text::bigint AS now');
    const boundary = Number(now) > 1001 ? 1000 : 100;
    await dataSource.query('TRUNCATE pub.event_log');
    for (const tx of [boundary - 1, boundary, boundary + 1]) {
      await dataSource.query("INSERT INTO pub.event_log (tx_id, type, payload) VALUES ($1::text::xid8, $2, '{}')", [String(tx), `tx${tx}`]);
    }
    const seen: StoredEvent[] = [];
    const follower = await followEvents({
      dataSource,
      stream: 'pub',
      follower: `order-${batchSize}`,
      cursorSchema: 'sub',
      pollMs: 3_600_000,
      batchSize,
      handle: async (events) => {
        seen.push(...events);
      },
    });
    await follower.catchUp();
    await follower.catchUp();
    await follower.stop();
    expect(seen.map((event) => event.type)).toEqual([`tx${boundary - 1}`, `tx${boundary}`, `tx${boundary + 1}`]);
  });
});
