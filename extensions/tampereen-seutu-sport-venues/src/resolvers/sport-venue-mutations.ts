import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { canActForArea, canActForPartner, hasRole } from '@kaiku/identity';
import { BadInputError, ForbiddenError, NotFoundError, isUuid } from '@kaiku/subgraph-kit';
import manifest from '../../kaiku-extension.json';
import { FacilityType, FreeSlot, OpeningHours, SportVenue } from '../entities/sport-venue';
import { Partner } from '../entities/partner';
import type { Context } from '../loaders';

@InputType()
export class SportVenueInput {
  @Field(() => [FacilityType])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  facilityTypes: FacilityType[];

  @Field(() => [OpeningHours])
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  openingHours: OpeningHours[];

  @Field(() => [FreeSlot])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  freeSlots: FreeSlot[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  accessibility?: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkTimes(input: SportVenueInput): void {
  input.openingHours.forEach((hours, i) => {
    if (!TIME.test(hours.opens) || !TIME.test(hours.closes) || hours.opens >= hours.closes) {
      throw new BadInputError(`openingHours[${i}]`, 'opens and closes are HH:MM, opening before closing');
    }
  });
  input.freeSlots.forEach((slot, i) => {
    if (!TIME.test(slot.starts) || !TIME.test(slot.ends) || slot.starts >= slot.ends) {
      throw new BadInputError(`freeSlots[${i}]`, 'starts and ends are HH:MM, start before end');
    }
    if (!Number.isInteger(slot.places) || slot.places < 1 || slot.places > 500) throw new BadInputError(`freeSlots[${i}].places`, 'must be 1-500');
    if (!input.facilityTypes.includes(slot.facilityType)) throw new BadInputError(`freeSlots[${i}].facilityType`, 'must be one of the venue\'s facility types');
  });
}

@Resolver()
export class SportVenueMutations {
  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR', 'PARTNER_STAFF')
  @Mutation(() => Partner, { description: "Sets a partner's sport facilities (partners of the Tampere region only)" })
  async sportVenuesSetVenue(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('input', () => SportVenueInput) input: SportVenueInput,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Partner> {
    const allowed = hasRole(caller, 'NATIONAL_ADMIN') || canActForArea(caller, 'AREA_COORDINATOR', manifest.area) || canActForPartner(caller, 'PARTNER_STAFF', partnerId);
    if (!allowed) throw new ForbiddenError(`Only ${manifest.area} coordinators or the partner's staff can do this`);
    checkTimes(input);
    const [known] = isUuid(partnerId)
      ? await dataSource.query(
          'SELECT a.code FROM ext_sport_venues.partner_areas p JOIN ext_sport_venues.known_areas a ON a.area_id = p.area_id WHERE p.partner_id = $1',
          [partnerId],
        )
      : [];
    if (!known) throw new NotFoundError('Partner', 'partnerId');
    if (known.code !== manifest.area) throw new BadInputError('partnerId', `is a partner of ${known.code}; this extension covers ${manifest.area} only`);
    await dataSource.getRepository(SportVenue).upsert(
      {
        partnerId,
        facilityTypes: [...new Set(input.facilityTypes)],
        openingHours: input.openingHours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
        freeSlots: input.freeSlots.map(({ weekday, starts, ends, facilityType, places }) => ({ weekday, starts, ends, facilityType, places })),
        accessibility: input.accessibility ?? null,
      },
      ['partnerId'],
    );
    return { id: partnerId };
  }
}
