import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType, Float } from 'type-graphql';
import { DateScalar, LocalizedText } from '@kaiku/subgraph-kit';

export enum OfferKind {
  TICKET = 'TICKET',
  COURSE_PLACE = 'COURSE_PLACE',
  OTHER = 'OTHER',
}
registerEnumType(OfferKind, { name: 'OfferKind' });

export enum CapKind {
  PER_EVENT = 'PER_EVENT',
  PER_PERIOD = 'PER_PERIOD',
  SHARE_OF_CAPACITY = 'SHARE_OF_CAPACITY',
}
registerEnumType(CapKind, { name: 'CapKind', description: 'A number per event, a number over the whole period, or a share of each event\'s capacity' });

@ObjectType({ description: 'How many card holders an offer takes', simpleResolvers: true })
@Directive('@shareable')
export class OfferCap {
  @Field(() => CapKind)
  kind: CapKind;

  @Field(() => Int, { nullable: true })
  amount: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of capacity, e.g. 5' })
  percent: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats per event, for a share of capacity' })
  capacity: number | null;
}

/** What a partner offers card holders: free tickets, course places or other. */
@Entity({ name: 'offers' })
// An entity: cards contributes its free places (Offer.availability) by this key.
@ObjectType({ description: 'An offer to card holders', simpleResolvers: true })
@Directive('@key(fields: "id")')
export class Offer {
  @PrimaryColumn({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Column(() => LocalizedText)
  @Field(() => LocalizedText)
  title: LocalizedText;

  /** Optional; `fi` is null when there is no description. */
  @Column(() => LocalizedText)
  description: LocalizedText;

  @Column({ type: 'text' })
  @Field(() => OfferKind)
  kind: OfferKind;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'Category code, e.g. CULTURE' })
  category: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  validFrom: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  validUntil: string;

  @Column({ type: 'text', nullable: true })
  capKind: CapKind | null;

  @Column({ type: 'int', nullable: true })
  capAmount: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  capPercent: number | null;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean)
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
