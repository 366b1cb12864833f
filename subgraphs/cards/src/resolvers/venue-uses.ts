import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { canActForPartner, hasRole } from '@kaiku/identity';
import { BadInputError, DateScalar, ForbiddenError, NotFoundError, isUuid, todayInFinland } from '@kaiku/subgraph-kit';
import { UseCategory } from '../entities/card-use';
import type { Context } from '../loaders';

export const VENUE_USES_DEFAULT = 50;
export const VENUE_USES_MAX = 200;

/** A use as the door lists it: what was recorded, and only the card number's last characters. */
@ObjectType({ description: 'A use recorded at a venue, as its staff see it at the door', simpleResolvers: true })
export class VenueCardUse {
  @Field(() => ID)
  id: string;

  @Field(() => Date, { description: 'When the use was recorded' })
  createdAt: Date;

  @Field(() => DateScalar)
  usedOn: string;

  @Field(() => UseCategory)
  category: UseCategory;

  @Field(() => Int)
  adultTickets: number;

  @Field(() => Int)
  childTickets: number;

  @Field(() => Int)
  assistantTickets: number;

  @Field(() => Int)
  coursePlaces: number;

  @Field(() => ID, { nullable: true })
  offerId: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

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

interface UseRow {
  id: string;
  created_at: Date;
  used_on: string;
  category: UseCategory;
  adult_tickets: number;
  child_tickets: number;
  assistant_tickets: number;
  course_places: number;
  offer_id: string | null;
  cancelled_at: Date | null;
  card_number_ending: string;
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
    const rows: UseRow[] = await dataSource.query(
      `SELECT u.id, u.created_at, to_char(u.used_on, 'YYYY-MM-DD') AS used_on, u.category, u.adult_tickets, u.child_tickets,
              u.assistant_tickets, u.course_places, u.offer_id, u.cancelled_at, right(c.number, 4) AS card_number_ending
         FROM cards.card_uses u JOIN cards.cards c ON c.id = u.card_id
        WHERE u.partner_id = $1 AND u.used_on = $2
        ORDER BY u.created_at DESC, u.id DESC
        LIMIT $3`,
      [partnerId, day, first + 1],
    );
    return {
      date: day,
      hasMore: rows.length > first,
      uses: rows.slice(0, first).map((row) => ({
        id: row.id,
        createdAt: row.created_at,
        usedOn: row.used_on,
        category: row.category,
        adultTickets: row.adult_tickets,
        childTickets: row.child_tickets,
        assistantTickets: row.assistant_tickets,
        coursePlaces: row.course_places,
        offerId: row.offer_id,
        cancelledAt: row.cancelled_at,
        cancelled: row.cancelled_at !== null,
        cardNumberEnding: row.card_number_ending,
      })),
    };
  }
}
