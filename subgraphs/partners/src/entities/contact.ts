import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

/** A contact person of a partner: personal data, shown only to those who work with the partner. */
@Entity({ name: 'contacts' })
@ObjectType('PartnerContact', { description: 'A contact person of a partner', simpleResolvers: true })
export class Contact {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  @Field(() => String)
  name: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  phone: string | null;
}
