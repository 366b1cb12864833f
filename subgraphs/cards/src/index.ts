import { defineSubgraph } from '@kaiku/subgraph-kit';
import { mayReadCard } from './domain/access';
import { logCardAccess } from './domain/access-log';
import { Card } from './entities/card';
import { CardUse } from './entities/card-use';
import { AreaCardRules, AreaFact, OfferFact, PartnerFact } from './entities/facts';
import { OfferRef } from './entities/offer-ref';
import { followAreas, followPartners } from './followers/network-facts';
import { createLoaders, type Context } from './loaders';
import { CreateCards1764050000000 } from './migrations/1764050000000-create-cards';
import { CardLifecycle1764060000000 } from './migrations/1764060000000-card-lifecycle';
import { AccessLog1764090000000 } from './migrations/1764090000000-access-log';
import { PartnerSector1764080000000 } from './migrations/1764080000000-partner-sector';
import { OfferPlaces1764120000000 } from './migrations/1764120000000-offer-places';
import { VenueDayUses1764130000000 } from './migrations/1764130000000-venue-day-uses';
import { WellbeingAnswers1764140700000 } from './migrations/1764140700000-wellbeing-answers';
import { RateLimits1764160000000 } from './migrations/1764160000000-rate-limits';
import { wellbeingRetention } from './workers/wellbeing-retention';
import { AccessLogResolver } from './resolvers/access-log';
import { CardFields } from './resolvers/card-fields';
import { CardIssuing } from './resolvers/card-issuing';
import { CardQueries } from './resolvers/card-queries';
import { CardRulesResolver } from './resolvers/card-rules';
import { CardUses } from './resolvers/card-uses';
import { CardVerificationResolver } from './resolvers/card-verification';
import { OfferAvailabilityResolver } from './resolvers/offer-availability';
import { IssuedCards } from './resolvers/issued-cards';
import { VenueUses } from './resolvers/venue-uses';
import { HolderCardResolver } from './resolvers/holder-card';
import { seedCards } from './seed';

/** The cards subgraph: issuing, checking at the door, card uses; publishes the cards event log. */
export default defineSubgraph({
  name: 'cards',
  schema: 'cards',
  port: 4003,
  entities: [Card, CardUse, PartnerFact, AreaFact, OfferFact, AreaCardRules],
  resolvers: [CardQueries, CardFields, CardIssuing, CardUses, CardVerificationResolver, CardRulesResolver, AccessLogResolver, IssuedCards, OfferAvailabilityResolver, VenueUses, HolderCardResolver],
  // Offer is reached only through the gateway's entity fetches, never from a cards query.
  orphanedTypes: [OfferRef],
  references: {
    // A reference by id is no way around access control: the same rule as the `card` query.
    Card: async (reference, context: Context) => {
      const card = await context.loaders.cardById.load(String(reference.id));
      if (!card || !mayReadCard(context.caller, card)) return null;
      await logCardAccess(context.dataSource, context, 'READ_CARD', card.id);
      return card;
    },
    // The representation carries what availability @requires from partners; the count is read per field.
    Offer: (reference) => reference,
  },
  migrations: [CreateCards1764050000000, CardLifecycle1764060000000, PartnerSector1764080000000, AccessLog1764090000000, OfferPlaces1764120000000, VenueDayUses1764130000000, WellbeingAnswers1764140700000, RateLimits1764160000000],
  loaders: createLoaders,
  workers: [followPartners, followAreas, wellbeingRetention],
  seed: seedCards,
});
