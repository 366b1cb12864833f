import type { EntityManager } from 'typeorm';
import { followEvents, type StoredEvent } from '@kaiku/events';
import type { Worker, WorkerEnvironment } from '@kaiku/subgraph-kit';
import { PartnerFact } from './entities/partner-fact';

/**
 * Keeps `areas.partner_facts` from the partners event log: readiness needs to know which
 * partners an area has, their roles, sector and trial agreement, and must not read the
 * partners schema. Every event carries the full snapshot, so an upsert is enough.
 */
export async function followPartners({ dataSource, logger }: WorkerEnvironment): Promise<Worker> {
  return followEvents({
    dataSource,
    stream: 'partners',
    follower: 'areas-partner-facts',
    cursorSchema: 'areas',
    onError: (error) => logger.error({ err: error }, 'partners follower failed; retrying'),
    handle: applyPartnerEvents,
  });
}

export async function applyPartnerEvents(events: StoredEvent[], manager: EntityManager): Promise<void> {
  for (const { payload } of events) {
    if (typeof payload?.partnerId !== 'string' || typeof payload.areaId !== 'string' || !Array.isArray(payload.roles)) continue;
    await manager.upsert(
      PartnerFact,
      {
        partnerId: payload.partnerId,
        areaId: payload.areaId,
        roles: payload.roles.map(String),
        sector: typeof payload.sector === 'string' ? payload.sector : 'UNKNOWN',
        active: payload.active !== false,
        // Early snapshots had no agreementSigned: no recorded agreement means none signed.
        agreementSigned: payload.agreementSigned === true,
      },
      ['partnerId'],
    );
  }
}
