import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum WorkingGroupSector {
  CULTURE = 'CULTURE',
  SOCIAL_AND_HEALTH = 'SOCIAL_AND_HEALTH',
  WELLBEING = 'WELLBEING',
  THIRD_SECTOR = 'THIRD_SECTOR',
}
registerEnumType(WorkingGroupSector, { name: 'WorkingGroupSector', description: 'Which side a working-group member comes from' });

/**
 * A member of the area's local working group: staff of the municipality, county or an NGO,
 * not a card holder. Contact details are guarded in the resolver (WorkingGroupFields).
 */
@Entity({ name: 'working_group_members' })
@ObjectType({ description: "A member of an area's local working group" })
export class WorkingGroupMember {
  @PrimaryColumn({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  areaId: string;

  @Column({ type: 'text' })
  @Field(() => String)
  name: string;

  @Column({ type: 'text' })
  @Field(() => String)
  organisation: string;

  @Column({ type: 'text' })
  @Field(() => WorkingGroupSector)
  sector: WorkingGroupSector;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Role in the group, e.g. "coordinator"' })
  role: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
