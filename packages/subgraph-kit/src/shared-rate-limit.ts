import { createHmac } from 'node:crypto';

/** What runs the statements: a DataSource or an EntityManager. */
export interface RateLimitDatabase {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

export interface SharedRateLimitOptions {
  /** The subgraph's table (schema-qualified), made by its migration with `rateLimitTableSql`. */
  table: string;
  /** Which limit this is: limits sharing a table keep their own buckets. */
  name: string;
  /** Attempts a key may make at once. */
  capacity: number;
  /** Attempts given back per second. */
  refillPerSecond: number;
  /**
   * The key of the hash a key is stored under (read on first use). Keyed, so a stored row
   * cannot be turned back into an address by hashing every address there is.
   */
  secret: () => Buffer | string;
}

/** PostgreSQL keeps times in microseconds: an attempt's cost rounded up must not cost the last one of a burst. */
const ROUNDING_S = 0.001;
/** Rows are looked at for pruning at most this often per process. */
const PRUNE_EVERY_MS = 60_000;

/**
 * The table a subgraph's migration creates for its shared limits. UNLOGGED: a limit's state is
 * worth nothing after a crash (PostgreSQL empties the table then, and every bucket is full), so
 * it costs no WAL. No index besides the key, so each check is a HOT update of one row.
 */
export const rateLimitTableSql = (table: string) => `CREATE UNLOGGED TABLE ${table} (key bytea PRIMARY KEY, full_at timestamptz NOT NULL)`;

/**
 * A token bucket per key (an address, a caller at a venue) kept in PostgreSQL, so every replica
 * of a subgraph draws from the same bucket: two replicas allow what one would, not twice that.
 * The same rule as the in-memory RateLimiter: `capacity` attempts at once, then `refillPerSecond`.
 *
 * A bucket is kept as one time, when it will be full again (the generic cell rate algorithm):
 * an attempt costs 1 / refill seconds, and is allowed while that moves the time no further than
 * capacity / refill seconds from now. One statement per check, the row locked by the upsert, so
 * replicas checking the same key at once take turns. Keys are stored as a keyed hash, never as
 * given. A row whose time has passed is a full bucket, the same as no row: those are pruned
 * (once a minute per process, outside the request), so the table holds only keys seen lately.
 */
export class SharedRateLimiter {
  private lastPrune = 0;
  private readonly take: string;
  private readonly prune: string;

  constructor(private readonly options: SharedRateLimitOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) throw new Error(`Rate limit ${options.name}: capacity must be at least 1 and the refill above 0`);
    const cost = 'make_interval(secs => $2::float8)';
    const burst = 'make_interval(secs => $3::float8)';
    // GREATEST: a bucket already full counts from now; a row another transaction moved past this
    // statement's now() counts from its own time.
    this.take = `INSERT INTO ${options.table} AS b (key, full_at) VALUES ($1, now() + ${cost})
      ON CONFLICT (key) DO UPDATE SET full_at = GREATEST(b.full_at, now()) + ${cost}
      WHERE GREATEST(b.full_at, now()) + ${cost} <= now() + ${burst}
      RETURNING 1`;
    this.prune = `DELETE FROM ${options.table} WHERE full_at < now()`;
  }

  /** Takes one attempt for the key; false when its bucket is empty (the row is left as it was). */
  async tryTake(db: RateLimitDatabase, key: string): Promise<boolean> {
    const { capacity, refillPerSecond } = this.options;
    const rows: unknown[] = await db.query(this.take, [this.hash(key), 1 / refillPerSecond, capacity / refillPerSecond + ROUNDING_S]);
    this.pruneNowAndThen(db);
    return rows.length > 0;
  }

  private hash(key: string): Buffer {
    // 16 bytes: collisions between live keys are out of reach, and the rows stay small.
    return createHmac('sha256', this.options.secret()).update(`${this.options.name}\0${key}`).digest().subarray(0, 16);
  }

  private pruneNowAndThen(db: RateLimitDatabase): void {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    db.query(this.prune).catch(() => {
      // Pruning is housekeeping: a failed one leaves the rows to the next.
    });
  }
}
