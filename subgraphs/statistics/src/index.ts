import { defineSubgraph } from '@kaiku/subgraph-kit';
import { followCards } from './cards-follower';
import { CardFact } from './entities/card-fact';
import { UseFact } from './entities/use-fact';
import { createLoaders } from './loaders';
import { CreateFacts1764050000000 } from './migrations/1764050000000-create-facts';
import { CardLifecycleFacts1764060000000 } from './migrations/1764060000000-card-lifecycle-facts';
import { AreaStatisticsResolver, NationalStatisticsResolver } from './resolvers/statistics-queries';

/** The statistics subgraph: facts from the cards event log, figures that protect the holders. */
export default defineSubgraph({
  name: 'statistics',
  schema: 'statistics',
  port: 4004,
  entities: [CardFact, UseFact],
  resolvers: [NationalStatisticsResolver, AreaStatisticsResolver],
  references: {
    // Any area id can carry figures; an area without facts simply has zeros.
    Area: (reference) => ({ id: String(reference.id) }),
  },
  migrations: [CreateFacts1764050000000, CardLifecycleFacts1764060000000],
  loaders: createLoaders,
  workers: [followCards],
});
