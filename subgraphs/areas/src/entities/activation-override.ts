import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

/** A national admin made an area ACTIVE before all ten trial steps were complete. */
@Entity({ name: 'activation_overrides' })
@ObjectType({ description: 'A recorded decision to activate an area before its trial steps were complete' })
export class ActivationOverride {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  areaId: string;

  /** The subject of the admin's token; shown only to those who see contact details. */
  @Column({ type: 'text' })
  overriddenBy: string;

  @Column({ type: 'text' })
  @Field(() => String)
  reason: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => Date)
  overriddenAt: Date;
}
