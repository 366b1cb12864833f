import { defineSubgraph } from '@kaiku/subgraph-kit';
import { Area } from './entities/area';
import { createLoaders, type Context } from './loaders';
import { CreateAreas1764050000000 } from './migrations/1764050000000-create-areas';
import { AreaQueries } from './resolvers/area-queries';
import { seedAreas } from './seed';

/** The areas subgraph: the network's areas, their trial and their working groups. */
export default defineSubgraph({
  name: 'areas',
  schema: 'areas',
  port: 4001,
  entities: [Area],
  resolvers: [AreaQueries],
  references: {
    Area: (reference, context: Context) => context.loaders.areaById.load(String(reference.id)),
  },
  migrations: [CreateAreas1764050000000],
  loaders: createLoaders,
  seed: seedAreas,
});
