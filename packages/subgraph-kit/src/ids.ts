import { createHash, randomUUID } from 'node:crypto';

/**
 * A UUID (version 5 layout) derived from a namespace and a key. Seeds use it so that each
 * subgraph can name another's demo entity (e.g. the area `helsinki`) by key without reading
 * the other's tables.
 */
export function stableId(namespace: string, key: string): string {
  const hash = createHash('sha1').update(`kaiku:${namespace}:${key}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const newId = randomUUID;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are opaque to clients but are UUIDs inside; anything else cannot match a row. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
