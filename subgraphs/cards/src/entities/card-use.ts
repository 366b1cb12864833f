import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';

export enum UseCategory {
  CULTURE = 'CULTURE',
  EDUCATION = 'EDUCATION',
  SCIENCE = 'SCIENCE',
  SPORT = 'SPORT',
}
registerEnumType(UseCategory, { name: 'UseCategory', description: 'Use categories of the national statistics' });

/** One recorded use of a card at a venue: tickets or course places on a date. */
@Entity({ name: 'card_uses' })
@ObjectType({ description: 'A recorded use of a card at a venue', simpleResolvers: true })
export class CardUse {
  @PrimaryColumn({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  cardId: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  offerId: string | null;

  /** The card's home area and the venue's area: the cross-area table reads both. */
  @Column({ type: 'uuid' })
  homeAreaId: string;

  @Column({ type: 'uuid' })
  venueAreaId: string;

  @Column({ type: 'text' })
  @Field(() => UseCategory)
  category: UseCategory;

  @Column({ type: 'smallint' })
  @Field(() => Int)
  adultTickets: number;

  @Column({ type: 'smallint' })
  @Field(() => Int)
  childTickets: number;

  @Column({ type: 'smallint', default: 0 })
  @Field(() => Int, { description: 'A personal assistant or interpreter, counted apart from the holder' })
  assistantTickets: number;

  @Column({ type: 'smallint' })
  @Field(() => Int)
  coursePlaces: number;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  usedOn: string;

  @Column({ type: 'text' })
  idempotencyKey: string;

  /** Hash of the request, to tell a retry (same input) from a reuse of the key (other input). */
  @Column({ type: 'text' })
  requestFingerprint: string;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}
