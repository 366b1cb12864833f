import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';
import { Area, AreaStatistics, NationalStatistics } from '../entities/statistics-types';
import { checkPeriod, sumTotals, totalsByArea } from '../figures';
import type { Context } from '../loaders';

@Resolver()
export class NationalStatisticsResolver {
  @Authorized('NATIONAL_ADMIN', 'ANALYST')
  @Query(() => NationalStatistics, { description: 'Figures for the whole network in a period' })
  async nationalStatistics(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() { dataSource }: Context,
  ): Promise<NationalStatistics> {
    checkPeriod({ from, to });
    const byArea = await totalsByArea(dataSource.manager, { from, to }, null);
    return {
      from,
      to,
      totals: sumTotals(byArea.values()),
      byArea: [...byArea].map(([areaId, totals]) => ({ area: { id: areaId }, from, to, totals })),
    };
  }
}

@Resolver(() => Area)
export class AreaStatisticsResolver {
  @Authorized('NATIONAL_ADMIN', 'ANALYST')
  @FieldResolver(() => AreaStatistics, { description: "The area's figures for a period" })
  async statistics(
    @Root() area: Area,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() { loaders }: Context,
  ): Promise<AreaStatistics> {
    checkPeriod({ from, to });
    return { area, from, to, totals: await loaders.areaTotals.load({ areaId: area.id, from, to }) };
  }
}
