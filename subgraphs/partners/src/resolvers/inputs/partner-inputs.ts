import { Field, Float, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsEmail, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalizedTextInput } from '@kaiku/subgraph-kit';
import { PartnerRole, PartnerSector } from '../../entities/partner';

const AREA_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const WEBSITE = /^https?:\/\/[^\s]+$/;

@InputType({ description: 'A new partner in an area' })
export class RegisterPartnerInput {
  @Field(() => String, { description: 'Code of the home area, e.g. "helsinki"' })
  @Matches(AREA_CODE, { message: 'areaCode must be an area code such as "helsinki"' })
  areaCode: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => [PartnerRole])
  @ArrayNotEmpty({ message: 'roles must name at least one role' })
  @ArrayUnique()
  roles: PartnerRole[];

  @Field(() => PartnerSector)
  sector: PartnerSector;

  @Field(() => [String], { nullable: true, description: 'Category codes, e.g. ["culture.theatre"]' })
  @IsOptional()
  @ArrayMaxSize(30)
  @Length(2, 100, { each: true })
  categories?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  @Matches(WEBSITE, { message: 'website must be an http(s) address' })
  website?: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  accessibility?: LocalizedTextInput;

  @Field(() => Boolean, { nullable: true, description: 'Default true' })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'Changes to a partner: only the given fields change' })
export class UpdatePartnerInput {
  @Field(() => String, { nullable: true, description: 'Moves the partner to another area' })
  @IsOptional()
  @Matches(AREA_CODE, { message: 'areaCode must be an area code such as "helsinki"' })
  areaCode?: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput;

  @Field(() => [PartnerRole], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty({ message: 'roles must name at least one role' })
  @ArrayUnique()
  roles?: PartnerRole[];

  @Field(() => PartnerSector, { nullable: true })
  @IsOptional()
  sector?: PartnerSector;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  @Matches(WEBSITE, { message: 'website must be an http(s) address' })
  website?: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  accessibility?: LocalizedTextInput;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean;
}

@InputType({ description: 'A place where the partner receives card holders' })
export class VenueInput {
  @Field(() => LocalizedTextInput, { nullable: true, description: 'When the venue has a name of its own' })
  @IsOptional()
  @ValidateNested()
  name?: LocalizedTextInput;

  @Field(() => String)
  @Length(1, 2000)
  streetAddress: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'postalCode must be five digits' })
  postalCode?: string;

  @Field(() => String, { description: 'Three-digit municipality code, e.g. "091"' })
  @Matches(/^\d{3}$/, { message: 'municipalityCode must be a three-digit municipality code' })
  municipalityCode: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-90)
  @Max(90)
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-180)
  @Max(180)
  longitude?: number;
}

@InputType({ description: 'A contact person' })
export class ContactInput {
  @Field(() => String)
  @Length(1, 2000)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(320)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'phone must be a phone number' })
  phone?: string;
}
