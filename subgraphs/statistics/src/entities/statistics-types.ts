import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';
import type { Period } from '../period';

export enum UseCategory {
  CULTURE = 'CULTURE',
  EDUCATION = 'EDUCATION',
  SCIENCE = 'SCIENCE',
  SPORT = 'SPORT',
}
registerEnumType(UseCategory, { name: 'UseCategory', description: 'Use categories of the national statistics' });

/** The areas subgraph's Area, extended here with its figures. */
@ObjectType('Area', { simpleResolvers: true })
@Directive('@key(fields: "id")')
export class Area {
  @Field(() => ID)
  id: string;
}

/** The partners subgraph's Partner, extended here with its figures. */
@ObjectType('Partner', { simpleResolvers: true })
@Directive('@key(fields: "id")')
export class Partner {
  @Field(() => ID)
  id: string;
}

const SUPPRESSED = 'Fields hidden because the count is too small to publish (or could be worked out from one that is)';

@ObjectType({ description: 'Counts for a period; null where suppressed (see `suppressed`)', simpleResolvers: true })
export class StatisticsTotals {
  @Field(() => Int, { nullable: true, description: 'Cards issued in the period (a replacement continues its holder and is not counted)' })
  cardsIssued: number | null;

  @Field(() => Int, { nullable: true, description: 'Cards valid on the last day of the period' })
  activeCards: number | null;

  @Field(() => Int, { nullable: true, description: 'Card holders who used their card at least once in the period' })
  cardsUsed: number | null;

  @Field(() => Int, { nullable: true })
  uses: number | null;

  @Field(() => Int, { nullable: true })
  adultTickets: number | null;

  @Field(() => Int, { nullable: true })
  childTickets: number | null;

  @Field(() => Int, { nullable: true })
  coursePlaces: number | null;

  @Field(() => [String], { description: SUPPRESSED })
  suppressed: string[];
}

@ObjectType({ description: 'Uses of one category, adults and children apart', simpleResolvers: true })
export class CategoryStatistics {
  @Field(() => UseCategory)
  category: UseCategory;

  @Field(() => Int, { nullable: true })
  uses: number | null;

  @Field(() => Int, { nullable: true })
  adultTickets: number | null;

  @Field(() => Int, { nullable: true })
  childTickets: number | null;

  @Field(() => Int, { nullable: true })
  coursePlaces: number | null;

  @Field(() => [String], { description: SUPPRESSED })
  suppressed: string[];
}

@ObjectType({ simpleResolvers: true })
export class MonthStatistics {
  @Field(() => String, { description: 'YYYY-MM' })
  month: string;

  @Field(() => Int, { nullable: true })
  cardsIssued: number | null;

  @Field(() => Int, { nullable: true })
  uses: number | null;

  @Field(() => Int, { nullable: true })
  adultTickets: number | null;

  @Field(() => Int, { nullable: true })
  childTickets: number | null;

  @Field(() => Int, { nullable: true })
  coursePlaces: number | null;

  @Field(() => [String], { description: SUPPRESSED })
  suppressed: string[];
}

@ObjectType({ description: "Uses by the venue's sector", simpleResolvers: true })
export class SectorStatistics {
  @Field(() => String, { description: 'PUBLIC, PRIVATE, THIRD_SECTOR (UNKNOWN before the sector was known)' })
  sector: string;

  @Field(() => Int, { nullable: true })
  uses: number | null;

  @Field(() => Int, { nullable: true })
  adultTickets: number | null;

  @Field(() => Int, { nullable: true })
  childTickets: number | null;

  @Field(() => [String], { description: SUPPRESSED })
  suppressed: string[];
}

@ObjectType({ description: 'Uses by holders of one area at venues of another (or the same) area', simpleResolvers: true })
export class CrossAreaUse {
  @Field(() => Area)
  homeArea: Area;

  @Field(() => Area)
  venueArea: Area;

  @Field(() => Int, { nullable: true })
  uses: number | null;

  @Field(() => [String], { description: SUPPRESSED })
  suppressed: string[];
}

/**
 * The cross-area table as a matrix. Across 100 areas the table has 10,000 cells: as a list of
 * objects each cell costs two GraphQL layers (subgraph and gateway) an object with its own
 * fields; as rows of integers it is a fraction of the work and of the bytes.
 */
@ObjectType({
  description: 'Home area x venue area as a matrix: uses[i][j] is the uses by holders of homeAreas[i] at venues of venueAreas[j] (null where suppressed)',
  simpleResolvers: true,
})
export class CrossAreaMatrix {
  @Field(() => [Area])
  homeAreas: Area[];

  @Field(() => [Area])
  venueAreas: Area[];

  @Field(() => [[Int]], { nullable: 'items' })
  uses: Array<Array<number | null>>;

  @Field(() => Int, { description: 'Cells hidden by small-cell suppression' })
  suppressedCells: number;
}

@ObjectType({ simpleResolvers: true })
export class DemographicGroup {
  @Field(() => String, { description: 'The group, e.g. "25-34", "2", "UNEMPLOYED", "331", or "UNKNOWN"' })
  group: string;

  @Field(() => Int, { nullable: true })
  cards: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType({ description: 'Cards issued in the period, by what was recorded at issue', simpleResolvers: true })
export class Demographics {
  @Field(() => [DemographicGroup], { description: 'Age at the end of the period, from the birth year' })
  ageGroups: DemographicGroup[];

  @Field(() => [DemographicGroup], { description: 'Children recorded on the card: 0, 1, 2, 3+' })
  children: DemographicGroup[];

  @Field(() => [DemographicGroup])
  lifeSituations: DemographicGroup[];

  @Field(() => [DemographicGroup])
  genders: DemographicGroup[];

  @Field(() => [DemographicGroup], { description: 'Postcode area: the first three digits' })
  postcodeAreas: DemographicGroup[];
}

/** Shared by area and national figures; `scope` and `suppress` travel to the lazy fields. */
@ObjectType('FiguresBase')
export class FiguresBase {
  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => StatisticsTotals)
  totals: StatisticsTotals;

  @Field(() => [CategoryStatistics])
  byCategory: CategoryStatistics[];

  @Field(() => [MonthStatistics])
  byMonth: MonthStatistics[];

  period: Period;
  /** Home area id, or null for the whole network. */
  scope: string | null;
  suppress: boolean;
}

@ObjectType({ description: "An area's figures: its cards, and the uses of its cards anywhere in the network" })
export class AreaStatistics extends FiguresBase {
  @Field(() => Area)
  area: Area;
}

@ObjectType()
export class NationalStatistics extends FiguresBase {
  @Field(() => [AreaStatistics], { description: 'One row per area with cards or uses in the period' })
  byArea: AreaStatistics[];

  @Field(() => [SectorStatistics])
  byPartnerSector: SectorStatistics[];
}

@ObjectType({ simpleResolvers: true })
export class VenueFigures {
  @Field(() => StatisticsTotals, { description: 'Uses at this venue (card fields are null here)' })
  totals: StatisticsTotals;

  @Field(() => [CategoryStatistics])
  byCategory: CategoryStatistics[];
}

@ObjectType({ description: "A partner's figures: uses at it as a venue, and the cards it issued and their use" })
export class PartnerStatistics {
  @Field(() => Partner)
  partner: Partner;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => VenueFigures)
  asVenue: VenueFigures;

  @Field(() => StatisticsTotals, { description: 'Cards issued by this unit in the period, and their uses anywhere' })
  asIssuer: StatisticsTotals;
}

@ObjectType({ simpleResolvers: true })
export class PublicAreaStatistics {
  @Field(() => Area)
  area: Area;

  @Field(() => Int, { nullable: true })
  cardsIssued: number | null;

  @Field(() => Int, { nullable: true, description: 'Activated: used at least once' })
  cardsUsed: number | null;

  @Field(() => Int, { nullable: true })
  uses: number | null;

  @Field(() => [String])
  suppressed: string[];
}

@ObjectType({ description: 'Open data: yearly totals, every small count suppressed' })
export class PublicStatistics {
  @Field(() => Int)
  year: number;

  @Field(() => StatisticsTotals)
  totals: StatisticsTotals;

  @Field(() => [PublicAreaStatistics])
  byArea: PublicAreaStatistics[];
}
