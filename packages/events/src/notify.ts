import { EventSubscriber, type EntitySubscriberInterface, type TransactionCommitEvent } from 'typeorm';
import { notifyChannel } from './schema';

const PENDING = Symbol('kaiku.pendingNotify');

type RunnerData = { [PENDING]?: Set<string> };

/** Remembers that the running transaction appended to `stream`'s log. */
export function markPendingNotify(data: object, stream: string): void {
  const runnerData = data as RunnerData;
  (runnerData[PENDING] ??= new Set()).add(stream);
}

/**
 * Wakes followers after the commit, outside the transaction. A NOTIFY inside the writing
 * transaction would take PostgreSQL's global notify lock at commit and serialise every
 * writer; a lost wake-up (a crash between commit and notify) costs only the followers'
 * poll interval.
 */
@EventSubscriber()
export class NotifyAfterCommit implements EntitySubscriberInterface {
  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const data = event.queryRunner.data as RunnerData;
    const streams = data[PENDING];
    if (!streams?.size) return;
    data[PENDING] = undefined;
    for (const stream of streams) {
      await event.queryRunner.query('SELECT pg_notify($1, $2)', [notifyChannel(stream), '']).catch(() => undefined);
    }
  }
}
