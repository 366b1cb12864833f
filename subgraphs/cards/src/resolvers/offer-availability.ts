import { Arg, Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { DateScalar, NotFoundError, todayInFinland } from '@kaiku/subgraph-kit';
import { bucketCap, bucketDays, eventOn, freePlaces, outsideValidity } from '../domain/places';
import { AVAILABILITY_REQUIRES, OfferAvailability, OfferRef, type OfferEventRef } from '../entities/offer-ref';
import type { Context } from '../loaders';

@Resolver(() => OfferRef)
export class OfferAvailabilityResolver {
  @Directive(`@requires(fields: "${AVAILABILITY_REQUIRES}")`)
  // Nullable: when the count cannot be read, only this field is missing, not the offer around it.
  @FieldResolver(() => OfferAvailability, {
    nullable: true,
    description: 'Free places on a date (default today, Finnish time) or at one performance, after the card uses recorded so far; null only when they cannot be counted right now (an error with this path says so)',
  })
  async availability(
    @Root() offer: OfferRef,
    @Arg('date', () => DateScalar, { nullable: true }) date: string | undefined,
    @Arg('eventId', () => ID, { nullable: true }) eventId: string | undefined,
    @Ctx() { loaders }: Context,
  ): Promise<OfferAvailability | null> {
    const events = offer.events ?? [];
    let event: OfferEventRef | null;
    if (eventId) {
      event = events.find((candidate) => candidate.id === eventId) ?? null;
      if (!event) throw new NotFoundError('Performance of this offer', 'eventId');
    } else {
      event = eventOn(events, date ?? todayInFinland());
    }
    const day = event?.startsOn ?? date ?? todayInFinland();
    const cap = bucketCap(offer.cap, event?.capacity ?? null);
    const counted = cap.places !== null && offer.active && !outsideValidity(offer, day);
    const taken = !counted ? null : await loaders.placesTaken.load({ offerId: offer.id, ...bucketDays(cap.bucket, day, offer.validFrom, offer.validUntil) });
    return { ...freePlaces(offer, day, event?.soldOut ?? false, cap, taken), event };
  }
}
