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
  // The cursor moves in the same transaction, so each event is applied exactly once; the
  // statements are still idempotent (upserts, deletes) so a rebuild from the log is safe.
  for (const { type, payload } of events) {
    switch (type) {
      case 'CardIssued':
      case 'CardRenewed':
      case 'CardReplaced':
      case 'CardRevoked':
        await manager.upsert(CardFact, cardFactFrom(payload), ['cardKey']);
        break;
      case 'CardUseRecorded':
        await manager.createQueryBuilder().insert().into(UseFact).values(manager.create(UseFact, payload)).orIgnore().execute();
        break;
      case 'CardUseCancelled':
        await manager.delete(UseFact, { useId: payload.useId });
        break;
    }
  }
}

function cardFactFrom(payload: Record<string, any>): Partial<CardFact> {
  return {
    cardKey: payload.cardKey,
    holderKey: payload.holderKey,
    homeAreaId: payload.homeAreaId,
    issuedByPartnerId: payload.issuedByPartnerId,
    issuedOn: payload.issuedOn,
    validUntil: payload.validUntil,
    kind: payload.kind ?? 'PERSONAL',
    state: payload.state ?? 'ACTIVE',
    isReplacement: payload.replacesCard === true,
    birthYear: payload.birthYear ?? null,
    postcodeArea: payload.postcodeArea ?? null,
    children: payload.children ?? 0,
    lifeSituation: payload.lifeSituation ?? null,
    gender: payload.gender ?? null,
  };
}
