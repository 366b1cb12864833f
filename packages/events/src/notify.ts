import { EventSubscriber, type DataSource, type EntitySubscriberInterface, type TransactionCommitEvent } from 'typeorm';
import { notifyChannel } from './schema';

const PENDING = Symbol('kaiku.pendingNotify');

type RunnerData = { [PENDING]?: Set<string> };

/** Anything that runs one SQL statement: a DataSource, a pg Pool or Client. */
export type NotifyTarget = DataSource | { query(sql: string, params?: unknown[]): Promise<unknown> };

/** Remembers that the running transaction appended to `stream`'s log. */
export function markPendingNotify(data: object, stream: string): void {
  const runnerData = data as RunnerData;
  (runnerData[PENDING] ??= new Set()).add(stream);
}

interface StreamNotify {
  /** A NOTIFY is being sent (set and cleared synchronously, so no call slips between). */
  busy: boolean;
  done: Promise<void>;
  /** A call came while one was in flight: send exactly one more after it. */
  again: boolean;
}

// Per target (a DataSource or pool is long-lived), per stream. A WeakMap lets a destroyed
// DataSource go with its state.
const states = new WeakMap<object, Map<string, StreamNotify>>();

function send(db: NotifyTarget, stream: string): Promise<unknown> {
  const sql = 'SELECT pg_notify($1, $2)';
  const params = [notifyChannel(stream), ''];
  if ('createQueryRunner' in db) {
    // Marked as background work, like the followers' statements: it is sent after the
    // response may have gone, so a request's statement count must not depend on its timing.
    const runner = db.createQueryRunner();
    runner.data = { ...runner.data, background: true };
    return runner.query(sql, params).finally(() => runner.release());
  }
  return db.query(sql, params);
}

async function sendUntilCaughtUp(db: NotifyTarget, stream: string, state: StreamNotify): Promise<void> {
  do {
    state.again = false;
    try {
      await send(db, stream);
    } catch {
      // Swallowed on purpose: the followers' poll covers a lost wake-up.
    }
  } while (state.again);
  state.busy = false;
}

/**
 * Wakes `stream`'s followers: a fire-and-forget, coalesced `pg_notify`. At most one NOTIFY
 * per stream (and database) is in flight in this process; calls that arrive meanwhile cause
 * exactly one more after it, so no wake-up is lost (the follower reads everything committed
 * before that NOTIFY), yet a burst of 100 writes costs about two NOTIFYs instead of 100 round
 * trips through PostgreSQL's global notify queue lock. Call it after the commit that
 * appended to the log. Errors are swallowed: a lost wake-up costs only the followers' poll.
 *
 * Pass the same long-lived object each time (the DataSource or pool, not a query runner), or
 * calls are not coalesced.
 */
export function notifyFollowers(db: NotifyTarget, stream: string): void {
  let byStream = states.get(db);
  if (!byStream) states.set(db, (byStream = new Map()));
  let state = byStream.get(stream);
  if (!state) byStream.set(stream, (state = { busy: false, done: Promise.resolve(), again: false }));
  if (state.busy) {
    state.again = true;
    return;
  }
  state.busy = true;
  state.done = sendUntilCaughtUp(db, stream, state);
}

/** Resolves when no NOTIFY for `stream` is in flight on `db` (for tests and orderly shutdown). */
export async function notifiesSettled(db: NotifyTarget, stream: string): Promise<void> {
  const state = states.get(db)?.get(stream);
  while (state?.busy) await state.done;
}

/**
 * Wakes followers after the commit, outside the transaction. A NOTIFY inside the writing
 * transaction would take PostgreSQL's global notify lock at commit and serialise every
 * writer; a lost wake-up (a crash between commit and notify) costs only the followers'
 * poll interval. Not awaited: the request does not wait a round trip for it.
 */
@EventSubscriber()
export class NotifyAfterCommit implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as RunnerData;
    const streams = data[PENDING];
    if (!streams?.size) return;
    data[PENDING] = undefined;
    for (const stream of streams) notifyFollowers(event.queryRunner.connection, stream);
  }
}
