import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';

/** The areas subgraph's Area, extended here with its figures. */
@ObjectType('Area')
@Directive('@key(fields: "id")')
export class Area {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'Counts for a period. Uses and tickets count within the period.' })
export class StatisticsTotals {
  @Field(() => Int, { description: 'Cards issued in the period' })
  cardsIssued: number;

  @Field(() => Int, { description: 'Cards valid on the last day of the period' })
  activeCards: number;

  @Field(() => Int, { description: 'Cards used at least once in the period' })
  cardsUsed: number;

  @Field(() => Int)
  uses: number;

  @Field(() => Int)
  adultTickets: number;

  @Field(() => Int)
  childTickets: number;

  @Field(() => Int)
  coursePlaces: number;
}

@ObjectType({ description: "An area's figures: its cards, and the uses of its cards anywhere in the network" })
export class AreaStatistics {
  @Field(() => Area)
  area: Area;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => StatisticsTotals)
  totals: StatisticsTotals;
}

@ObjectType()
export class NationalStatistics {
  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => StatisticsTotals)
  totals: StatisticsTotals;

  @Field(() => [AreaStatistics], { description: 'One row per area with cards or uses in the period' })
  byArea: AreaStatistics[];
}
