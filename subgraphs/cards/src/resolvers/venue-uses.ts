import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { canActForPartner, hasRole } from '@kaiku/identity';
import { BadInputError, DateScalar, ForbiddenError, NotFoundError, isUuid, todayInFinland } from '@kaiku/subgraph-kit';
import { CardUse } from '../entities/card-use';
import type { Context } from '../loaders';

export const VENUE_USES_DEFAULT = 50;
export const VENUE_USES_MAX = 200;

/** A use as the door lists it: the use itself, and only the card number's last characters. */
@ObjectType({ description: 'A use recorded at a venue, as its staff see it at the door', simpleResolvers: true })
export class VenueCardUse extends CardUse {
  @Field(() => Boolean)
  cancelled: boolean;

  @Field(() => String, { description: 'The last 4 characters of the card number, enough to tell uses apart' })
  cardNumberEnding: string;
}

@ObjectType({ description: "A venue's uses on one date, newest first", simpleResolvers: true })
export class VenueCardUseList {
  @Field(() => DateScalar)
  date: string;

  @Field(() => [VenueCardUse])
  uses: VenueCardUse[];

  @Field(() => Boolean, { description: 'True when the date has more uses than were listed' })
  hasMore: boolean;
}

@Resolver()
export class VenueUses {
  @Authorized('PARTNER_STAFF', 'NATIONAL_ADMIN')
  @Query(() => VenueCardUseList, {
    description: "The uses recorded at a venue on a date (today in Finland by default), newest first, cancelled ones included (the venue's staff and national admins)",
  })
  async venueCardUses(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('date', () => DateScalar, { nullable: true, description: 'Defaults to today in Finland' }) date: string | undefined,
    @Arg('first', () => Int, { defaultValue: VENUE_USES_DEFAULT, description: `How many uses to list, at most ${VENUE_USES_MAX}` }) first: number,
    @Ctx() context: Context,
  ): Promise<VenueCardUseList> {
    const { dataSource, caller } = context;
    if (!isUuid(partnerId)) throw new NotFoundError('Venue', 'partnerId');
    if (!hasRole(caller, 'NATIONAL_ADMIN') && !canActForPartner(caller, 'PARTNER_STAFF', partnerId)) {
      throw new ForbiddenError("Only staff of this venue can list its uses");
    }
    if (!Number.isInteger(first) || first < 1 || first > VENUE_USES_MAX) throw new BadInputError('first', `between 1 and ${VENUE_USES_MAX}`);
    const day = date ?? todayInFinland();
    // One statement: the uses and the ending of each card's number (the full number never leaves SQL).
    const rows: Omit<VenueCardUse, 'cancelled'>[] = await dataSource.query(
      `SELECT u.id, u.created_at AS "createdAt", to_char(u.used_on, 'YYYY-MM-DD') AS "usedOn", u.category,
              u.adult_tickets AS "adultTickets", u.child_tickets AS "childTickets", u.assistant_tickets AS "assistantTickets",
              u.course_places AS "coursePlaces", u.offer_id AS "offerId", u.cancelled_at AS "cancelledAt",
              right(c.number, 4) AS "cardNumberEnding"
         FROM cards.card_uses u JOIN cards.cards c ON c.id = u.card_id
        WHERE u.partner_id = $1 AND u.used_on = $2
        ORDER BY u.created_at DESC, u.id DESC
        LIMIT $3`,
      [partnerId, day, first + 1],
    );
    return {
      date: day,
      hasMore: rows.length > first,
      uses: rows.slice(0, first).map((row) => Object.assign(new VenueCardUse(), row, { cancelled: row.cancelledAt !== null })),
    };
  }
}
