import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Partner } from '../entities/partner';
import { SportVenue } from '../entities/sport-venue';
import type { Context } from '../loaders';

@Resolver(() => Partner)
export class SportVenueFields {
  @FieldResolver(() => SportVenue, { nullable: true, description: 'Sport facilities (Tampere region only; null elsewhere)' })
  sportVenue(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<SportVenue | null> {
    return loaders.venueByPartnerId.load(partner.id);
  }
}
