import type { DataSource } from 'typeorm';
import { publishEvents } from '@kaiku/events';
import { stableId } from '@kaiku/subgraph-kit';
import { Contact } from './entities/contact';
import { CapKind, Offer, OfferKind } from './entities/offer';
import { OfferEvent } from './entities/offer-event';
import { Partner } from './entities/partner';
import { Venue } from './entities/venue';
import { DEMO_CONTACT_NAMES, DEMO_PARTNERS, OFFER_BY_CATEGORY } from './seed-data';
import { offerPayload, partnerSnapshot, snapshotCategories } from './snapshot';

export { DEMO_PARTNERS };

function emailOf(name: string, key: string): string {
  const local = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '.');
  return `${local}@${key}.example.fi`;
}

/**
 * The demo network (once, on an empty schema): partners with categories, a venue each,
 * contact persons and an offer per culture partner, published to the partners log as full
 * snapshots so that cards, areas and statistics learn them as they would in production.
 */
export async function seedPartners(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if ((await manager.count(Partner)) > 0) return;
    const partners = DEMO_PARTNERS.map((demo) =>
      manager.create(Partner, {
        id: stableId('partner', demo.key),
        name: { fi: demo.name[0], sv: demo.name[1], en: demo.name[2] },
        areaId: stableId('area', demo.area),
        roles: demo.roles,
        sector: demo.sector,
        website: demo.website ?? null,
        accessibility: (demo.roles.includes('CULTURE_PARTNER' as never)
          ? { fi: 'Esteetön sisäänkäynti ja induktiosilmukka.', sv: 'Tillgänglig ingång och induktionsslinga.', en: 'Step-free entrance and induction loop.' }
          : { fi: null, sv: null, en: null }) as never,
        active: demo.active ?? true,
        agreementSignedOn: '2024-01-10',
        agreementValidUntil: null,
        principlesVersion: demo.principles === false ? null : '2024-1',
        principlesAcceptedOn: demo.principles === false ? null : '2024-01-15',
      }),
    );
    await manager.insert(Partner, partners);

    const links = DEMO_PARTNERS.flatMap((demo) => demo.categories.map((code) => ({ partnerId: stableId('partner', demo.key), code })));
    await manager.query('INSERT INTO partners.partner_categories (partner_id, category_code) SELECT * FROM unnest($1::uuid[], $2::text[])', [
      links.map((link) => link.partnerId),
      links.map((link) => link.code),
    ]);

    await manager.insert(
      Venue,
      DEMO_PARTNERS.map((demo) => {
        const [streetAddress, postalCode, municipalityCode, latitude, longitude] = demo.venue;
        return { id: stableId('venue', demo.key), partnerId: stableId('partner', demo.key), name: { fi: null, sv: null, en: null } as never, streetAddress, postalCode, municipalityCode, latitude, longitude };
      }),
    );

    await manager.insert(
      Contact,
      DEMO_PARTNERS.map((demo, index) => {
        const name = DEMO_CONTACT_NAMES[index % DEMO_CONTACT_NAMES.length];
        return { id: stableId('contact', demo.key), partnerId: stableId('partner', demo.key), position: 0, name, email: emailOf(name, demo.key), phone: `+358 40 ${String(1000000 + index * 7919).slice(0, 7)}` };
      }),
    );

    const offers: Offer[] = [];
    for (const demo of DEMO_PARTNERS) {
      const category = demo.categories.find((code) => OFFER_BY_CATEGORY[code]);
      if (!category) continue;
      const [kind, fi, sv, en, cap] = OFFER_BY_CATEGORY[category];
      offers.push(
        manager.create(Offer, {
          id: stableId('offer', demo.key),
          partnerId: stableId('partner', demo.key),
          title: { fi, sv, en },
          description: { fi: `${fi}: ${demo.name[0]}`, sv: `${sv}: ${demo.name[1]}`, en: `${en}: ${demo.name[2]}` },
          kind: kind as OfferKind,
          category,
          validFrom: '2024-01-01',
          validUntil: '2030-12-31',
          capKind: (cap?.kind as CapKind) ?? null,
          capAmount: cap?.amount ?? null,
          capPercent: cap?.percent ?? null,
          capacity: cap?.capacity ?? null,
          active: true,
        }),
      );
    }
    await manager.insert(Offer, offers);
    // Two performances of each theatre's offer, the second sold out (no free tickets then).
    const performances = offers
      .filter((offer) => offer.category === 'culture.theatre')
      .flatMap((offer) => [
        { id: stableId('offer-event', `${offer.id}:1`), offerId: offer.id, startsOn: '2026-09-12', capacity: 400, soldOut: false },
        { id: stableId('offer-event', `${offer.id}:2`), offerId: offer.id, startsOn: '2026-09-13', capacity: 400, soldOut: true },
      ]);
    await manager.insert(OfferEvent, performances);

    const categories = await snapshotCategories(manager, partners.map((partner) => partner.id));
    const byId = new Map(partners.map((partner) => [partner.id, partner]));
    await publishEvents(manager, 'partners', [
      ...partners.map((partner) => ({ type: 'PartnerRegistered', payload: partnerSnapshot(partner, categories.get(partner.id) ?? []) })),
      ...offers.map((offer) => {
        const partner = byId.get(offer.partnerId)!;
        return { type: 'OfferChanged', payload: { ...partnerSnapshot(partner, categories.get(partner.id) ?? []), offer: offerPayload(offer, performances.filter((event) => event.offerId === offer.id)) } };
      }),
    ]);
  });
}
