import type { EntityManager } from 'typeorm';
import { markPendingNotify } from './notify';

export interface PublishedEvent<P = Record<string, unknown>> {
  type: string;
  payload: P;
}

/**
 * Appends events to the publisher's log inside the caller's transaction (transactional
 * outbox): the events exist exactly when the change does. Followers are woken after commit
 * by `NotifyAfterCommit`, which every data source that publishes must register.
 */
export async function publishEvents(manager: EntityManager, stream: string, events: PublishedEvent[]): Promise<void> {
  if (events.length === 0) return;
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('publishEvents must run inside the transaction that makes the change');
  }
  await manager.query(
    `INSERT INTO "${stream}".event_log (type, payload) SELECT type, payload FROM jsonb_to_recordset($1::jsonb) AS e(type text, payload jsonb)`,
    [JSON.stringify(events)],
  );
  // Followers are woken after the commit (NotifyAfterCommit), not by a NOTIFY in here.
  markPendingNotify(manager.queryRunner.data, stream);
}
