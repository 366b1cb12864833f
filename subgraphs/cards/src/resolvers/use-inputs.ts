import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested, ArrayMaxSize } from 'class-validator';
import { DateScalar } from '@kaiku/subgraph-kit';
import { CardUse, UseCategory } from '../entities/card-use';

/** Counts a single use can carry; the card's own limits (children, group size) are checked after. */
const MAX_COUNT = 50;

@InputType({ description: 'One use: what a venue records at the door or enters later from paper' })
export class RegisterCardUseInput {
  @Field(() => String, { description: 'As typed (any case, spaces or dashes) or a scanned QR payload' })
  @Length(1, 200)
  cardNumber: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a partner id' })
  partnerId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an offer id' })
  offerId?: string;

  @Field(() => UseCategory)
  category: UseCategory;

  @Field(() => Int, { description: 'The holder: 0 or 1 on a personal card' })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  adultTickets: number;

  @Field(() => Int, { nullable: true, description: 'At most the children recorded on the card; never for courses' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  childTickets?: number;

  @Field(() => Int, { nullable: true, description: 'A personal assistant or interpreter, who always enters free' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2)
  assistantTickets?: number;

  @Field(() => Int, { nullable: true, description: 'Course places: EDUCATION only' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  coursePlaces?: number;

  @Field(() => DateScalar, { nullable: true, description: 'Default today; back-dating within the area\'s window' })
  @IsOptional()
  usedOn?: string;

  @Field(() => String, { description: 'Your unique key for this use: a retry with the same key records nothing new' })
  @Length(1, 200)
  idempotencyKey: string;
}

@InputType({ description: 'One row of a paper or spreadsheet list' })
export class ImportedUseRow {
  @Field(() => String)
  @Length(0, 200)
  cardNumber: string;

  @Field(() => DateScalar)
  usedOn: string;

  @Field(() => UseCategory)
  category: UseCategory;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  adultTickets: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  childTickets?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  coursePlaces?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  offerId?: string;
}

@InputType()
export class ImportCardUsesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a partner id' })
  partnerId: string;

  @Field(() => [ImportedUseRow], { description: 'At most 500 rows per call' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  rows: ImportedUseRow[];

  @Field(() => Int, { nullable: true, description: 'Row number of the first row in the file (for the report), default 1' })
  @IsOptional()
  @IsInt()
  @Min(1)
  firstRowNumber?: number;
}

@ObjectType({ simpleResolvers: true })
export class ImportRejection {
  @Field(() => Int, { description: 'Row number in the file' })
  row: number;

  @Field(() => String, { nullable: true })
  field: string | null;

  @Field(() => String)
  code: string;

  @Field(() => String)
  reason: string;
}

@ObjectType({ simpleResolvers: true })
export class ImportReport {
  @Field(() => Int, { description: 'Rows recorded now' })
  accepted: number;

  @Field(() => Int, { description: 'Rows recorded by an earlier import of the same file: not counted twice' })
  alreadyRecorded: number;

  @Field(() => [ImportRejection])
  rejected: ImportRejection[];

  @Field(() => [CardUse])
  uses: CardUse[];
}
