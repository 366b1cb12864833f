import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, LocalizedText } from '@kaiku/subgraph-kit';

export enum PartnerRole {
  CARD_DISTRIBUTOR = 'CARD_DISTRIBUTOR',
  CULTURE_PARTNER = 'CULTURE_PARTNER',
}
registerEnumType(PartnerRole, { name: 'PartnerRole', description: 'Issues cards, takes card uses, or both' });

export enum PartnerSector {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  THIRD_SECTOR = 'THIRD_SECTOR',
}
registerEnumType(PartnerSector, { name: 'PartnerSector' });

/** An organisation in an area's network: a card distributor, a culture partner, or both. */
@Entity({ name: 'partners' })
@ObjectType({ description: 'A card distributor or a culture (or sport) partner', simpleResolvers: true })
@Directive('@key(fields: "id")')
export class Partner {
  @PrimaryColumn({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Column(() => LocalizedText)
  @Field(() => LocalizedText)
  name: LocalizedText;

  /** Key of the home area in the areas subgraph. */
  @Column({ type: 'uuid' })
  areaId: string;

  @Column({ type: 'text', array: true })
  @Field(() => [PartnerRole])
  roles: PartnerRole[];

  @Column({ type: 'text' })
  @Field(() => PartnerSector)
  sector: PartnerSector;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  website: string | null;

  /** Accessibility notes; `fi` is null when there are none (resolved in the directory). */
  @Column(() => LocalizedText)
  accessibility: LocalizedText;

  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Inactive partners are left out of the public directory' })
  active: boolean;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'The trial agreement with the area was signed' })
  agreementSignedOn: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  agreementValidUntil: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Version of the national operating principles accepted' })
  principlesVersion: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  principlesAcceptedOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
