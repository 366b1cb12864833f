import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, LocalizedText } from '@kaiku/subgraph-kit';

export enum AreaKind {
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  WELLBEING_SERVICES_COUNTY = 'WELLBEING_SERVICES_COUNTY',
}
registerEnumType(AreaKind, { name: 'AreaKind', description: 'What kind of public body runs the area' });

export enum AreaStatus {
  PLANNING = 'PLANNING',
  TRIAL = 'TRIAL',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}
registerEnumType(AreaStatus, { name: 'AreaStatus', description: 'Where the area is in taking the card into use' });

/** An area of the network: a municipality, a region or a wellbeing services county. */
@Entity({ name: 'areas' })
@ObjectType({ description: 'An area that runs Kaikukortti locally' })
@Directive('@key(fields: "id")')
export class Area {
  @PrimaryColumn({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Column({ type: 'text', unique: true })
  @Field(() => String, { description: 'Unique slug, e.g. "helsinki"' })
  code: string;

  @Column(() => LocalizedText)
  @Field(() => LocalizedText)
  name: LocalizedText;

  @Column({ type: 'text' })
  @Field(() => AreaKind)
  kind: AreaKind;

  @Column({ type: 'text' })
  @Field(() => AreaStatus)
  status: AreaStatus;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  trialStartedOn: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  activatedOn: string | null;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'A trial whose cards work only inside this area' })
  localOnly: boolean;

  // The cooperation agreement with the national service; exposed as Area.cooperationAgreement.
  @Column({ type: 'date', nullable: true })
  agreementSignedOn: string | null;

  @Column({ type: 'date', nullable: true })
  agreementValidFrom: string | null;

  @Column({ type: 'date', nullable: true })
  agreementValidUntil: string | null;

  @Column({ type: 'text', nullable: true })
  agreementDocument: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
