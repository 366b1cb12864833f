import { defineExtension, followNetworkFacts } from '@kaiku/subgraph-kit';
import manifest from '../kaiku-extension.json';
import { Visits } from './entities/facts';
import { SportVenue } from './entities/sport-venue';
import { followCardUses } from './followers';
import { createLoaders } from './loaders';
import { CreateSportVenues1764070000000 } from './migrations/1764070000000-create-sport-venues';
import { SportVenueFields } from './resolvers/sport-venue-fields';
import { SportVenueMutations } from './resolvers/sport-venue-mutations';
import { SportVenueQueries } from './resolvers/sport-venue-queries';
import { seedSportVenues } from './seed';

/** Tampere region's sport venues: an area extension of the core Partner. */
export default defineExtension(manifest as Parameters<typeof defineExtension>[0], {
  entities: [SportVenue, Visits],
  resolvers: [SportVenueFields, SportVenueQueries, SportVenueMutations],
  references: { Partner: (reference) => ({ id: String(reference.id) }) },
  migrations: [CreateSportVenues1764070000000],
  loaders: createLoaders,
  // Core logs it follows, each with its own cursor: areas and partners (whose partner is where), cards (visits).
  workers: [followNetworkFacts('ext_sport_venues'), followCardUses],
  seed: seedSportVenues,
});
