import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { LocalizedText } from '@kaiku/subgraph-kit';

/** A category of the taxonomy: a top level use category (CULTURE...) or a kind of venue under it. */
@Entity({ name: 'categories' })
@ObjectType('PartnerCategory', { description: 'A category of what partners offer', simpleResolvers: true })
export class Category {
  @PrimaryColumn({ type: 'text' })
  @Field(() => String, { description: 'e.g. CULTURE or culture.theatre' })
  code: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The top category; null for a top category' })
  parentCode: string | null;

  @Column(() => LocalizedText)
  @Field(() => LocalizedText)
  name: LocalizedText;
}

/** Which categories a partner is in. */
@Entity({ name: 'partner_categories' })
export class PartnerCategoryLink {
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @PrimaryColumn({ type: 'text' })
  categoryCode: string;
}
