import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { BadInputError, DateScalar, RateLimitedError, SharedRateLimiter } from '@kaiku/subgraph-kit';
import { AreaRef, PartnerRef } from '../entities/refs';
import { logCardAccess } from '../domain/access-log';
import { daysLeft, findHolderCard, holderNumber, renewalDue } from '../domain/holder-lookup';
import { cardsSecret } from '../domain/secrets';
import type { Context } from '../loaders';

/**
 * A holder's own card as the holder page shows it. Deliberately nothing else: no number, no
 * uses (where or when), no demographics; the issuing unit is there for renewal.
 */
@ObjectType({ description: "A holder's own card: validity, children, home area, the unit that renews it and the uses this year", simpleResolvers: true })
export class HolderCard {
  @Field(() => DateScalar, { description: 'The last day the card is valid' })
  validUntil: string;

  @Field(() => Int, { description: 'Days from today (Finnish time) to the last valid day; negative once expired' })
  daysLeft: number;

  @Field(() => Boolean, { description: 'True when the card expires within 30 days or has expired: time to renew it' })
  renewalDue: boolean;

  @Field(() => Int, { description: 'How many children may come along free' })
  children: number;

  @Field(() => AreaRef)
  homeArea: AreaRef;

  @Field(() => PartnerRef, { description: 'The issuing unit, where the card is renewed' })
  issuer: PartnerRef;

  @Field(() => Int, { description: "Uses recorded this year (Finnish time) and not cancelled, the holder's replaced cards included" })
  usesThisYear: number;
}

/** Every answer takes at least this long, so a card in use cannot be told from none by time. */
export const HOLDER_FLOOR_MS = 40;
/** Attempts per client address: 10 at once, then one every 3 seconds (20 a minute). */
export const HOLDER_PER_MINUTE = 20;
// In PostgreSQL, so replicas share it: guessing numbers gets no more tries from more replicas.
const limiter = new SharedRateLimiter({ table: 'cards.rate_limits', name: 'holder', capacity: HOLDER_PER_MINUTE / 2, refillPerSecond: HOLDER_PER_MINUTE / 60, secret: cardsSecret });
const CHECK_THE_NUMBER = 'check the number: it is not the number of a card in use';

@Resolver()
export class HolderCardResolver {
  @Query(() => HolderCard, {
    description:
      'A holder reads their own card by its number or QR payload (no sign-in). A mistyped number and one of no card in use get the same BAD_USER_INPUT in the same time; attempts are limited per client address (RATE_LIMITED)',
  })
  async holderCard(@Arg('number', () => String) typed: string, @Ctx() context: Context): Promise<HolderCard> {
    if (!(await limiter.tryTake(context.dataSource, context.clientAddress ?? 'unknown'))) {
      throw new RateLimitedError('Too many card number attempts from this address: wait a minute and try again');
    }
    const started = performance.now();
    // The same statements for a mistyped, an unknown and a known number: one read, one log row.
    const row = await findHolderCard(context.dataSource, holderNumber(typed));
    await logCardAccess(context.dataSource, context, 'HOLDER_READ', row?.id ?? null);
    const elapsed = performance.now() - started;
    if (elapsed < HOLDER_FLOOR_MS) await new Promise((resolve) => setTimeout(resolve, HOLDER_FLOOR_MS - elapsed));
    if (!row) throw new BadInputError('number', CHECK_THE_NUMBER);
    return {
      validUntil: row.validUntil,
      daysLeft: daysLeft(row.validUntil),
      renewalDue: renewalDue(row.validUntil),
      children: row.children,
      homeArea: { id: row.homeAreaId },
      issuer: { id: row.issuedByPartnerId },
      usesThisYear: row.usesThisYear,
    };
  }
}
