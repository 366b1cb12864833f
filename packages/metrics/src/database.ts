import { Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** What pg's Pool reports of itself. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** Counting a backlog stops here: the gauge then says "at least this many". */
const MAX_COUNTED = 100_000;

export interface FollowerLag {
  stream: string;
  follower: string;
  /** Events published and not yet applied (at most MAX_COUNTED). */
  events: number;
  /** Age of the oldest event not yet applied; 0 when caught up. */
  seconds: number;
}

/**
 * Lag of every event follower whose cursor lives in `schema` (`<schema>.event_cursors`, see
 * packages/events), read from PostgreSQL at scrape time: so it is right for the subgraph as a
 * whole whichever replica is scraped. The statements run on a query runner marked as background
 * work, so the statement counters of tests and benchmarks do not see them.
 */
export async function followerLag(dataSource: DataSource, schema: string): Promise<FollowerLag[]> {
  if (!IDENTIFIER.test(schema)) return [];
  const runner = dataSource.createQueryRunner();
  runner.data = { ...runner.data, background: true };
  try {
    const [{ cursors }] = await runner.query(`SELECT to_regclass($1) IS NOT NULL AS cursors`, [`"${schema}".event_cursors`]);
    if (!cursors) return [];
    const rows: Array<{ stream: string; follower: string; tx_id: string; event_id: string }> = await runner.query(
      `SELECT stream, follower, tx_id::text AS tx_id, event_id::text AS event_id FROM "${schema}".event_cursors ORDER BY stream, follower`,
    );
    const lags: FollowerLag[] = [];
    for (const row of rows.filter((candidate) => IDENTIFIER.test(candidate.stream))) {
      const [pending] = await runner.query(
        `SELECT count(*)::int AS events, COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)::float8 AS seconds
           FROM (SELECT occurred_at FROM "${row.stream}".event_log
                  WHERE (tx_id, id) > ($1::xid8, $2::bigint) ORDER BY tx_id, id LIMIT ${MAX_COUNTED}) pending`,
        [row.tx_id, row.event_id],
      );
      lags.push({ stream: row.stream, follower: row.follower, events: pending.events, seconds: Math.max(0, pending.seconds) });
    }
    return lags;
  } finally {
    await runner.release();
  }
}

/** The subgraph's pg pool (TypeORM's postgres driver keeps it as `master`). */
function poolOf(dataSource: DataSource): PgPool | undefined {
  return (dataSource.driver as unknown as { master?: PgPool }).master;
}

/** Pool use and follower lag of one subgraph's database, read when scraped. Returns what to call before each scrape. */
export function watchDatabase(registry: Registry, dataSource: DataSource, schema: string): () => void {
  const pool = (name: string, help: string, read: (pool: PgPool) => number | undefined) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const current = poolOf(dataSource);
        const value = current && read(current);
        if (value === undefined) this.reset();
        else this.set(value);
      },
    });
  pool('kaiku_db_pool_connections', 'Connections the pool holds (pg Pool totalCount)', (current) => current.totalCount);
  pool('kaiku_db_pool_idle_connections', 'Connections idle in the pool (pg Pool idleCount)', (current) => current.idleCount);
  pool('kaiku_db_pool_waiting_requests', 'Queries waiting for a free connection (pg Pool waitingCount)', (current) => current.waitingCount);
  pool('kaiku_db_pool_max_connections', 'Size limit of the pool', (current) => current.options?.max);

  // Both lag gauges come from one reading per scrape; a database that does not answer leaves them empty.
  let reading: Promise<FollowerLag[]> | undefined;
  const lags = () => (reading ??= dataSource.isInitialized ? followerLag(dataSource, schema).catch(() => []) : Promise.resolve([]));
  const lag = (name: string, help: string, read: (lag: FollowerLag) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['stream', 'follower'],
      registers: [registry],
      async collect() {
        const current = await lags();
        this.reset();
        for (const entry of current) this.set({ stream: entry.stream, follower: entry.follower }, read(entry));
      },
    });
  lag('kaiku_event_follower_lag_events', 'Events of a followed log not yet applied by the follower (counted up to 100000)', (entry) => entry.events);
  lag('kaiku_event_follower_lag_seconds', 'Age of the oldest event the follower has not applied yet (0 when caught up)', (entry) => entry.seconds);
  return () => {
    reading = undefined;
  };
}
