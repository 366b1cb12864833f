/**
 * SQL for the two tables of the event machinery. A publisher owns `<schema>.event_log`; a
 * follower owns `<schema>.event_cursors`. Subgraphs call these from their own migrations.
 */
export function eventLogTableSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".event_log (
      id bigserial PRIMARY KEY,
      -- The writing transaction: followers read only below the oldest running transaction,
      -- so an event whose transaction commits late is never skipped.
      tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      type text NOT NULL,
      payload jsonb NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX event_log_tx_order ON "${schema}".event_log (tx_id, id)`,
  ];
}

export function eventCursorTableSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".event_cursors (
      stream text NOT NULL,
      follower text NOT NULL,
      tx_id xid8 NOT NULL DEFAULT '0',
      event_id bigint NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (stream, follower)
    )`,
  ];
}

export function notifyChannel(stream: string): string {
  return `kaiku_events_${stream}`;
}
