import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar, LocalizedTextInput } from '@kaiku/subgraph-kit';
import { AreaKind } from '../entities/area';
import { WorkingGroupSector } from '../entities/working-group-member';

export const AREA_CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;
const MUNICIPALITY_CODE = /^[0-9]{3}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,38}$/;

@InputType({ description: 'A new area; it starts in PLANNING' })
export class CreateAreaInput {
  @Field(() => String, { description: 'Unique slug: lower-case letters, digits and hyphens, e.g. "lahti"' })
  @Matches(AREA_CODE, { message: 'code must be 2-63 lower-case letters, digits or hyphens, starting with a letter or digit' })
  code: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => AreaKind)
  kind: AreaKind;

  @Field(() => Boolean, { nullable: true, description: 'A local-only trial: cards work only inside the area' })
  @IsOptional()
  localOnly?: boolean;

  @Field(() => [String], { nullable: true, description: 'Official municipality codes, e.g. ["091"]' })
  @IsOptional()
  @ArrayMaxSize(400)
  @Matches(MUNICIPALITY_CODE, { each: true, message: 'municipalityCodes must be three-digit municipality codes' })
  municipalityCodes?: string[];
}

@InputType({ description: 'Changes to an area; fields left out stay as they are' })
export class UpdateAreaInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput;

  @Field(() => AreaKind, { nullable: true })
  @IsOptional()
  kind?: AreaKind;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  localOnly?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(400)
  @Matches(MUNICIPALITY_CODE, { each: true, message: 'municipalityCodes must be three-digit municipality codes' })
  municipalityCodes?: string[];
}

@InputType({ description: 'A member of the local working group' })
export class WorkingGroupMemberInput {
  @Field(() => String)
  @Length(1, 2000)
  name: string;

  @Field(() => String)
  @Length(1, 2000)
  organisation: string;

  @Field(() => WorkingGroupSector)
  sector: WorkingGroupSector;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  role?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(320)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number, e.g. +358 40 123 4567' })
  phone?: string | null;
}

@InputType({ description: 'Changes to a working-group member; fields left out stay, null clears role, email or phone' })
export class UpdateWorkingGroupMemberInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  organisation?: string;

  @Field(() => WorkingGroupSector, { nullable: true })
  @IsOptional()
  sector?: WorkingGroupSector;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  role?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(320)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number, e.g. +358 40 123 4567' })
  phone?: string | null;
}

@InputType({ description: "One of the trial's ten steps: completion, responsible member, notes" })
export class CompleteTrialStepInput {
  @Field(() => String)
  @MaxLength(63)
  areaCode: string;

  @Field(() => Int, { description: '1 to 10' })
  @Min(1, { message: 'step must be 1 to 10' })
  @Max(10, { message: 'step must be 1 to 10' })
  step: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it was completed (not in the future); null marks it not complete; left out keeps it',
  })
  @IsOptional()
  completedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'A member of the area\'s working group; null clears it' })
  @IsOptional()
  @IsUUID('all', { message: 'responsibleMemberId must be a working-group member id' })
  responsibleMemberId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType({ description: 'The cooperation agreement with the national support and development service' })
export class CooperationAgreementInput {
  @Field(() => DateScalar)
  signedOn: string;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'Open-ended when left out' })
  @IsOptional()
  validUntil?: string | null;

  @Field(() => String, { description: 'Where the signed document is kept, e.g. a case number' })
  @Length(1, 2000)
  documentReference: string;
}
