import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { WellbeingAnswerInput } from './wellbeing-input';

export enum LifeSituation {
  EMPLOYED = 'EMPLOYED',
  UNEMPLOYED = 'UNEMPLOYED',
  STUDENT = 'STUDENT',
  RETIRED = 'RETIRED',
  ON_SICK_LEAVE_OR_DISABILITY = 'ON_SICK_LEAVE_OR_DISABILITY',
  FAMILY_LEAVE = 'FAMILY_LEAVE',
  OTHER = 'OTHER',
}
registerEnumType(LifeSituation, { name: 'LifeSituation', description: 'Optional, for statistics only' });

export enum Gender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  OTHER = 'OTHER',
}
registerEnumType(Gender, { name: 'Gender', description: 'Optional, for statistics only' });

/** What is recorded when a card is issued: no name, identity code, birth date or address. */
@InputType()
export class IssueCardInput {
  @Field(() => ID, { description: 'The issuing unit (a partner with role CARD_DISTRIBUTOR)' })
  @IsUUID('all', { message: 'must be a partner id' })
  distributorId: string;

  @Field(() => Int, { description: 'The holder is 16 or turns 16 this year' })
  @IsInt()
  birthYear: number;

  @Field(() => String, { description: 'Five digits' })
  @Matches(/^\d{5}$/, { message: 'must be five digits' })
  postcode: string;

  @Field(() => Int, { description: 'Children under 18 who may come along free, 0-20' })
  @IsInt()
  @Min(0)
  @Max(20)
  children: number;

  @Field(() => LifeSituation, { nullable: true })
  @IsOptional()
  lifeSituation?: LifeSituation;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  gender?: Gender;

  @Field(() => WellbeingAnswerInput, { nullable: true, description: 'The voluntary wellbeing question; leave out when not asked or skipped' })
  @IsOptional()
  @ValidateNested()
  wellbeing?: WellbeingAnswerInput | null;
}

@InputType()
export class IssueCommunityCardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a partner id' })
  distributorId: string;

  @Field(() => Int, { description: 'Largest group one visit may bring, 1-50' })
  @IsInt()
  @Min(1)
  @Max(50)
  groupSizeLimit: number;
}

