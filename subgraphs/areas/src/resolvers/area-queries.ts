import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Area, AreaStatus } from '../entities/area';
import type { Context } from '../loaders';

@Resolver(() => Area)
export class AreaQueries {
  @Query(() => [Area], { description: 'Areas of the network, optionally with one status, by Finnish name' })
  async areas(
    @Arg('status', () => AreaStatus, { nullable: true }) status: AreaStatus | undefined,
    @Ctx() { dataSource, loaders }: Context,
  ): Promise<Area[]> {
    const areas = await dataSource.getRepository(Area).find({
      where: status ? { status } : {},
      order: { name: { fi: 'ASC' }, code: 'ASC' },
    });
    // Nested fields (contact-detail checks) look areas up by id: they are known already.
    for (const area of areas) loaders.areaById.prime(area.id, area);
    return areas;
  }

  @Query(() => Area, { nullable: true, description: 'One area by its code' })
  async area(@Arg('code', () => String) code: string, @Ctx() { dataSource, loaders }: Context): Promise<Area | null> {
    const area = await dataSource.getRepository(Area).findOne({ where: { code: code.trim().toLowerCase() } });
    if (area) loaders.areaById.prime(area.id, area);
    return area;
  }
}
