import type { EntityManager } from 'typeorm';
import { followEvents, type StoredEvent } from '@kaiku/events';
import type { Worker, WorkerEnvironment } from '@kaiku/subgraph-kit';
import { AreaFact, OfferFact, PartnerFact } from '../entities/facts';
import { capFromPayload, seatsFromPayload } from '../domain/offer-cap';

/**
 * Cards decides who may issue and take uses from the partners and areas event logs, never
 * from their tables: each event carries a full snapshot (docs/events.md), so an upsert of the
 * snapshot keeps the local facts right.
 */
export async function followPartners({ dataSource, logger }: WorkerEnvironment): Promise<Worker> {
  return followEvents({
    dataSource,
    stream: 'partners',
    follower: 'cards-partner-facts',
    cursorSchema: 'cards',
    onError: (error) => logger.error({ err: error }, 'partners follower failed; retrying'),
    handle: applyPartnerEvents,
  });
}

export async function followAreas({ dataSource, logger }: WorkerEnvironment): Promise<Worker> {
  return followEvents({
    dataSource,
    stream: 'areas',
    follower: 'cards-area-facts',
    cursorSchema: 'cards',
    onError: (error) => logger.error({ err: error }, 'areas follower failed; retrying'),
    handle: applyAreaEvents,
  });
}

export async function applyPartnerEvents(events: StoredEvent[], manager: EntityManager): Promise<void> {
  for (const { payload } of events) {
    if (typeof payload?.partnerId !== 'string') continue;
    if (typeof payload.areaId === 'string' && Array.isArray(payload.roles)) {
      await manager.upsert(
        PartnerFact,
        {
          partnerId: payload.partnerId,
          areaId: payload.areaId,
          roles: payload.roles,
          active: payload.active !== false,
          principlesVersion: typeof payload.principlesVersion === 'string' ? payload.principlesVersion : null,
          sector: typeof payload.sector === 'string' ? payload.sector : 'UNKNOWN',
        },
        ['partnerId'],
      );
    }
    const offer = payload.offer;
    if (offer && typeof offer.offerId === 'string') {
      const cap = capFromPayload(offer.cap);
      await manager.upsert(
        OfferFact,
        {
          offerId: offer.offerId,
          partnerId: payload.partnerId,
          kind: String(offer.kind ?? 'OTHER'),
          category: typeof offer.category === 'string' ? offer.category : null,
          validFrom: offer.validFrom ?? null,
          validUntil: offer.validUntil ?? null,
          capAmount: cap.amount,
          capBucket: cap.bucket,
          cap: cap.rule,
          seatsByDay: seatsFromPayload(offer.events),
          active: offer.active !== false,
        },
        ['offerId'],
      );
    }
  }
}

export async function applyAreaEvents(events: StoredEvent[], manager: EntityManager): Promise<void> {
  for (const { payload } of events) {
    if (typeof payload?.areaId !== 'string' || typeof payload.code !== 'string') continue;
    await manager.upsert(
      AreaFact,
      { areaId: payload.areaId, code: payload.code, status: String(payload.status), localOnly: Boolean(payload.localOnly) },
      ['areaId'],
    );
  }
}
