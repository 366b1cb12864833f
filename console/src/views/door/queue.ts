import { createStore, get, update } from 'idb-keyval';
import type { RegisterCardUseInput } from '../../gql/graphql';
import { GraphError, mutate, OfflineError } from '../../graph/client';
import { DoorRegisterUseDocument } from '../../gql/graphql';
import { normaliseCardNumber } from './card-number';

/**
 * The door's outbox in IndexedDB. A use is written here with its idempotency key *before* it
 * is sent, and leaves only when the graph has answered; so a reload, a lost answer or a
 * dropped connection resends the same key, and the graph stores the use once.
 */
export interface PendingUse {
  key: string;
  input: RegisterCardUseInput;
  queuedAt: string;
}
export interface RecordedUse {
  id: string;
  partnerId: string;
  usedOn: string;
  createdAt: string;
  adultTickets: number;
  childTickets: number;
  assistantTickets: number;
  coursePlaces: number;
  category: string;
  cancelledAt?: string | null;
  /** The card number's last 4 characters, as the graph's list of the venue's uses shows them. */
  cardNumberEnding?: string;
}
export interface RefusedUse extends PendingUse {
  code: string;
  message: string;
}

const store = createStore('kaiku-door', 'door');
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

export function onQueueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const pendingUses = async () => (await get<PendingUse[]>('pending', store)) ?? [];
export const refusedUses = async () => (await get<RefusedUse[]>('refused', store)) ?? [];
export const recordedUses = async () => (await get<RecordedUse[]>('recorded', store)) ?? [];

export async function enqueue(use: PendingUse): Promise<void> {
  // The same key twice (a double click) is one use.
  await update<PendingUse[]>('pending', (list = []) => (list.some((item) => item.key === use.key) ? list : [...list, use]), store);
  changed();
}

export async function dismissRefused(key: string): Promise<void> {
  await update<RefusedUse[]>('refused', (list = []) => list.filter((item) => item.key !== key), store);
  changed();
}

export async function markCancelled(id: string, cancelledAt: string): Promise<void> {
  await update<RecordedUse[]>('recorded', (list = []) => list.map((use) => (use.id === id ? { ...use, cancelledAt } : use)), store);
  changed();
}

let flushing: Promise<Map<string, RecordedUse>> | null = null;

/** Sends what waits, oldest first; stops at the first network failure. Returns what was stored, by key. */
export function flush(): Promise<Map<string, RecordedUse>> {
  flushing ??= send().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function send(): Promise<Map<string, RecordedUse>> {
  const stored = new Map<string, RecordedUse>();
  for (const use of await pendingUses()) {
    try {
      const { registerCardUse } = await mutate(DoorRegisterUseDocument, { input: use.input });
      const recorded: RecordedUse = { ...registerCardUse, partnerId: use.input.partnerId, cardNumberEnding: normaliseCardNumber(use.input.cardNumber).slice(-4) };
      await update<RecordedUse[]>('recorded', (list = []) => [recorded, ...list.filter((item) => item.id !== recorded.id)].slice(0, 500), store);
      stored.set(use.key, recorded);
    } catch (error) {
      if (error instanceof OfflineError) break;
      if (error instanceof GraphError && error.code === 'UNAUTHENTICATED') break; // kept for after sign-in
      const code = error instanceof GraphError ? error.code : 'INTERNAL_SERVER_ERROR';
      const message = error instanceof Error ? error.message : String(error);
      await update<RefusedUse[]>('refused', (list = []) => [...list, { ...use, code, message }], store);
    }
    await update<PendingUse[]>('pending', (list = []) => list.filter((item) => item.key !== use.key), store);
    changed();
  }
  return stored;
}
