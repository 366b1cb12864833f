import { Column } from 'typeorm';
import { Directive, Field, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsString, Length } from 'class-validator';

export type Language = 'fi' | 'sv' | 'en';

/**
 * A text in Finnish (required), Swedish and English. Shared by every subgraph as a value
 * type; as a TypeORM embedded column it becomes `<prop>_fi`, `<prop>_sv`, `<prop>_en`.
 */
@ObjectType({ description: 'Text in Finnish, Swedish and English; Finnish is always present' })
@Directive('@shareable')
export class LocalizedText {
  @Field(() => String)
  @Column({ type: 'text' })
  fi: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  sv: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  en: string | null;
}

@InputType()
export class LocalizedTextInput {
  @Field(() => String)
  @IsString()
  @Length(1, 2000)
  fi: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  sv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  en?: string | null;
}

/** Picks the caller's language, falling back to Finnish. */
export function localize(text: { fi: string; sv?: string | null; en?: string | null }, language: Language): string {
  return text[language] ?? text.fi;
}
