import { defineSubgraph } from '@kaiku/subgraph-kit';
import { followAreas } from './area-follower';
import { KnownArea } from './entities/known-area';
import { Offer } from './entities/offer';
import { Partner } from './entities/partner';
import { createLoaders, type Context } from './loaders';
import { CreatePartners1764050000000 } from './migrations/1764050000000-create-partners';
import { KnownAreas1764050000001 } from './migrations/1764050000001-known-areas';
import { PartnerDirectory } from './resolvers/partner-directory';
import { OfferFields, PartnerNetwork } from './resolvers/partner-network';
import { AgreementsOffers1764090000000 } from './migrations/1764090000000-agreements-offers';
import { seedPartners } from './seed';

/** The partners subgraph: distributors and culture partners, their offers and venues. */
export default defineSubgraph({
  name: 'partners',
  schema: 'partners',
  port: 4002,
  entities: [Partner, KnownArea, Offer],
  resolvers: [PartnerDirectory, PartnerNetwork, OfferFields],
  references: {
    Partner: (reference, context: Context) => context.loaders.partnerById.load(String(reference.id)),
  },
  migrations: [CreatePartners1764050000000, KnownAreas1764050000001, AgreementsOffers1764090000000],
  workers: [followAreas],
  loaders: createLoaders,
  seed: seedPartners,
});
