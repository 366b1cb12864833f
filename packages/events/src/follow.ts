import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { notifyChannel } from './schema';

export interface StoredEvent<P = any> {
  id: string;
  type: string;
  payload: P;
  occurredAt: Date;
}

export interface FollowOptions {
  dataSource: DataSource;
  /** The publisher's schema, e.g. `cards`. */
  stream: string;
  /** A name unique among this schema's followers of the stream. */
  follower: string;
  /** The follower's own schema, where its cursor lives. */
  cursorSchema: string;
  /** Applies a batch inside the transaction that also moves the cursor: exactly once. */
  handle: (events: StoredEvent[], manager: EntityManager) => Promise<void>;
  batchSize?: number;
  /** Fallback poll, for events held back by a long-running transaction. */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

export interface Follower {
  /** Applies everything that is visible now; resolves with the number of events applied. */
  catchUp(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A transaction whose query runner is marked as background work (`data.background`), so a
 * statement counter can tell a follower's statements from those a request runs.
 */
async function inBackgroundTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  runner.data = { ...runner.data, background: true };
  try {
    // A manager bound to the runner runs TypeORM's own begin/commit/rollback on it.
    return await runner.manager.transaction(work);
  } finally {
    await runner.release();
  }
}

/**
 * Follows a published event log from the follower's own cursor. The cursor is
 * (transaction id, event id); events are read only from transactions older than every
 * transaction still running (`pg_snapshot_xmin`), so one that commits out of id order is
 * still read in turn, never skipped.
 */
export async function followEvents(options: FollowOptions): Promise<Follower> {
  const { dataSource, stream, follower, cursorSchema } = options;
  const batchSize = options.batchSize ?? 1000;
  await dataSource.query(
    `INSERT INTO "${cursorSchema}".event_cursors (stream, follower) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [stream, follower],
  );

  const pollMs = options.pollMs ?? 500;
  let heldBack = false;
  const applyBatch = () =>
    inBackgroundTransaction(dataSource, async (manager) => {
      const [cursor] = await manager.query(
        `SELECT tx_id::text AS tx_id, event_id FROM "${cursorSchema}".event_cursors WHERE stream = $1 AND follower = $2 FOR UPDATE`,
        [stream, follower],
      );
      // Rows at or above the horizon are committed but may have an earlier, still open
      // transaction before them: they wait (heldBack) and are read again soon.
      const read: Array<{ id: string; tx_id: string; type: string; payload: unknown; occurred_at: Date; settled: boolean }> = await manager.query(
        `SELECT id, tx_id::text AS tx_id, type, payload, occurred_at, tx_id < pg_snapshot_xmin(pg_current_snapshot()) AS settled
           FROM "${stream}".event_log
          WHERE (tx_id, id) > ($1::xid8, $2::bigint)
          -- Qualified: a bare tx_id here is the text column above, which sorts 1000 before 999.
          ORDER BY event_log.tx_id, event_log.id LIMIT $3`,
        [cursor.tx_id, cursor.event_id, batchSize],
      );
      const rows = read.filter((row) => row.settled);
      heldBack = rows.length < read.length;
      if (rows.length === 0) return 0;
      await options.handle(
        rows.map((row) => ({ id: row.id, type: row.type, payload: row.payload, occurredAt: row.occurred_at })),
        manager,
      );
      const last = rows[rows.length - 1];
      await manager.query(
        `UPDATE "${cursorSchema}".event_cursors SET tx_id = $3::xid8, event_id = $4, updated_at = now() WHERE stream = $1 AND follower = $2`,
        [stream, follower, last.tx_id, last.id],
      );
      return rows.length;
    });

  let running: Promise<number> | undefined;
  let again = false;
  let stopped = false;
  const catchUp = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        for (let applied = await applyBatch(); applied > 0; applied = await applyBatch()) total += applied;
      } while (again && !stopped);
      if (heldBack) retrySoon();
      else retryDelay = 0;
      return total;
    })();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };
  const wake = () => {
    if (!stopped) catchUp().catch((error) => options.onError?.(error));
  };
  // Events held back behind an open transaction are read again after 20 ms, then 40, 80, ...
  // up to the poll interval: a NOTIFY that came while they waited is not left to the poll.
  let retryDelay = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  const retrySoon = () => {
    if (stopped || retryTimer) return;
    retryDelay = Math.min(retryDelay ? retryDelay * 2 : 20, pollMs);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      wake();
    }, retryDelay);
  };

  // The LISTEN connection lives apart from the pool. When it breaks (PostgreSQL restarted, a
  // network cut) it is opened again, so notifications keep waking the follower; the poll
  // below covers the gap meanwhile and catches up on whatever was published during it.
  const url = (dataSource.options as { url?: string }).url;
  let listener: Client | undefined;
  let reconnect: NodeJS.Timeout | undefined;
  const listen = async (): Promise<void> => {
    const client = new Client({ connectionString: url });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (error) options.onError?.(error);
      client.end().catch(() => undefined);
      if (!stopped) reconnect = setTimeout(() => void listen().catch(() => onLost()), 1000);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', wake);
    try {
      await client.connect();
      await client.query(`LISTEN ${notifyChannel(stream)}`);
    } catch (error) {
      onLost(error as Error);
      throw error;
    }
    listener = client;
    wake();
  };
  try {
    await listen();
  } catch (error) {
    stopped = true;
    clearTimeout(reconnect);
    throw error;
  }
  const timer = setInterval(wake, pollMs);

  return {
    catchUp,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      clearTimeout(reconnect);
      clearTimeout(retryTimer);
      await running?.catch(() => undefined);
      await listener?.end().catch(() => undefined);
    },
  };
}
