import { Arg, Args, Authorized, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { canActForPartner, hasRole } from '@kaiku/identity';
import {
  ConnectionType,
  DEFAULT_PAGE_SIZE,
  ForbiddenError,
  NotFoundError,
  PageArgs,
  decodeCursor,
  isUuid,
  toConnection,
  type ConnectionResult,
} from '@kaiku/subgraph-kit';
import { Card } from '../entities/card';
import { logCardAccess } from '../domain/access-log';
import type { Context } from '../loaders';

@ObjectType()
export class CardConnection extends ConnectionType('Card', Card) {}

@Resolver()
export class IssuedCards {
  @Authorized('DISTRIBUTOR', 'NATIONAL_ADMIN')
  @Query(() => CardConnection, { description: 'The cards an issuing unit has issued, newest first (its distributors and national admins)' })
  async issuedCards(
    @Arg('distributorId', () => ID) distributorId: string,
    @Args(() => PageArgs) { first = DEFAULT_PAGE_SIZE, after }: PageArgs,
    @Ctx() context: Context,
  ): Promise<ConnectionResult<Card>> {
    const { dataSource, caller } = context;
    if (!isUuid(distributorId)) throw new NotFoundError('Issuing unit', 'distributorId');
    if (!hasRole(caller, 'NATIONAL_ADMIN') && !canActForPartner(caller, 'DISTRIBUTOR', distributorId)) {
      throw new ForbiddenError('Only distributors of that unit can list its cards');
    }
    const afterId = after ? String(decodeCursor(after, 1)[0]) : null;
    if (afterId !== null && !isUuid(afterId)) throw new NotFoundError('Cursor', 'after');
    // Keyset on (created_at, id), newest first: stable while cards are being issued.
    const query = dataSource
      .getRepository(Card)
      .createQueryBuilder('card')
      .where('card.issuedByPartnerId = :distributorId', { distributorId })
      .orderBy('card.createdAt', 'DESC')
      .addOrderBy('card.id', 'DESC')
      .take(first + 1);
    // The cursor is the last card's id; its exact timestamp is read in SQL (JavaScript dates lose microseconds).
    if (afterId !== null) {
      query.andWhere('(card.createdAt, card.id) < (SELECT c.created_at, c.id FROM cards.cards c WHERE c.id = :afterId)', { afterId });
    }
    const [rows, total] = await Promise.all([
      query.getMany(),
      dataSource.getRepository(Card).countBy({ issuedByPartnerId: distributorId }),
    ]);
    // One entry for the listing: the cards are the unit's own, their numbers stay out of the log.
    await logCardAccess(dataSource, context, 'LIST_CARDS', null);
    return toConnection(rows, first, total, (card) => [card.id]);
  }
}
