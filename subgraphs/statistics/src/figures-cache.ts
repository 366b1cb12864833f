import type { EntityManager } from 'typeorm';

/**
 * Figures of a period, kept between requests until the rollups change. Every change to the
 * rollups (a follower batch, a rebuild) happens in a transaction that also updates the cards
 * follower's cursor row, so that row's version (`xmin`, new with each update) stamps the rollups:
 * a cached answer is served only while the stamp it was computed under is still current.
 * Computing may see a newer state than its stamp (statements run after the stamp is read); such
 * an entry is dropped at the next change like any other, so nothing older than the stamp is served.
 */
export class FiguresCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: Promise<T> }>();

  constructor(private readonly maxEntries = 200) {}

  async get(stamp: string, key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { stamp, value });
    // Oldest first in a Map: drop it once full.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    return value;
  }
}

/** The rollups' current stamp: one index lookup. */
export async function rollupStamp(db: EntityManager): Promise<string> {
  const [row] = await db.query(
    `SELECT xmin::text AS stamp FROM statistics.event_cursors WHERE stream = 'cards' AND follower = 'statistics-facts'`,
  );
  return row?.stamp ?? 'none';
}
