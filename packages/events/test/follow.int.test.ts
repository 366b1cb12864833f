import { DataSource, type QueryRunner } from 'typeorm';
import { createTestDatabase, eventually, type TestDatabase } from '@kaiku/test-database';
import { NotifyAfterCommit, eventCursorTableSql, eventLogTableSql, followEvents, publishEvents, type StoredEvent } from '../src';

/** The follower against real PostgreSQL transactions. */
describe('event log follower', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: database.url, extra: { max: 6 }, subscribers: [NotifyAfterCommit] });
    await dataSource.initialize();
    await dataSource.query('CREATE SCHEMA pub; CREATE SCHEMA sub');
    for (const sql of [...eventLogTableSql('pub'), ...eventCursorTableSql('sub')]) await dataSource.query(sql);
    await dataSource.query('CREATE TABLE sub.seen (follower text, event_id bigint, type text NOT NULL, PRIMARY KEY (follower, event_id))');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const follow = (follower: string, seen: StoredEvent[]) =>
    followEvents({
      dataSource,
      stream: 'pub',
      follower,
      cursorSchema: 'sub',
      pollMs: 3_600_000,
      handle: async (events, manager) => {
        seen.push(...events);
        // A primary key on (follower, event): applying an event twice would fail the test.
        for (const event of events) await manager.query('INSERT INTO sub.seen VALUES ($1, $2, $3)', [follower, event.id, event.type]);
      },
    });

  it('receives an event whose transaction commits after a later one, exactly once', async () => {
    const seen: StoredEvent[] = [];
    const follower = await follow('out-of-order', seen);
    const early = dataSource.createQueryRunner();
    await early.connect();
    await early.startTransaction();
    // The early transaction takes the lower event id but commits last.
    await publishEvents(early.manager, 'pub', [{ type: 'Early', payload: {} }]);
    await dataSource.transaction((manager) => publishEvents(manager, 'pub', [{ type: 'Late', payload: {} }]));
    await follower.catchUp();
    // Late is committed but must wait: reading past it now would skip Early for ever.
    expect(seen.map((event) => event.type)).toEqual([]);
    await early.commitTransaction();
    await early.release();
    // The snapshot horizon is cluster-wide: other test databases' open transactions may hold it
    // back for a moment, so poll until it passes both events.
    await eventually(async () => {
      await follower.catchUp();
      expect(seen.map((event) => event.type).sort()).toEqual(['Early', 'Late']);
    });
    await follower.catchUp();
    expect(seen).toHaveLength(2);
    await follower.stop();
  });

  it('resumes from its cursor after a restart and wakes on NOTIFY', async () => {
    const seen: StoredEvent[] = [];
    let follower = await follow('restart', seen);
    await dataSource.transaction((manager) => publishEvents(manager, 'pub', [{ type: 'A', payload: { n: 1 } }]));
    // Other test files' transactions on the cluster may hold A back for a moment.
    await eventually(async () => {
      await follower.catchUp();
      expect(seen.map((event) => event.type)).toContain('A');
    });
    await follower.stop();
    const countBefore = seen.length;
    await dataSource.transaction((manager) => publishEvents(manager, 'pub', [{ type: 'B', payload: { n: 2 } }]));
    follower = await follow('restart', seen);
    const deadline = Date.now() + 10_000;
    while (!seen.some((event) => event.type === 'B') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(seen.slice(countBefore).map((event) => event.type)).toEqual(['B']);
    // Polling is an hour away here: only the after-commit NOTIFY can deliver C in time.
    await dataSource.transaction((manager) => publishEvents(manager, 'pub', [{ type: 'C', payload: { n: 3 } }]));
    const notified = Date.now() + 10_000;
    while (!seen.some((event) => event.type === 'C') && Date.now() < notified) await new Promise((r) => setTimeout(r, 20));
    expect(seen.slice(countBefore).map((event) => event.type)).toEqual(['B', 'C']);
    await follower.stop();
  });

  it('reads an event held back by an unrelated open transaction as soon as it ends, without waiting for the poll', async () => {
    const seen: StoredEvent[] = [];
    const follower = await follow('held-back', seen);
    await follower.catchUp();
    const held = () => seen.filter((event) => event.type === 'Held').length;
    // A transaction that publishes nothing but holds the snapshot horizon below the event.
    const blocker = dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('SELECT pg_current_xact_id()');
    await dataSource.transaction((manager) => publishEvents(manager, 'pub', [{ type: 'Held', payload: {} }]));
    // Its NOTIFY woke the follower, which had to leave the event for now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(held()).toBe(0);
    // The blocker ends with no NOTIFY, and polling is an hour away: only the follower's own
    // retry of held-back events can deliver it now.
    await blocker.commitTransaction();
    await blocker.release();
    await eventually(async () => expect(held()).toBe(1));
    await follower.stop();
  });

  it('marks its statements as background work, so statement counters can leave them out', async () => {
    const marks: boolean[] = [];
    const logged = new DataSource({
      type: 'postgres',
      url: database.url,
      logging: true,
      logger: { logQuery: (_q: string, _p?: unknown[], runner?: QueryRunner) => void marks.push(Boolean(runner?.data?.background)), logQueryError() {}, logQuerySlow() {}, logSchemaBuild() {}, logMigration() {}, log() {} },
    });
    await logged.initialize();
    try {
      const follower = await followEvents({ dataSource: logged, stream: 'pub', follower: 'marked', cursorSchema: 'sub', pollMs: 3_600_000, handle: async () => undefined });
      await follower.stop();
      marks.length = 0;
      await follower.catchUp();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every(Boolean)).toBe(true);
    } finally {
      await logged.destroy();
    }
  });

  it('refuses to publish outside a transaction', async () => {
    await expect(publishEvents(dataSource.manager, 'pub', [{ type: 'X', payload: {} }])).rejects.toThrow('inside the transaction');
  });
});
