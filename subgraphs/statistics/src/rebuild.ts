import type { DataSource } from 'typeorm';
import type { StoredEvent } from '@kaiku/events';
import { applyCardEvents } from './cards-follower';

const DERIVED_TABLES = [
  'use_facts', 'card_facts', 'area_uses_by_day', 'area_uses_by_month', 'partner_uses_by_day', 'partner_uses_by_month',
  'cross_area_uses_by_day', 'cross_area_uses_by_month', 'sector_uses_by_day', 'sector_uses_by_month',
  'holder_periods', 'holders_used', 'cards_issued_by_day', 'cards_issued_by_month', 'active_card_deltas', 'active_card_deltas_by_month', 'wellbeing_counts',
];

/**
 * `kaiku statistics rebuild`: empties every fact and rollup and replays the whole cards event
 * log through the same code the follower runs, in one transaction that holds the follower's
 * cursor, so the result is exactly what incremental ingestion gives.
 */
export async function rebuildStatistics(dataSource: DataSource, onProgress?: (done: number) => void): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT 1 FROM statistics.event_cursors WHERE stream = 'cards' AND follower = 'statistics-facts' FOR UPDATE`);
    await manager.query(`TRUNCATE ${DERIVED_TABLES.map((table) => `statistics.${table}`).join(', ')}`);
    let cursor = { tx: '0', id: '0' };
    let done = 0;
    for (;;) {
      const rows: Array<{ id: string; tx_id: string; type: string; payload: unknown; occurred_at: Date }> = await manager.query(
        `SELECT id, tx_id::text AS tx_id, type, payload, occurred_at FROM cards.event_log
          WHERE (tx_id, id) > ($1::xid8, $2::bigint) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
          ORDER BY event_log.tx_id, event_log.id LIMIT 5000`, // qualified: a bare tx_id is the text column, 1000 before 999
        [cursor.tx, cursor.id],
      );
      if (rows.length === 0) break;
      const events: StoredEvent[] = rows.map((row) => ({ id: row.id, type: row.type, payload: row.payload, occurredAt: row.occurred_at }));
      await applyCardEvents(events, manager);
      cursor = { tx: rows[rows.length - 1].tx_id, id: rows[rows.length - 1].id };
      done += rows.length;
      onProgress?.(done);
    }
    await manager.query(
      `INSERT INTO statistics.event_cursors (stream, follower, tx_id, event_id) VALUES ('cards', 'statistics-facts', $1::xid8, $2)
       ON CONFLICT (stream, follower) DO UPDATE SET tx_id = EXCLUDED.tx_id, event_id = EXCLUDED.event_id, updated_at = now()`,
      [cursor.tx, cursor.id],
    );
    return done;
  });
}
