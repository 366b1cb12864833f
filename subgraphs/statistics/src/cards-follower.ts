import { followEvents, type StoredEvent } from '@kaiku/events';
import type { Worker, WorkerEnvironment } from '@kaiku/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CardFact } from './entities/card-fact';
import { UseFact } from './entities/use-fact';

/** Turns the cards event log into this subgraph's own fact tables, each event exactly once. */
export async function followCards({ dataSource, logger }: WorkerEnvironment): Promise<Worker> {
  return followEvents({
    dataSource,
    stream: 'cards',
    follower: 'statistics-facts',
    cursorSchema: 'statistics',
    onError: (error) => logger.error({ err: error }, 'cards follower failed; retrying'),
    handle: applyCardEvents,
  });
}

export async function applyCardEvents(events: StoredEvent[], manager: EntityManager): Promise<void> {
  const cards: CardFact[] = [];
  const uses: UseFact[] = [];
  for (const { type, payload } of events) {
    if (type === 'CardIssued') cards.push(manager.create(CardFact, payload));
    if (type === 'CardUseRecorded') uses.push(manager.create(UseFact, payload));
  }
  // The cursor moves in the same transaction, so a replayed batch finds nothing new to insert.
  if (cards.length) await manager.createQueryBuilder().insert().into(CardFact).values(cards).orIgnore().execute();
  if (uses.length) await manager.createQueryBuilder().insert().into(UseFact).values(uses).orIgnore().execute();
}
