import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { Brackets } from 'typeorm';
import {
  ConnectionType,
  DEFAULT_PAGE_SIZE,
  PageArgs,
  decodeCursor,
  toConnection,
  type ConnectionResult,
} from '@kaiku/subgraph-kit';
import { AreaRef } from '../entities/area-ref';
import { Partner, PartnerRole, PartnerSector } from '../entities/partner';
import type { Context } from '../loaders';

@InputType({ description: 'Directory filters; all given filters must match' })
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: 'Code of the home area, e.g. "helsinki"' })
  @IsOptional()
  @Length(1, 64)
  areaCode?: string;

  @Field(() => PartnerRole, { nullable: true })
  @IsOptional()
  role?: PartnerRole;

  @Field(() => PartnerSector, { nullable: true })
  @IsOptional()
  sector?: PartnerSector;

  @Field(() => String, { nullable: true, description: 'Words in the name, in any of the three languages' })
  @IsOptional()
  @Length(1, 200)
  search?: string;
}

@ObjectType()
export class PartnerConnection extends ConnectionType('Partner', Partner) {}

@Resolver(() => Partner)
export class PartnerDirectory {
  @Query(() => PartnerConnection, { description: 'The public partner directory, by Finnish name' })
  async partners(
    @Arg('filter', () => PartnerFilter, { nullable: true }) filter: PartnerFilter | undefined,
    @Args(() => PageArgs) { first = DEFAULT_PAGE_SIZE, after }: PageArgs,
    @Ctx() { dataSource }: Context,
  ): Promise<ConnectionResult<Partner>> {
    const query = dataSource.getRepository(Partner).createQueryBuilder('p').where('p.active');
    if (filter?.areaCode !== undefined) {
      query.andWhere('p.area_id IN (SELECT a.id FROM partners.known_areas a WHERE a.code = :areaCode)', {
        areaCode: filter.areaCode.trim().toLowerCase(),
      });
    }
    if (filter?.role) query.andWhere(':role = ANY(p.roles)', { role: filter.role });
    if (filter?.sector) query.andWhere('p.sector = :sector', { sector: filter.sector });
    if (filter?.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((q) => q.where('p.name_fi ILIKE :pattern').orWhere('p.name_sv ILIKE :pattern').orWhere('p.name_en ILIKE :pattern')),
        { pattern },
      );
    }
    const totalCount = await query.getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(p.name_fi, p.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('p.name_fi', 'ASC').addOrderBy('p.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (partner) => [partner.name.fi, partner.id]);
  }

  @Query(() => Partner, { nullable: true })
  async partner(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(id);
  }

  @FieldResolver(() => AreaRef, { description: 'The home area' })
  area(@Root() partner: Partner): AreaRef {
    return { id: partner.areaId };
  }
}
