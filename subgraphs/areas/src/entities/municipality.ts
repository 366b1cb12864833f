import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { LocalizedText } from '@kaiku/subgraph-kit';

/** A Finnish municipality (official reference data, loaded from data/municipalities.csv). */
@Entity({ name: 'municipalities' })
@ObjectType({ description: 'A municipality with its official code, region and wellbeing services county' })
export class Municipality {
  @PrimaryColumn({ type: 'text' })
  @Field(() => String, { description: 'Official three-digit code, e.g. "091"' })
  code: string;

  @Column(() => LocalizedText)
  @Field(() => LocalizedText)
  name: LocalizedText;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'Official two-digit region code, e.g. "01"' })
  regionCode: string;

  @Column({ type: 'text', name: 'region_fi' })
  @Field(() => String, { description: 'The region (maakunta) in Finnish' })
  regionName: string;

  @Column({ type: 'text', name: 'wellbeing_county_fi', nullable: true })
  wellbeingCountyFi: string | null;

  @Column({ type: 'text', name: 'wellbeing_county_sv', nullable: true })
  wellbeingCountySv: string | null;
}
