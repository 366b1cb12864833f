import { DataSource } from 'typeorm';
import { createTestDatabase, eventually, type TestDatabase } from '@kaiku/test-database';
import { NotifyAfterCommit, eventCursorTableSql, eventLogTableSql, followEvents, listenConnectionCount, publishEvents, type Follower } from '../src';

/** Every follower of a process shares one LISTEN connection per database, which survives a cut. */
describe('shared LISTEN connection', () => {
  let database: TestDatabase;
  let publisher: DataSource;
  const followerSources: DataSource[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    publisher = new DataSource({ type: 'postgres', url: database.url, extra: { max: 2 }, subscribers: [NotifyAfterCommit] });
    await publisher.initialize();
    await publisher.query('CREATE SCHEMA lpa; CREATE SCHEMA lpb; CREATE SCHEMA lsub');
    for (const sql of [...eventLogTableSql('lpa'), ...eventLogTableSql('lpb'), ...eventCursorTableSql('lsub')]) await publisher.query(sql);
    // Two "subgraphs" of one process: separate pools on the same database.
    for (let i = 0; i < 2; i++) {
      const source = new DataSource({ type: 'postgres', url: database.url, extra: { max: 2, application_name: 'kaiku-ltest' } });
      await source.initialize();
      followerSources.push(source);
    }
  });
  afterAll(async () => {
    for (const source of followerSources) await source.destroy();
    await publisher?.destroy();
    await database?.drop();
  });

  const listenBackends = async (): Promise<Array<{ pid: number }>> =>
    publisher.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kaiku-ltest-listen'`);

  it('opens one connection for every follower and channel, wakes each on its NOTIFY, and reconnects after a cut', async () => {
    const seen = new Map<string, string[]>();
    const connectionsBefore = listenConnectionCount();
    const followers: Follower[] = [];
    for (const [i, stream] of [
      [0, 'lpa'],
      [1, 'lpa'],
      [1, 'lpb'],
    ] as const) {
      const name = `f${followers.length}-${stream}`;
      seen.set(name, []);
      followers.push(
        await followEvents({
          dataSource: followerSources[i],
          stream,
          follower: name,
          cursorSchema: 'lsub',
          // Only a notification can deliver in time: the poll is an hour away.
          pollMs: 3_600_000,
          coalesceMs: 0,
          handle: async (events) => void seen.get(name)!.push(...events.map((event) => event.type)),
        }),
      );
    }
    expect(listenConnectionCount()).toBe(connectionsBefore + 1);
    expect(await listenBackends()).toHaveLength(1);

    const publish = (stream: string, type: string) => publisher.transaction((manager) => publishEvents(manager, stream, [{ type, payload: {} }]));
    await publish('lpa', 'A1');
    await publish('lpb', 'B1');
    await eventually(async () => expect(Object.fromEntries(seen)).toEqual({ 'f0-lpa': ['A1'], 'f1-lpa': ['A1'], 'f2-lpb': ['B1'] }), 20_000);

    // Cut the connection: events published while it is down are read when it is back (every
    // follower is woken on reconnect), and later notifications arrive again.
    const [{ pid }] = await listenBackends();
    await publisher.query('SELECT pg_terminate_backend($1)', [pid]);
    await publish('lpa', 'A2');
    await eventually(async () => expect(seen.get('f0-lpa')).toEqual(['A1', 'A2']), 20_000);
    // Listening again on a new backend.
    await eventually(async () => expect((await listenBackends()).filter((row) => row.pid !== pid)).toHaveLength(1), 20_000);
    await publish('lpb', 'B2');
    await eventually(async () => expect(Object.fromEntries(seen)).toEqual({ 'f0-lpa': ['A1', 'A2'], 'f1-lpa': ['A1', 'A2'], 'f2-lpb': ['B1', 'B2'] }), 20_000);
    await eventually(async () => expect(await listenBackends()).toHaveLength(1), 20_000);

    // The connection closes with its last follower.
    for (const follower of followers) await follower.stop();
    expect(listenConnectionCount()).toBe(connectionsBefore);
    await eventually(async () => expect(await listenBackends()).toHaveLength(0), 20_000);
  });
});
