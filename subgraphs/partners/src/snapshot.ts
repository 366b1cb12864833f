import type { EntityManager } from 'typeorm';
import { publishEvents } from '@kaiku/events';
import type { Offer } from './entities/offer';
import { OfferEvent } from './entities/offer-event';
import type { Partner } from './entities/partner';

export type PartnerEventType = 'PartnerRegistered' | 'PartnerUpdated' | 'AgreementSigned' | 'PrinciplesAccepted' | 'OfferChanged';

/**
 * The partner snapshot every partners event carries (docs/events.md). `categories` lists the
 * partner's category codes with their top categories, top level first.
 */
export function partnerSnapshot(partner: Partner, categories: string[]) {
  return {
    partnerId: partner.id,
    areaId: partner.areaId,
    roles: partner.roles,
    sector: partner.sector,
    active: partner.active,
    agreementSigned: partner.agreementSignedOn !== null,
    principlesVersion: partner.principlesVersion,
    categories,
  };
}

/**
 * An offer as the partners log carries it. `events` gives each performance's day and seats,
 * so cards holds a cap by share of seats (or the seats themselves) as the free places show it.
 */
export function offerPayload(offer: Offer, events: Array<Pick<OfferEvent, 'startsOn' | 'capacity'>>) {
  return {
    offerId: offer.id,
    kind: offer.kind,
    category: offer.category,
    validFrom: offer.validFrom,
    validUntil: offer.validUntil,
    active: offer.active,
    cap: offer.capKind ? { kind: offer.capKind, amount: offer.capAmount, percent: offer.capPercent, capacity: offer.capacity } : null,
    events: events.map((event) => ({ startsOn: event.startsOn, capacity: event.capacity })),
  };
}

/** Category codes of many partners with their top categories, top level first, in one statement. */
export async function snapshotCategories(manager: EntityManager, partnerIds: string[]): Promise<Map<string, string[]>> {
  const rows: Array<{ partner_id: string; codes: string[] }> = await manager.query(
    `SELECT l.partner_id, array_agg(DISTINCT c.code ORDER BY c.code) FILTER (WHERE c.parent_code IS NULL)
              || array_agg(DISTINCT c.code ORDER BY c.code) FILTER (WHERE c.parent_code IS NOT NULL) AS codes
       FROM partners.partner_categories l
       JOIN partners.categories s ON s.code = l.category_code
       JOIN partners.categories c ON c.code = s.code OR c.code = s.parent_code
      WHERE l.partner_id = ANY($1::uuid[])
      GROUP BY l.partner_id`,
    [partnerIds],
  );
  return new Map(rows.map((row) => [row.partner_id, (row.codes ?? []).filter((code): code is string => code !== null)]));
}

/** Publishes one event about `partner` with its full snapshot, in the caller's transaction. */
export async function publishPartnerEvent(manager: EntityManager, type: PartnerEventType, partner: Partner, offer?: Offer): Promise<void> {
  const categories = (await snapshotCategories(manager, [partner.id])).get(partner.id) ?? [];
  const events = offer ? await manager.find(OfferEvent, { where: { offerId: offer.id }, order: { startsOn: 'ASC' } }) : [];
  await publishEvents(manager, 'partners', [
    { type, payload: { ...partnerSnapshot(partner, categories), ...(offer ? { offer: offerPayload(offer, events) } : {}) } },
  ]);
}
