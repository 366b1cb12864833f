import { Field, InputType, Int } from 'type-graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * The one voluntary wellbeing question, asked at issue and at renewal: "All things
 * considered, how satisfied are you with your life as a whole these days?" on a 0-10 scale
 * (the OECD single-item life satisfaction question). Leaving the whole input out means the
 * question was not asked or was skipped; consent false with no score means the holder said no.
 */
@InputType({ description: 'Life satisfaction 0-10, only with the holder\'s consent; never readable back, see docs/security.md' })
export class WellbeingAnswerInput {
  @Field(() => Boolean, { description: 'Did the holder agree to answer? An answer without consent is refused' })
  @IsBoolean()
  consent: boolean;

  @Field(() => Int, { nullable: true, description: '0 (not at all satisfied) to 10 (completely satisfied); null: skipped' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  score?: number | null;
}
