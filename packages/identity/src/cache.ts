/**
 * A small map whose entries expire and whose size is bounded: the least recently used entry
 * goes first when it is full. For results of signature work (a verified token, a signed one)
 * that would otherwise be redone on every request: ES256 signing and verifying were about a
 * fifth of the gateway's CPU per request. Nothing is kept past the moment it stops being valid.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(private readonly maxEntries: number) {}

  /** The value while `now` is before its end (ms since the epoch), else undefined. */
  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now >= entry.until) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` until `until` (ms since the epoch). */
  set(key: string, value: V, until: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, until });
  }

  get size(): number {
    return this.entries.size;
  }
}
