import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, LocalizedText } from '@kaiku/subgraph-kit';

/** What an area has recorded of one of the trial's ten steps. */
@Entity({ name: 'trial_steps' })
export class TrialStepRecord {
  @PrimaryColumn({ type: 'uuid' })
  areaId: string;

  @PrimaryColumn({ type: 'smallint' })
  step: number;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  responsibleMemberId: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One of the ten steps as clients see it: the national title plus the area's record. */
@ObjectType({ description: "One of the trial's ten steps for an area" })
export class TrialStep {
  areaId: string;

  @Field(() => Int, { description: '1 to 10' })
  number: number;

  @Field(() => LocalizedText)
  title: LocalizedText;

  @Field(() => LocalizedText, { description: 'What the step means, in a sentence' })
  description: LocalizedText;

  @Field(() => Boolean)
  completed: boolean;

  @Field(() => DateScalar, { nullable: true })
  completedOn: string | null;

  responsibleMemberId: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}
