import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';

/**
 * The partners subgraph's Offer as cards sees it: cards owns the count of places taken, so it
 * contributes `availability` to the entity. The cap, validity and performances stay with
 * partners; the gateway fetches them from there first (`@requires`) and hands them over in the
 * entity representation, so the figure combines partners' live cap with cards' live count.
 */
export enum CapKind {
  PER_EVENT = 'PER_EVENT',
  PER_PERIOD = 'PER_PERIOD',
  SHARE_OF_CAPACITY = 'SHARE_OF_CAPACITY',
}
registerEnumType(CapKind, { name: 'CapKind', description: "A number per event, a number over the whole period, or a share of each event's capacity" });

@ObjectType('OfferCap', { simpleResolvers: true })
@Directive('@shareable')
export class OfferCapRef {
  @Field(() => CapKind)
  kind: CapKind;

  @Field(() => Int, { nullable: true })
  amount: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of capacity, e.g. 5' })
  percent: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats per event, for a share of capacity' })
  capacity: number | null;
}

/**
 * A performance, owned by partners. Cards gets all of its fields in the representation it
 * counts with and hands the one it counted back as it came (`@shareable`: the same values).
 */
@ObjectType('OfferEvent', { simpleResolvers: true })
@Directive('@key(fields: "id", resolvable: false)')
@Directive('@shareable')
export class OfferEventRef {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => Int, { nullable: true, description: 'Seats of this performance' })
  capacity: number | null;

  @Field(() => Boolean, { description: 'Sold out: no free tickets' })
  soldOut: boolean;
}

/** What `availability` needs of an offer, fetched from partners by the gateway. */
export const AVAILABILITY_REQUIRES = 'active validFrom validUntil cap { kind amount percent capacity } events { id startsOn capacity soldOut }';

@ObjectType('Offer', { simpleResolvers: true })
@Directive('@key(fields: "id")')
export class OfferRef {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => Boolean)
  active: boolean;

  @Directive('@external')
  @Field(() => DateScalar)
  validFrom: string;

  @Directive('@external')
  @Field(() => DateScalar)
  validUntil: string;

  @Directive('@external')
  @Field(() => OfferCapRef, { nullable: true })
  cap: OfferCapRef | null;

  @Directive('@external')
  @Field(() => [OfferEventRef], { description: 'Performances, by date' })
  events: OfferEventRef[];
}

@ObjectType({ description: 'Free places of an offer on a date or at a performance, after the card uses recorded', simpleResolvers: true })
export class OfferAvailability {
  @Field(() => Int, {
    nullable: true,
    description: 'Places left for card holders: the cap (or the seats) minus the places of the uses recorded and not cancelled; null when nothing limits the offer',
  })
  freePlaces: number | null;

  @Field(() => Int, { nullable: true, description: 'Places the cap allows in all on this date or at this performance (over the whole period for a cap per period)' })
  cap: number | null;

  // Null without a cap, so it never tells more than cap minus freePlaces does.
  @Field(() => Int, { nullable: true, description: 'Places taken by the uses recorded and not cancelled, counted where the cap counts them; null when nothing limits the offer' })
  taken: number | null;

  @Field(() => Boolean, { description: 'True when no place is left or the venue marked the performance sold out' })
  soldOut: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why nothing is free: OUTSIDE_VALIDITY, INACTIVE, SOLD_OUT (the venue marked the performance sold out) or ALL_TAKEN (the uses recorded took every place)',
  })
  reason: string | null;

  @Field(() => OfferEventRef, { nullable: true, description: 'The performance counted' })
  event: OfferEventRef | null;
}
