import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountField, SuppressedCounts } from '@kaiku/subgraph-kit';

/** Life satisfaction 0-10 in the bands OECD and Statistics Finland report (0-4 is "low"). */
export enum WellbeingBand {
  SCORE_0_4 = 'SCORE_0_4',
  SCORE_5_6 = 'SCORE_5_6',
  SCORE_7_8 = 'SCORE_7_8',
  SCORE_9_10 = 'SCORE_9_10',
}
registerEnumType(WellbeingBand, { name: 'WellbeingBand', description: 'Life satisfaction (0-10) in four bands: 0-4, 5-6, 7-8, 9-10' });

export const BANDS: ReadonlyArray<{ band: WellbeingBand; lowest: number; highest: number }> = [
  { band: WellbeingBand.SCORE_0_4, lowest: 0, highest: 4 },
  { band: WellbeingBand.SCORE_5_6, lowest: 5, highest: 6 },
  { band: WellbeingBand.SCORE_7_8, lowest: 7, highest: 8 },
  { band: WellbeingBand.SCORE_9_10, lowest: 9, highest: 10 },
];

export enum WellbeingChangeDirection {
  IMPROVED = 'IMPROVED',
  SAME = 'SAME',
  WORSENED = 'WORSENED',
}
registerEnumType(WellbeingChangeDirection, { name: 'WellbeingChangeDirection', description: 'The answer at the first renewal against the one at issue' });

export const DIRECTIONS = [WellbeingChangeDirection.IMPROVED, WellbeingChangeDirection.SAME, WellbeingChangeDirection.WORSENED] as const;

// Counts are published rows: no simpleResolvers, so @CountField's guard runs.
@ObjectType({ description: 'Answers in one life-satisfaction band' })
export class WellbeingBandCount extends SuppressedCounts {
  @Field(() => WellbeingBand)
  band: WellbeingBand;

  @Field(() => Int, { description: 'Lowest score in the band' })
  lowest: number;

  @Field(() => Int, { description: 'Highest score in the band' })
  highest: number;

  @CountField({ description: 'Answers in this band' })
  answers: number | null;
}

@ObjectType({ description: 'Holders whose answer at their first renewal was higher, the same or lower than at issue' })
export class WellbeingChangeCount extends SuppressedCounts {
  @Field(() => WellbeingChangeDirection)
  direction: WellbeingChangeDirection;

  @CountField({ description: 'Holders, counted in the month of the renewal' })
  holders: number | null;
}

@ObjectType({
  description:
    'The voluntary wellbeing question (life satisfaction 0-10) as protected aggregates: kept by calendar month, so these are the months the period touches. ' +
    'Every count is suppressed for every caller, national admins and analysts too (docs/security.md)',
})
export class WellbeingFigures {
  @Field(() => String, { description: 'First month counted, YYYY-MM' })
  fromMonth: string;

  @Field(() => String, { description: 'Last month counted, YYYY-MM' })
  toMonth: string;

  @Field(() => [WellbeingBandCount], { description: 'Answers given when a card was issued, by band' })
  atIssue: WellbeingBandCount[];

  @Field(() => [WellbeingBandCount], { description: 'Answers given when a card was renewed, by band' })
  atRenewal: WellbeingBandCount[];

  @Field(() => [WellbeingChangeCount], { description: 'The change from issue to the first renewal' })
  change: WellbeingChangeCount[];
}
