import { defineSubgraph } from '@kaiku/subgraph-kit';
import { followAreas } from './area-follower';
import { AreaRef } from './entities/area-ref';
import { Category, PartnerCategoryLink } from './entities/category';
import { Contact } from './entities/contact';
import { KnownArea } from './entities/known-area';
import { Offer } from './entities/offer';
import { OfferEvent } from './entities/offer-event';
import { Partner } from './entities/partner';
import { Venue } from './entities/venue';
import { createLoaders, type Context } from './loaders';
import { CreatePartners1764050000000 } from './migrations/1764050000000-create-partners';
import { KnownAreas1764050000001 } from './migrations/1764050000001-known-areas';
import { AgreementsOffers1764090000000 } from './migrations/1764090000000-agreements-offers';
import { PartnerDomain1764110000000 } from './migrations/1764110000000-partner-domain';
import { AreaPartners } from './resolvers/area-partners';
import { Offers, PartnerOffers, visibleOffer } from './resolvers/offers';
import { PartnerAdmin } from './resolvers/partner-admin';
import { PartnerDirectory } from './resolvers/partner-directory';
import { PartnerNetwork } from './resolvers/partner-network';
import { Venues } from './resolvers/venues';
import { seedPartners } from './seed';

/** The partners subgraph: distributors and culture partners, their venues, categories and offers. */
export default defineSubgraph({
  name: 'partners',
  schema: 'partners',
  port: 4002,
  entities: [Partner, KnownArea, Offer, OfferEvent, Category, PartnerCategoryLink, Venue, Contact],
  resolvers: [PartnerDirectory, PartnerAdmin, PartnerNetwork, PartnerOffers, Offers, Venues, AreaPartners],
  references: {
    Partner: (reference, context: Context) => context.loaders.partnerById.load(String(reference.id)),
    // Cards adds availability to Offer and names the performance it counted.
    Offer: (reference, context: Context) => visibleOffer(context.loaders, context.caller, String(reference.id)),
    OfferEvent: async (reference, context: Context) => {
      const event = await context.loaders.offerEventById.load(String(reference.id));
      return event && (await visibleOffer(context.loaders, context.caller, event.offerId)) ? event : null;
    },
    // Partners adds fields to Area; the key is all it needs to resolve them.
    Area: (reference): AreaRef => ({ id: String(reference.id) }),
  },
  migrations: [CreatePartners1764050000000, KnownAreas1764050000001, AgreementsOffers1764090000000, PartnerDomain1764110000000],
  workers: [followAreas],
  loaders: createLoaders,
  seed: seedPartners,
});
