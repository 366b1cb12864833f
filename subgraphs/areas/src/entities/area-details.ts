import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';
import { AreaStatus } from './area';

/** The area's cooperation agreement with the national support and development service. */
@ObjectType({ description: 'The cooperation agreement with the national support and development service' })
export class CooperationAgreement {
  @Field(() => DateScalar)
  signedOn: string;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'Open-ended when null' })
  validUntil: string | null;

  @Field(() => String, { description: 'Where the signed document is kept, e.g. a case number' })
  documentReference: string;
}

export enum ReadinessCheckCode {
  WORKING_GROUP_SECTORS = 'WORKING_GROUP_SECTORS',
  THIRD_SECTOR_ACTOR = 'THIRD_SECTOR_ACTOR',
  CARD_DISTRIBUTOR = 'CARD_DISTRIBUTOR',
  /** The programme's principle: a third-sector actor among the network's card distributors. */
  THIRD_SECTOR_DISTRIBUTOR = 'THIRD_SECTOR_DISTRIBUTOR',
  PARTNER_AGREEMENTS = 'PARTNER_AGREEMENTS',
  STATISTICS_RESPONSIBLE = 'STATISTICS_RESPONSIBLE',
}
registerEnumType(ReadinessCheckCode, { name: 'ReadinessCheckCode', description: 'One condition of a well-prepared area' });

@ObjectType({ description: 'One readiness condition, passed or not, with the reason in the caller\'s language' })
export class ReadinessCheck {
  @Field(() => ReadinessCheckCode)
  code: ReadinessCheckCode;

  @Field(() => Boolean)
  passed: boolean;

  @Field(() => String, { description: 'Why, in the language of Accept-Language (fi, sv or en)' })
  reason: string;
}

@ObjectType({ description: 'Whether the area meets the conditions of the programme' })
export class AreaReadiness {
  @Field(() => Boolean, { description: 'Every check passed' })
  ready: boolean;

  @Field(() => [ReadinessCheck])
  checks: ReadinessCheck[];
}

/** A move of the area's status as the caller could make it now, or why not. */
@ObjectType({ description: "A status the area could move to: whether the caller may move it there now, and why not" })
export class AreaStatusChange {
  @Field(() => AreaStatus)
  status: AreaStatus;

  @Field(() => Boolean, { description: 'changeAreaStatus to this status would succeed for the caller now (with an overrideReason when needsOverrideReason)' })
  allowed: boolean;

  @Field(() => Boolean, { description: 'Allowed only with an overrideReason: a national admin activating before the ten steps are complete' })
  needsOverrideReason: boolean;

  @Field(() => String, { nullable: true, description: "Why not, or what the move needs, in the caller's language; null when it is allowed as it is" })
  reason: string | null;
}
