import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum FacilityType {
  SWIMMING_HALL = 'SWIMMING_HALL',
  GYM = 'GYM',
  ICE_RINK = 'ICE_RINK',
  SPORTS_HALL = 'SPORTS_HALL',
  CLIMBING_WALL = 'CLIMBING_WALL',
  BOWLING_ALLEY = 'BOWLING_ALLEY',
  OUTDOOR_FIELD = 'OUTDOOR_FIELD',
}
registerEnumType(FacilityType, { name: 'FacilityType', description: 'Kinds of sport facility at a venue' });

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, { name: 'Weekday' });

@ObjectType({ description: 'Opening hours on one weekday, local time HH:MM', simpleResolvers: true })
@InputType('OpeningHoursInput')
export class OpeningHours {
  @Field(() => Weekday)
  weekday: Weekday;

  @Field(() => String)
  opens: string;

  @Field(() => String)
  closes: string;
}

@ObjectType({ description: 'A weekly time slot or pass free for card holders', simpleResolvers: true })
@InputType('FreeSlotInput')
export class FreeSlot {
  @Field(() => Weekday)
  weekday: Weekday;

  @Field(() => String)
  starts: string;

  @Field(() => String)
  ends: string;

  @Field(() => FacilityType)
  facilityType: FacilityType;

  @Field(() => Int, { description: 'Card holders per slot' })
  places: number;
}

/** A partner's sport facilities, as this area publishes them. Keyed by the core partner id. */
@Entity({ name: 'sport_venues' })
@ObjectType({ description: 'A sport venue of the Tampere region: its facilities, opening hours and free slots for card holders', simpleResolvers: true })
export class SportVenue {
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'text', array: true })
  @Field(() => [FacilityType])
  facilityTypes: FacilityType[];

  @Column({ type: 'jsonb' })
  @Field(() => [OpeningHours])
  openingHours: OpeningHours[];

  @Column({ type: 'jsonb' })
  @Field(() => [FreeSlot])
  freeSlots: FreeSlot[];

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Accessibility of the facilities' })
  accessibility: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
