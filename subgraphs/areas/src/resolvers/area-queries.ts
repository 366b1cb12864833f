import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Area, AreaStatus } from '../entities/area';
import type { Context } from '../loaders';

@Resolver(() => Area)
export class AreaQueries {
  @Query(() => [Area], { description: 'Areas of the network, optionally with one status, by Finnish name' })
  async areas(
    @Arg('status', () => AreaStatus, { nullable: true }) status: AreaStatus | undefined,
    @Ctx() { dataSource }: Context,
  ): Promise<Area[]> {
    return dataSource.getRepository(Area).find({
      where: status ? { status } : {},
      order: { name: { fi: 'ASC' }, code: 'ASC' },
    });
  }

  @Query(() => Area, { nullable: true, description: 'One area by its code' })
  async area(@Arg('code', () => String) code: string, @Ctx() { dataSource }: Context): Promise<Area | null> {
    return dataSource.getRepository(Area).findOne({ where: { code: code.trim().toLowerCase() } });
  }
}
