import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalizedText } from '@kaiku/subgraph-kit';

@ObjectType({ description: 'WGS84 coordinates', simpleResolvers: true })
export class Coordinates {
  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;
}

/** A place where a partner receives card holders. */
@Entity({ name: 'venues' })
@ObjectType({ description: 'A place where a partner receives card holders', simpleResolvers: true })
export class Venue {
  @PrimaryColumn({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  /** Optional; `fi` is null when the venue has no name of its own. */
  @Column(() => LocalizedText)
  name: LocalizedText;

  @Column({ type: 'text' })
  @Field(() => String)
  streetAddress: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'Official three-digit municipality code, e.g. 091 for Helsinki' })
  municipalityCode: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
