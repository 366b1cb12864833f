import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { hasRole } from '@kaiku/identity';
import { DateScalar, ForbiddenError, RateLimitedError, readSetting, SharedRateLimiter, subgraphSettings } from '@kaiku/subgraph-kit';
import { Card } from '../entities/card';
import { AreaFact, PartnerFact } from '../entities/facts';
import { AreaRef } from '../entities/refs';
import { parseCardNumber } from '../domain/card-lookup';
import { CardInvalidReason, invalidReason } from '../domain/validity';
import { logCardAccess } from '../domain/access-log';
import { cardsSecret } from '../domain/secrets';
import type { Context } from '../loaders';

registerEnumType(CardInvalidReason, {
  name: 'CardInvalidReason',
  valuesConfig: { LOCAL_ONLY_TRIAL: { description: "The card's home area runs a local-only trial and this venue is elsewhere" } },
});

/** What the door needs to know, and nothing more: not the issuer, not demographics. */
@ObjectType({ simpleResolvers: true })
export class CardVerification {
  @Field(() => Boolean)
  valid: boolean;

  @Field(() => CardInvalidReason, { nullable: true })
  reason: CardInvalidReason | null;

  @Field(() => DateScalar, { nullable: true })
  validUntil: string | null;

  @Field(() => AreaRef, { nullable: true })
  homeArea: AreaRef | null;

  @Field(() => Int, { nullable: true, description: 'How many children may come along free' })
  children: number | null;
}

/** Every answer takes at least this long, so a known number cannot be told from an unknown one by time. */
export const VERIFY_FLOOR_MS = 40;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const perMinute = readSetting(subgraphSettings.verifyPerMinute);
// In PostgreSQL, so KAIKU_VERIFY_PER_MINUTE holds for a venue however many replicas answer it.
const limiter = new SharedRateLimiter({ table: 'cards.rate_limits', name: 'verify', capacity: Math.max(1, Math.ceil(perMinute / 2)), refillPerSecond: perMinute / 60, secret: cardsSecret });

@Resolver()
export class CardVerificationResolver {
  @Authorized('PARTNER_STAFF', 'NATIONAL_ADMIN')
  @Query(() => CardVerification, { description: 'Checks a card (typed number or scanned QR payload) at the door' })
  async verifyCard(
    @Arg('number', () => String) typed: string,
    @Arg('partnerId', () => ID, { nullable: true, description: 'The venue checking, when the caller works for several' })
    partnerId: string | undefined,
    @Ctx() context: Context,
  ): Promise<CardVerification> {
    const { dataSource, caller } = context;
    const venueId = venueOf(caller, partnerId);
    if (!(await limiter.tryTake(dataSource, `${caller.subject}|${venueId ?? '-'}`))) {
      throw new RateLimitedError('Too many card checks in a short time: wait a minute and try again');
    }
    const number = parseCardNumber(typed, 'number');
    const started = performance.now();
    // The same statements run for known and unknown numbers.
    const [card, venue] = await Promise.all([
      dataSource.getRepository(Card).findOne({ where: { number } }),
      venueId ? dataSource.getRepository(PartnerFact).findOne({ where: { partnerId: venueId } }) : null,
    ]);
    const homeArea = await dataSource.getRepository(AreaFact).findOne({ where: { areaId: card?.homeAreaId ?? venue?.areaId ?? NIL_UUID } });
    const reason = invalidReason(card, card ? homeArea : null, venue?.areaId ?? null);
    const answer: CardVerification = {
      valid: reason === null,
      reason,
      validUntil: card?.validUntil ?? null,
      homeArea: card ? { id: card.homeAreaId } : null,
      children: reason === null ? card!.children : null,
    };
    // Logged for known and unknown numbers alike: the same statements either way.
    await logCardAccess(dataSource, context, 'VERIFY_CARD', card?.id ?? null);
    const elapsed = performance.now() - started;
    if (elapsed < VERIFY_FLOOR_MS) await new Promise((resolve) => setTimeout(resolve, VERIFY_FLOOR_MS - elapsed));
    return answer;
  }
}

/** The venue doing the check: the given partner (if the caller works there) or the caller's only venue. */
function venueOf(caller: Context['caller'], partnerId: string | undefined): string | null {
  const venues = caller.grants.filter((grant) => grant.role === 'PARTNER_STAFF' && grant.partnerId).map((grant) => grant.partnerId!);
  if (partnerId !== undefined) {
    if (!venues.includes(partnerId) && !hasRole(caller, 'NATIONAL_ADMIN')) throw new ForbiddenError('You do not work for that partner');
    return partnerId;
  }
  return venues[0] ?? null;
}
