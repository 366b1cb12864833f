import { Arg, Args, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { BadInputError, DEFAULT_PAGE_SIZE, PageArgs, decodeCursor, isUuid, toConnection, type ConnectionResult } from '@kaiku/subgraph-kit';
import { AreaRef } from '../entities/area-ref';
import { Partner, PartnerRole } from '../entities/partner';
import type { Context } from '../loaders';
import { PartnerConnection } from './partner-directory';

@ObjectType({ description: "Counts of an area's active partners, for its readiness", simpleResolvers: true })
export class PartnerCounts {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Card distributors (issuing units)' })
  distributors: number;

  @Field(() => Int)
  culturePartners: number;

  @Field(() => Int, { description: 'Third-sector partners: the network needs at least one' })
  thirdSector: number;

  @Field(() => Int)
  withSignedAgreement: number;

  @Field(() => Int)
  withPrinciplesAccepted: number;
}

/** Partners adds to the areas subgraph's Area: its partners and their counts. */
@Resolver(() => AreaRef)
export class AreaPartners {
  @FieldResolver(() => PartnerConnection, { description: "The area's partners by Finnish name (the public sees active partners of areas in the network)" })
  async partners(
    @Root() area: AreaRef,
    @Args(() => PageArgs) { first = DEFAULT_PAGE_SIZE, after }: PageArgs,
    @Arg('role', () => PartnerRole, { nullable: true }) role: PartnerRole | undefined,
    @Ctx() { loaders }: Context,
  ): Promise<ConnectionResult<Partner>> {
    let cursor: [string, string] | null = null;
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      if (typeof name !== 'string' || !isUuid(id)) throw new BadInputError('after', 'is not a cursor returned by this list');
      cursor = [name, id];
    }
    const page = await loaders.partnerPageByArea.load({ areaId: area.id, first, after: cursor, role: role ?? null });
    return toConnection(page.rows, first, page.totalCount, (partner) => [partner.name.fi, partner.id]);
  }

  @FieldResolver(() => PartnerCounts, { description: 'Counts of active partners by role, sector and agreement' })
  partnerCounts(@Root() area: AreaRef, @Ctx() { loaders }: Context): Promise<PartnerCounts> {
    return loaders.partnerCountsByArea.load(area.id);
  }
}
