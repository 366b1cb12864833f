import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';

/** One performance (or other dated event) of an offer, with its capacity. */
@Entity({ name: 'offer_events' })
// An entity; cards returns the performance it counted (OfferAvailability.event) with the
// fields partners gave it for the count, so the fields are shareable.
@ObjectType({ description: 'A performance of an offer', simpleResolvers: true })
@Directive('@key(fields: "id")')
@Directive('@shareable')
export class OfferEvent {
  @PrimaryColumn({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  offerId: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  startsOn: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Seats of this performance' })
  capacity: number | null;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Sold out: no free tickets' })
  soldOut: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
