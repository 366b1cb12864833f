import { Arg, Ctx, Field, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { BadInputError, CountField, SuppressedCounts, suppressCounts } from '@kaiku/subgraph-kit';
import manifest from '../../kaiku-extension.json';
import { FacilityType, Weekday } from '../entities/sport-venue';
import type { Context } from '../loaders';
import { Partner } from '../entities/partner';

@InputType({ description: 'Filters for sportVenues; all given must match' })
export class SportVenueFilter {
  @Field(() => FacilityType, { nullable: true })
  @IsOptional()
  facilityType?: FacilityType;

  @Field(() => Weekday, { nullable: true, description: 'Has a free slot for card holders on this weekday' })
  @IsOptional()
  freeOn?: Weekday;
}

/** Visits are published counts: suppressed like the core's statistics (see the kit's suppressCounts). */
@ObjectType({ description: 'Card uses at the sport venues of one facility type' })
export class FacilityVisits extends SuppressedCounts {
  @Field(() => FacilityType)
  facilityType: FacilityType;

  @CountField({ description: 'Card uses in the year' })
  visits: number | null;
}

@Resolver()
export class SportVenueQueries {
  @Query(() => [Partner], { description: 'Sport venues of the Tampere region, as partners (their names, venues and offers are on Partner)' })
  async sportVenues(
    @Arg('filter', () => SportVenueFilter, { nullable: true }) filter: SportVenueFilter | undefined,
    @Ctx() { dataSource }: Context,
  ): Promise<Partner[]> {
    const rows: Array<{ partner_id: string }> = await dataSource.query(
      `SELECT v.partner_id FROM ext_sport_venues.sport_venues v
         JOIN ext_sport_venues.partner_areas p ON p.partner_id = v.partner_id
         JOIN ext_sport_venues.known_areas a ON a.area_id = p.area_id AND a.code = $1
        WHERE ($2::text IS NULL OR $2 = ANY(v.facility_types))
          AND ($3::text IS NULL OR v.free_slots @> jsonb_build_array(jsonb_build_object('weekday', $3::text)))
        ORDER BY v.partner_id`,
      [manifest.area, filter?.facilityType ?? null, filter?.freeOn ?? null],
    );
    return rows.map((row) => ({ id: row.partner_id }));
  }

  @Query(() => [FacilityVisits], {
    description: "Card uses at the area's sport venues in a year, per facility type; small counts are suppressed unless NATIONAL_ADMIN or ANALYST",
  })
  async sportVenuesVisits(
    @Arg('year', () => Int) year: number,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<FacilityVisits[]> {
    if (!Number.isInteger(year) || year < 2015 || year > 2100) throw new BadInputError('year', 'must be a year from 2015 on');
    const rows: Array<{ facilityType: FacilityType; visits: number }> = await dataSource.query(
      `SELECT facility_type AS "facilityType", sum(visits)::int AS visits FROM ext_sport_venues.visits
        WHERE month >= make_date($1, 1, 1) AND month < make_date($1 + 1, 1, 1) GROUP BY facility_type ORDER BY facility_type`,
      [year],
    );
    return suppressCounts(rows, ['visits'], caller);
  }
}
