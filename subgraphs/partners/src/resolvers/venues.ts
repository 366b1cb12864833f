import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Caller } from '@kaiku/identity';
import { BadInputError, LocalizedText, NotFoundError, isUuid, newId } from '@kaiku/subgraph-kit';
import { partnerForChange } from '../access';
import { Partner } from '../entities/partner';
import { Coordinates, Venue } from '../entities/venue';
import type { Context } from '../loaders';
import { publishPartnerEvent } from '../snapshot';
import { VenueInput } from './inputs/partner-inputs';
import { localized } from './partner-admin';

function venueColumns(input: VenueInput): Omit<Venue, 'id' | 'partnerId' | 'createdAt'> {
  if ((input.latitude === undefined || input.latitude === null) !== (input.longitude === undefined || input.longitude === null)) {
    throw new BadInputError(input.latitude === undefined || input.latitude === null ? 'latitude' : 'longitude', 'give both latitude and longitude, or neither');
  }
  const streetAddress = input.streetAddress.trim();
  if (!streetAddress) throw new BadInputError('streetAddress', 'must not be empty');
  return {
    name: (input.name ? localized('name', input.name) : { fi: null, sv: null, en: null }) as never,
    streetAddress,
    postalCode: input.postalCode ?? null,
    municipalityCode: input.municipalityCode,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
  };
}

/** The venue and its partner, once the caller may change that partner. */
async function venueForChange(manager: EntityManager, caller: Caller, venueId: string): Promise<{ venue: Venue; partner: Partner }> {
  const venue = isUuid(venueId) ? await manager.findOne(Venue, { where: { id: venueId } }) : null;
  if (!venue) throw new NotFoundError('Venue', 'id');
  return { venue, partner: await partnerForChange(manager, caller, venue.partnerId, false) };
}

@Resolver(() => Venue)
export class Venues {
  @FieldResolver(() => LocalizedText, { nullable: true, description: 'The venue\'s own name, when it has one' })
  name(@Root() venue: Venue): LocalizedText | null {
    return venue.name?.fi ? venue.name : null;
  }

  @FieldResolver(() => Coordinates, { nullable: true })
  location(@Root() venue: Venue): Coordinates | null {
    return venue.latitude !== null && venue.longitude !== null ? { latitude: venue.latitude, longitude: venue.longitude } : null;
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Venue, { description: 'Adds a venue to a partner' })
  async addVenue(@Arg('partnerId', () => ID) partnerId: string, @Arg('input', () => VenueInput) input: VenueInput, @Ctx() { dataSource, caller }: Context): Promise<Venue> {
    const columns = venueColumns(input);
    return dataSource.transaction(async (manager) => {
      const partner = await partnerForChange(manager, caller, partnerId, false);
      const venue = manager.create(Venue, { id: newId(), partnerId: partner.id, ...columns });
      await manager.insert(Venue, venue);
      await publishPartnerEvent(manager, 'PartnerUpdated', partner);
      return venue;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Venue, { description: 'Replaces a venue\'s details' })
  async updateVenue(@Arg('id', () => ID) id: string, @Arg('input', () => VenueInput) input: VenueInput, @Ctx() { dataSource, caller }: Context): Promise<Venue> {
    const columns = venueColumns(input);
    return dataSource.transaction(async (manager) => {
      const { venue, partner } = await venueForChange(manager, caller, id);
      Object.assign(venue, columns);
      await manager.update(Venue, { id: venue.id }, columns as never);
      await publishPartnerEvent(manager, 'PartnerUpdated', partner);
      return venue;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Partner, { description: 'Removes a venue; returns its partner' })
  async removeVenue(@Arg('id', () => ID) id: string, @Ctx() { dataSource, caller }: Context): Promise<Partner> {
    return dataSource.transaction(async (manager) => {
      const { venue, partner } = await venueForChange(manager, caller, id);
      await manager.delete(Venue, { id: venue.id });
      await publishPartnerEvent(manager, 'PartnerUpdated', partner);
      return partner;
    });
  }
}
