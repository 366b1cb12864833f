import { Field, ID, InputType, Int, Float } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DateScalar, LocalizedTextInput } from '@kaiku/subgraph-kit';
import { CapKind, OfferKind } from '../../entities/offer';

@InputType()
export class OfferCapInput {
  @Field(() => CapKind)
  kind: CapKind;

  @Field(() => Int, { nullable: true, description: 'Places per event (PER_EVENT) or over the period (PER_PERIOD)' })
  @IsOptional()
  @Min(1, { message: 'amount must be at least 1' })
  @Max(100000)
  amount?: number;

  @Field(() => Float, { nullable: true, description: 'Share of capacity in percent (SHARE_OF_CAPACITY), over 0 and at most 100' })
  @IsOptional()
  percent?: number;

  @Field(() => Int, { nullable: true, description: 'Seats per event (SHARE_OF_CAPACITY)' })
  @IsOptional()
  @Min(1)
  @Max(1000000)
  capacity?: number;
}

@InputType()
export class OfferInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a partner id' })
  partnerId: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput;

  @Field(() => OfferKind)
  kind: OfferKind;

  @Field(() => String, { description: 'CULTURE, EDUCATION, SCIENCE or SPORT (or a subcategory code)' })
  @Length(2, 100)
  @Matches(/^[A-Za-z][A-Za-z0-9_.-]*$/, { message: 'category must be a category code' })
  category: string;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar)
  validUntil: string;

  @Field(() => OfferCapInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  cap?: OfferCapInput;
}

@InputType({ description: 'Changes to an offer: only the given fields change' })
export class OfferChangesInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput;

  @Field(() => OfferKind, { nullable: true })
  @IsOptional()
  kind?: OfferKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 100)
  @Matches(/^[A-Za-z][A-Za-z0-9_.-]*$/, { message: 'category must be a category code' })
  category?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  validFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  validUntil?: string;

  @Field(() => OfferCapInput, { nullable: true, description: 'Replaces the cap' })
  @IsOptional()
  @ValidateNested()
  cap?: OfferCapInput;

  @Field(() => Boolean, { nullable: true, description: 'Removes the cap when true' })
  @IsOptional()
  removeCap?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'A performance of an offer' })
export class OfferEventInput {
  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => Int, { nullable: true, description: 'Seats of this performance' })
  @IsOptional()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(1000000)
  capacity?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  soldOut?: boolean;
}

export const PRINCIPLE_VERSIONS = /^\d{4}-\d{1,3}$/;
