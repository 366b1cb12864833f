import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { BadInputError, ForbiddenError } from '@kaiku/subgraph-kit';
import { Card } from '../entities/card';
import { mayReadCard } from '../domain/access';
import { logCardAccess } from '../domain/access-log';
import { cardNumberProblem, normaliseCardNumber } from '../domain/card-number';
import type { Context } from '../loaders';

@Resolver(() => Card)
export class CardQueries {
  @Authorized('DISTRIBUTOR', 'NATIONAL_ADMIN')
  @Query(() => Card, { nullable: true, description: 'A card of the caller\'s issuing unit, by number' })
  async card(@Arg('number', () => String) typed: string, @Ctx() context: Context): Promise<Card | null> {
    const { dataSource, caller } = context;
    const number = normaliseCardNumber(typed);
    if (cardNumberProblem(number)) throw new BadInputError('number', 'is not a valid card number');
    const card = await dataSource.getRepository(Card).findOne({ where: { number } });
    if (!card) return null;
    if (!mayReadCard(caller, card)) {
      throw new ForbiddenError('Only the issuing unit can see this card');
    }
    await logCardAccess(dataSource, context, 'READ_CARD', card.id);
    return card;
  }
}
