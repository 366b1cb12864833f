import { DataSource } from 'typeorm';
import { createTestDatabase, eventually, type TestDatabase } from '@kaiku/test-database';
import { NotifyAfterCommit, eventCursorTableSql, eventLogTableSql, followEvents, publishEvents, type Follower } from '../src';

/**
 * Two replicas of one follower (two processes: separate pools) on one cursor, while events are
 * published concurrently. One replica dies in the middle of a batch, holding the cursor: the
 * other neither waits for it nor reads past it, takes over when the lock goes with the dead
 * connection, and every event is applied exactly once.
 */
describe('follower replicas on one cursor', () => {
  let database: TestDatabase;
  let publisher: DataSource;
  const replicas: DataSource[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    publisher = new DataSource({ type: 'postgres', url: database.url, extra: { max: 6 }, subscribers: [NotifyAfterCommit] });
    await publisher.initialize();
    await publisher.query('CREATE SCHEMA rpub; CREATE SCHEMA rsub');
    for (const sql of [...eventLogTableSql('rpub'), ...eventCursorTableSql('rsub')]) await publisher.query(sql);
    // How many times each event was applied (a committed batch only), and by which replica.
    await publisher.query('CREATE TABLE rsub.applied (event_id bigint PRIMARY KEY, times int NOT NULL, replica text NOT NULL)');
    for (let i = 0; i < 2; i++) {
      const source = new DataSource({ type: 'postgres', url: database.url, extra: { max: 3, application_name: `kaiku-replica-${i}` } });
      await source.initialize();
      replicas.push(source);
    }
  });
  afterAll(async () => {
    for (const source of replicas) if (source.isInitialized) await source.destroy();
    await publisher?.destroy();
    await database?.drop();
  });

  it('applies every event exactly once while one replica dies holding the cursor', async () => {
    let dying = false;
    let dyingPid: number | undefined;
    const errors: string[] = [];
    const follow = (index: number): Promise<Follower> =>
      followEvents({
        dataSource: replicas[index],
        stream: 'rpub',
        follower: 'shared',
        cursorSchema: 'rsub',
        pollMs: 200,
        batchSize: 25,
        onError: (error) => errors.push(`${index}: ${(error as Error).message}`),
        handle: async (events, manager) => {
          if (index === 0 && dying) {
            // Hung in the middle of a batch, cursor locked, until its backend is killed.
            [{ pid: dyingPid }] = await manager.query('SELECT pg_backend_pid() AS pid');
            await manager.query('SELECT pg_sleep(120)');
          }
          await manager.query(
            `INSERT INTO rsub.applied (event_id, times, replica) SELECT id, 1, $2 FROM unnest($1::bigint[]) AS id
             ON CONFLICT (event_id) DO UPDATE SET times = applied.times + 1`,
            [events.map((event) => event.id), `replica-${index}`],
          );
        },
      });
    const [first, second] = [await follow(0), await follow(1)];

    // Writers publish until the survivor has been working alone for a while.
    const WRITERS = 4;
    let writing = true;
    let published = 0;
    const writers = Array.from({ length: WRITERS }, async (_, writer) => {
      for (let t = 0; writing; t++) {
        const events = Array.from({ length: 1 + ((writer + t) % 3) }, (_, n) => ({ type: 'Counted', payload: { writer, t, n } }));
        await publisher.transaction((manager) => publishEvents(manager, 'rpub', events));
        published += events.length;
      }
    });
    const appliedBy = async () =>
      Object.fromEntries(
        ((await publisher.query('SELECT replica, count(*)::int AS n FROM rsub.applied GROUP BY 1')) as Array<{ replica: string; n: number }>).map((row) => [row.replica, row.n]),
      );

    // Midway: replica 0 has applied batches; now it hangs in its next one, holding the cursor.
    await eventually(async () => expect((await appliedBy())['replica-0'] ?? 0).toBeGreaterThan(0), 30_000);
    dying = true;
    await eventually(async () => expect(dyingPid).toBeDefined(), 30_000);
    // The other replica neither waits on the lock (a catch-up returns at once) nor applies past it.
    const [{ before }] = await publisher.query('SELECT count(*)::int AS before FROM rsub.applied');
    expect(await second.catchUp()).toBe(0);
    const [{ after }] = await publisher.query('SELECT count(*)::int AS after FROM rsub.applied');
    expect(after).toBe(before);

    // Replica 0 dies: its transaction rolls back and its lock goes with its connection.
    await publisher.query('SELECT pg_terminate_backend($1)', [dyingPid]);
    await first.stop();
    await replicas[0].destroy();

    const publishedAtDeath = published;
    await eventually(async () => expect(published - publishedAtDeath).toBeGreaterThan(200), 30_000);
    writing = false;
    await Promise.all(writers);
    const [{ total }] = await publisher.query('SELECT count(*)::int AS total FROM rpub.event_log');
    expect(total).toBe(published);
    await eventually(async () => {
      const [{ n }] = await publisher.query('SELECT count(*)::int AS n FROM rsub.applied');
      expect(n).toBe(total);
    }, 30_000);
    await second.stop();

    const [counts] = await publisher.query(
      `SELECT (SELECT count(*)::int FROM rpub.event_log e WHERE NOT EXISTS (SELECT 1 FROM rsub.applied a WHERE a.event_id = e.id)) AS skipped,
              (SELECT count(*)::int FROM rsub.applied WHERE times <> 1) AS twice,
              (SELECT count(*)::int FROM rsub.applied WHERE event_id NOT IN (SELECT id FROM rpub.event_log)) AS unknown`,
    );
    expect(counts).toEqual({ skipped: 0, twice: 0, unknown: 0 });
    // Both replicas did part of the work.
    const by = await appliedBy();
    expect(by['replica-0']).toBeGreaterThan(0);
    expect(by['replica-1']).toBeGreaterThan(0);
    // The only failure was the killed replica's batch.
    expect(errors.every((error) => error.startsWith('0: '))).toBe(true);
  });
});
