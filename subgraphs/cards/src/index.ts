import { defineSubgraph } from '@kaiku/subgraph-kit';
import { mayReadCard } from './domain/access';
import { Card } from './entities/card';
import { CardUse } from './entities/card-use';
import { createLoaders, type Context } from './loaders';
import { CreateCards1764050000000 } from './migrations/1764050000000-create-cards';
import { CardFields } from './resolvers/card-fields';
import { CardQueries } from './resolvers/card-queries';
import { CardVerificationResolver } from './resolvers/card-verification';
import { seedCards } from './seed';

/** The cards subgraph: issuing, checking at the door, card uses; publishes the cards event log. */
export default defineSubgraph({
  name: 'cards',
  schema: 'cards',
  port: 4003,
  entities: [Card, CardUse],
  resolvers: [CardQueries, CardFields, CardVerificationResolver],
  references: {
    // A reference by id is no way around access control: the same rule as the `card` query.
    Card: async (reference, context: Context) => {
      const card = await context.loaders.cardById.load(String(reference.id));
      return card && mayReadCard(context.caller, card) ? card : null;
    },
  },
  migrations: [CreateCards1764050000000],
  loaders: createLoaders,
  seed: seedCards,
});
