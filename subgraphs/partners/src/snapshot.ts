import type { EntityManager } from 'typeorm';
import { publishEvents } from '@kaiku/events';
import type { Offer } from './entities/offer';
import type { Partner } from './entities/partner';

/** The partner snapshot every partners event carries (docs/events.md). */
export function partnerSnapshot(partner: Partner) {
  return {
    partnerId: partner.id,
    areaId: partner.areaId,
    roles: partner.roles,
    sector: partner.sector,
    active: partner.active,
    agreementSigned: partner.agreementSignedOn !== null,
    principlesVersion: partner.principlesVersion,
    categories: [] as string[],
  };
}

export function offerPayload(offer: Offer) {
  return {
    offerId: offer.id,
    kind: offer.kind,
    category: offer.category,
    validFrom: offer.validFrom,
    validUntil: offer.validUntil,
    active: offer.active,
    cap: offer.capKind ? { kind: offer.capKind, amount: offer.capAmount, percent: offer.capPercent, capacity: offer.capacity } : null,
  };
}

export async function publishPartnerEvent(manager: EntityManager, type: string, partner: Partner, offer?: Offer): Promise<void> {
  await publishEvents(manager, 'partners', [{ type, payload: { ...partnerSnapshot(partner), ...(offer ? { offer: offerPayload(offer) } : {}) } }]);
}
