import type { DataSource, EntityManager } from 'typeorm';
import { backgroundQuery, releaseClosing } from './background-query';
import { listenFor } from './listen';
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
  /**
   * After a batch that applied events, the next one starts at least this long after it
   * started (default 100 ms), however many notifications come meanwhile: under load the
   * events of many writes make one batch (one transaction, one set of handler statements)
   * instead of one batch per NOTIFY. 0 applies every wake-up at once.
   */
  coalesceMs?: number;
  onError?: (error: unknown) => void;
}

export interface Follower {
  /** Applies everything that is visible now; resolves with the number of events applied. */
  catchUp(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A transaction whose query runner is marked as background work (`data.background`), so a
 * statement counter can tell a follower's statements from those a request runs. When
 * `closeAfter(result)` says so, its connection is closed instead of pooled again.
 */
async function inBackgroundTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, closeAfter?: (result: T) => boolean): Promise<T> {
  const runner = dataSource.createQueryRunner();
  runner.data = { ...runner.data, background: true };
  let close = false;
  try {
    // A manager bound to the runner runs TypeORM's own begin/commit/rollback on it.
    const result = await runner.manager.transaction(work);
    close = closeAfter?.(result) ?? false;
    return result;
  } finally {
    if (close) await releaseClosing(runner, 'follower at rest');
    else await runner.release();
  }
}

/** Under load, batches start at most this often: see `FollowOptions.coalesceMs`. */
export const DEFAULT_COALESCE_MS = 100;

interface BatchResult {
  applied: number;
  /** Committed events wait behind an older, still open transaction. */
  heldBack: boolean;
  /** Another replica holds the cursor (it is applying a batch). */
  skipped: boolean;
}

/**
 * Follows a published event log from the follower's own cursor. The cursor is
 * (transaction id, event id); events are read only from transactions older than every
 * transaction still running (`pg_snapshot_xmin`), so one that commits out of id order is
 * still read in turn, never skipped.
 *
 * Replicas: several processes may follow with the same cursor. A batch locks the cursor row
 * `FOR UPDATE SKIP LOCKED`, so one replica applies at a time and the others, finding it
 * locked, neither wait on a pool connection nor read anything; they look again soon. When the
 * holder dies its transaction rolls back and the lock goes with its connection: the next look
 * of another replica takes over from the last committed cursor. Each event is applied once.
 */
export async function followEvents(options: FollowOptions): Promise<Follower> {
  const { dataSource, stream, follower, cursorSchema } = options;
  const batchSize = options.batchSize ?? 1000;
  const pollMs = options.pollMs ?? 500;
  const coalesceMs = options.coalesceMs ?? DEFAULT_COALESCE_MS;
  // One statement locks the cursor and reads the events after it: no row at all means another
  // replica holds the cursor; one row with a null id, that nothing new is there. Rows at or
  // above the horizon are committed but may have an earlier, still open transaction before
  // them: they wait (heldBack) and are read again soon.
  const readSql = `WITH cursor AS MATERIALIZED (
       SELECT tx_id, event_id FROM "${cursorSchema}".event_cursors WHERE stream = $1 AND follower = $2 FOR UPDATE SKIP LOCKED
     )
     SELECT e.id, e.tx_id::text AS tx_id, e.type, e.payload, e.occurred_at, e.settled
       FROM cursor LEFT JOIN LATERAL (
         SELECT l.id, l.tx_id, l.type, l.payload, l.occurred_at, l.tx_id < pg_snapshot_xmin(pg_current_snapshot()) AS settled
           FROM "${stream}".event_log l
          WHERE (l.tx_id, l.id) > (cursor.tx_id, cursor.event_id)
          ORDER BY l.tx_id, l.id LIMIT $3
       ) e ON true
      -- Qualified: a bare tx_id here is the text column above, which sorts 1000 before 999.
      ORDER BY e.tx_id, e.id`;
  const applyBatch = () =>
    inBackgroundTransaction(dataSource, async (manager): Promise<BatchResult> => {
      const read: Array<{ id: string | null; tx_id: string; type: string; payload: unknown; occurred_at: Date; settled: boolean }> = await manager.query(
        readSql,
        [stream, follower, batchSize],
      );
      if (read.length === 0) return { applied: 0, heldBack: false, skipped: true };
      const rows = read.filter((row) => row.id !== null && row.settled);
      const heldBack = rows.length < read.filter((row) => row.id !== null).length;
      if (rows.length === 0) return { applied: 0, heldBack, skipped: false };
      await options.handle(
        rows.map((row) => ({ id: row.id!, type: row.type, payload: row.payload, occurredAt: row.occurred_at })),
        manager,
      );
      const last = rows[rows.length - 1];
      await manager.query(
        `UPDATE "${cursorSchema}".event_cursors SET tx_id = $3::xid8, event_id = $4, updated_at = now() WHERE stream = $1 AND follower = $2`,
        [stream, follower, last.tx_id, last.id],
      );
      return { applied: rows.length, heldBack, skipped: false };
    }, endsChain);

  // A look that found nothing new ends a follower's run of batches (see drain): its connection
  // closes rather than idling in the pool for its timeout (a backend of some 15 MB) in a service
  // that may now be at rest. A busy stream never ends its run, so it opens no connection per batch.
  const endsChain = (batch: BatchResult) => batch.applied === 0 && !batch.heldBack && !batch.skipped && !again;

  let running: Promise<number> | undefined;
  /** A wake-up came while a drain ran: look again after it (coalesced). */
  let again = false;
  let stopped = false;
  /** When the last drain that applied events started. */
  let lastAppliedAt = -Infinity;

  // Reads until a batch comes back less than full: then everything visible at its read is
  // applied, and whatever commits later sends a NOTIFY (or the poll finds it).
  const drain = async (): Promise<number> => {
    const startedAt = performance.now();
    let total = 0;
    const run = (async () => {
      again = false;
      let batch: BatchResult;
      do {
        batch = await applyBatch();
        total += batch.applied;
      } while (batch.applied === batchSize && !stopped);
      if (batch.heldBack || batch.skipped) retrySoon();
      else retryDelay = 0;
      return total;
    })();
    running = run;
    let failed = true;
    try {
      const applied = await run;
      failed = false;
      return applied;
    } finally {
      running = undefined;
      armPoll();
      if (total > 0) lastAppliedAt = startedAt;
      // A busy stream has more soon: look again one coalescing interval after this drain
      // started, whether or not its writers notify. An empty look ends the chain. After a
      // failure the next notification or the poll tries again.
      if (!failed && (again || total > 0)) wake();
    }
  };
  const catchUp = async (): Promise<number> => {
    while (running) await running.catch(() => undefined);
    return drain();
  };
  let wakeTimer: NodeJS.Timeout | undefined;
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (wakeTimer) return;
    const wait = lastAppliedAt + coalesceMs - performance.now();
    if (wait > 0) {
      wakeTimer = setTimeout(() => {
        wakeTimer = undefined;
        wake();
      }, wait);
      return;
    }
    drain().catch((error) => options.onError?.(error));
  };
  // Events held back behind an open transaction, or a cursor another replica holds, are read
  // again after 20 ms, then 40, 80, ... up to the poll interval: a NOTIFY that came while they
  // waited is not left to the poll.
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

  // The poll looks pollMs after the last drain ended, not on a fixed beat: a follower busy
  // with notified batches is not polled as well, yet nothing waits longer than pollMs after
  // the last look.
  let pollTimer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  const armPoll = () => {
    clearTimeout(pollTimer);
    if (stopped) return;
    pollTimer = setTimeout(() => {
      armPoll();
      polling = poll()
        .catch((error) => options.onError?.(error))
        .finally(() => (polling = undefined));
    }, pollMs);
  };
  // A poll mostly finds nothing: one statement outside a transaction asks whether anything
  // follows the cursor, instead of BEGIN, the locking read and COMMIT. A stale answer (another
  // replica moved the cursor meanwhile) only costs a drain that finds nothing.
  const pendingSql = `SELECT EXISTS (
       SELECT 1 FROM "${cursorSchema}".event_cursors c JOIN "${stream}".event_log l ON (l.tx_id, l.id) > (c.tx_id, c.event_id)
        WHERE c.stream = $1 AND c.follower = $2
     ) AS pending`;
  const poll = async () => {
    if (stopped) return;
    if (running || wakeTimer || retryTimer) return wake();
    const [asked] = await backgroundQuery<{ pending: boolean }>(dataSource, pendingSql, [stream, follower]);
    if (asked?.pending) wake();
  };

  // The process's one LISTEN connection to this database (listen.ts), shared with its other
  // followers; it reconnects by itself, and the poll below covers the gap meanwhile.
  const { url, extra } = dataSource.options as { url?: string; extra?: { application_name?: string } };
  const subscription = await listenFor(url, notifyChannel(stream), { onNotify: wake, onError: options.onError }, `${extra?.application_name ?? 'kaiku'}-listen`);
  // The cursor row and the first look go over that connection too: a start leaves no pool
  // connection open (a backend of some 15 MB) for the pool's idle timeout. A notification
  // that comes before the row exists finds no cursor and is read again soon.
  try {
    await backgroundQuery(dataSource, `INSERT INTO "${cursorSchema}".event_cursors (stream, follower) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [stream, follower]);
  } catch (error) {
    await subscription.close();
    throw error;
  }
  armPoll();
  polling = poll()
    .catch((error) => options.onError?.(error))
    .finally(() => (polling = undefined));

  return {
    catchUp,
    stop: async () => {
      stopped = true;
      clearTimeout(pollTimer);
      clearTimeout(wakeTimer);
      clearTimeout(retryTimer);
      await polling;
      await running?.catch(() => undefined);
      await subscription.close();
    },
  };
}
