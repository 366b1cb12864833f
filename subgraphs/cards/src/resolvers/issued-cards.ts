import { Arg, Args, Authorized, Ctx, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { canActForPartner, hasRole } from '@kaiku/identity';
import {
  ConnectionType,
  DEFAULT_PAGE_SIZE,
  BadInputError,
  ForbiddenError,
  NotFoundError,
  addDays,
  PageArgs,
  decodeCursor,
  isUuid,
  toConnection,
  todayInFinland,
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
    @Arg('expiringWithinDays', () => Int, {
      nullable: true,
      description: "The renewal list: only active cards whose validity ends between today and this many days ahead (1-90, today in Finland)",
    })
    expiringWithinDays?: number | null,
  ): Promise<ConnectionResult<Card>> {
    const { dataSource, caller } = context;
    if (!isUuid(distributorId)) throw new NotFoundError('Issuing unit', 'distributorId');
    if (expiringWithinDays != null && (!Number.isInteger(expiringWithinDays) || expiringWithinDays < 1 || expiringWithinDays > 90)) {
      throw new BadInputError('expiringWithinDays', 'give 1-90 days');
    }
    if (!hasRole(caller, 'NATIONAL_ADMIN') && !canActForPartner(caller, 'DISTRIBUTOR', distributorId)) {
      throw new ForbiddenError('Only distributors of that unit can list its cards');
    }
    const afterId = after ? String(decodeCursor(after, 1)[0]) : null;
    if (afterId !== null && !isUuid(afterId)) throw new NotFoundError('Cursor', 'after');
    // Keyset on (created_at, id), newest first: stable while cards are being issued.
    const filtered = dataSource.getRepository(Card).createQueryBuilder('card').where('card.issuedByPartnerId = :distributorId', { distributorId });
    if (expiringWithinDays != null) {
      const today = todayInFinland();
      // Cards past their date are EXPIRED already: the list is of those still worth a reminder.
      filtered
        .andWhere("card.state = 'ACTIVE'")
        .andWhere('card.validUntil BETWEEN :today AND :until', { today, until: addDays(today, expiringWithinDays) });
    }
    const query = filtered.clone().orderBy('card.createdAt', 'DESC').addOrderBy('card.id', 'DESC').take(first + 1);
    // The cursor is the last card's id; its exact timestamp is read in SQL (JavaScript dates lose microseconds).
    if (afterId !== null) {
      query.andWhere('(card.createdAt, card.id) < (SELECT c.created_at, c.id FROM cards.cards c WHERE c.id = :afterId)', { afterId });
    }
    const [rows, total] = await Promise.all([
      query.getMany(),
      filtered.getCount(),
    ]);
    // One entry for the listing: the cards are the unit's own, their numbers stay out of the log.
    await logCardAccess(dataSource, context, 'LIST_CARDS', null);
    return toConnection(rows, first, total, (card) => [card.id]);
  }
}
