import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';
import { assertMayReadPartner, seesRawCounts } from '../access';
import { Partner, PartnerStatistics } from '../entities/statistics-types';
import { checkPeriod } from '../figures';
import { presentCategories, presentTotals } from '../presenters';
import type { Context } from '../loaders';

@Resolver(() => Partner)
export class PartnerStatisticsResolver {
  @FieldResolver(() => PartnerStatistics, { description: "The partner's figures for a period: as a venue and as an issuing unit" })
  async statistics(
    @Root() partner: Partner,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() { caller, loaders }: Context,
  ): Promise<PartnerStatistics> {
    assertMayReadPartner(caller, partner.id);
    checkPeriod({ from, to });
    const suppress = !seesRawCounts(caller);
    const figures = await loaders.partnerFigures.load({ partnerId: partner.id, from, to });
    return {
      partner,
      from,
      to,
      asVenue: {
        totals: presentTotals(figures.venue, suppress, ['uses', 'adultTickets', 'childTickets', 'coursePlaces']),
        byCategory: presentCategories(figures.venueByCategory, suppress),
      },
      asIssuer: presentTotals(figures.issuer, suppress),
    };
  }
}
