import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { canActForArea, hasRole } from '@kaiku/identity';
import { BadInputError, ForbiddenError, NotFoundError } from '@kaiku/subgraph-kit';
import { AreaCardRules, AreaFact } from '../entities/facts';
import { DEFAULT_RULES } from '../domain/card-rules';
import type { Context } from '../loaders';

@ObjectType({ description: "An area's card rules (national defaults unless the area set its own)", simpleResolvers: true })
export class CardRules {
  @Field(() => String)
  areaCode: string;

  @Field(() => Int, { description: 'How long a new or renewed card is valid' })
  validityMonths: number;

  @Field(() => Int, { description: 'How many days back a venue may date a use' })
  backdateDays: number;
}

@Resolver()
export class CardRulesResolver {
  @Query(() => CardRules, { description: "The card rules of an area" })
  async cardRules(@Arg('areaCode', () => String) areaCode: string, @Ctx() { dataSource }: Context): Promise<CardRules> {
    const area = await dataSource.getRepository(AreaFact).findOne({ where: { code: areaCode.trim().toLowerCase() } });
    if (!area) throw new NotFoundError('Area', 'areaCode');
    const rules = await dataSource.getRepository(AreaCardRules).findOne({ where: { areaId: area.areaId } });
    return { areaCode: area.code, ...(rules ?? DEFAULT_RULES) };
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => CardRules, { description: "Sets an area's card validity and back-dating window" })
  async setCardRules(
    @Arg('areaCode', () => String) areaCode: string,
    @Arg('validityMonths', () => Int) validityMonths: number,
    @Arg('backdateDays', () => Int) backdateDays: number,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<CardRules> {
    if (!Number.isInteger(validityMonths) || validityMonths < 1 || validityMonths > 60) throw new BadInputError('validityMonths', 'must be 1-60');
    if (!Number.isInteger(backdateDays) || backdateDays < 0 || backdateDays > 366) throw new BadInputError('backdateDays', 'must be 0-366');
    const code = areaCode.trim().toLowerCase();
    if (!hasRole(caller, 'NATIONAL_ADMIN') && !canActForArea(caller, 'AREA_COORDINATOR', code)) throw new ForbiddenError('Only the area\'s coordinators can set its card rules');
    const area = await dataSource.getRepository(AreaFact).findOne({ where: { code } });
    if (!area) throw new NotFoundError('Area', 'areaCode');
    await dataSource.getRepository(AreaCardRules).upsert({ areaId: area.areaId, validityMonths, backdateDays }, ['areaId']);
    return { areaCode: code, validityMonths, backdateDays };
  }
}
