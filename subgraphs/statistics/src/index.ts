import { defineSubgraph } from '@kaiku/subgraph-kit';
import { followAreas, followCards } from './cards-follower';
import { CardFact } from './entities/card-fact';
import { UseFact } from './entities/use-fact';
import { Partner } from './entities/statistics-types';
import { exportRoutes } from './export-csv';
import { createLoaders } from './loaders';
import { CreateFacts1764050000000 } from './migrations/1764050000000-create-facts';
import { CardLifecycleFacts1764060000000 } from './migrations/1764060000000-card-lifecycle-facts';
import { Rollups1764080000000 } from './migrations/1764080000000-rollups';
import { MonthlyCardRollups1764100000000 } from './migrations/1764100000000-monthly-card-rollups';
import { ActiveDeltasByDay1764110000000 } from './migrations/1764110000000-active-deltas-by-day';
import { WellbeingCounts1764140700000 } from './migrations/1764140700000-wellbeing-counts';
import { AreaWellbeingFields, NationalWellbeingFields } from './wellbeing-fields';
import { PartnerStatisticsResolver } from './resolvers/partner-statistics';
import { AreaCrossAreaFields, AreaFigureFields, AreaStatisticsResolver, CrossAreaFields, NationalFigureFields, NationalStatisticsResolver } from './resolvers/statistics-queries';

/** The statistics subgraph: facts from the cards event log, figures that protect the holders. */
export default defineSubgraph({
  name: 'statistics',
  schema: 'statistics',
  port: 4004,
  entities: [CardFact, UseFact],
  resolvers: [NationalStatisticsResolver, AreaStatisticsResolver, AreaCrossAreaFields, AreaFigureFields, NationalFigureFields, CrossAreaFields, PartnerStatisticsResolver, AreaWellbeingFields, NationalWellbeingFields],
  // Partner is reachable only through its own extension field: name it so the schema keeps it.
  orphanedTypes: [Partner],
  references: {
    // Any area id can carry figures; an area without facts simply has zeros.
    Area: (reference) => ({ id: String(reference.id) }),
    Partner: (reference) => ({ id: String(reference.id) }),
  },
  migrations: [CreateFacts1764050000000, CardLifecycleFacts1764060000000, Rollups1764080000000, MonthlyCardRollups1764100000000, ActiveDeltasByDay1764110000000, WellbeingCounts1764140700000],
  loaders: createLoaders,
  workers: [followCards, followAreas],
  routes: exportRoutes,
});
