import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { CountField, SuppressedCounts, defineExtension, suppressCounts, type KaikuContext } from '@kaiku/subgraph-kit';
import { startStack, type TestStack } from '@kaiku/testing';

const VISITS = 'query($year: Int!) { sportVenuesVisits(year: $year) { facilityType visits suppressed } }';

/** A second extension written as the next one might be: one count through the kit, one past it. */
@ObjectType('TallyCountsRow')
class TallyRow extends SuppressedCounts {
  @Field(() => String)
  name: string;

  @CountField()
  visits: number | null;
}

@Resolver()
class TallyQueries {
  @Query(() => [TallyRow])
  tallyCountsThroughKit(@Ctx() { caller }: KaikuContext): TallyRow[] {
    return suppressCounts([{ name: 'a', visits: 2 }, { name: 'b', visits: 30 }, { name: 'c', visits: 12 }], ['visits'], caller);
  }

  @Query(() => [TallyRow])
  tallyCountsForgotten(): TallyRow[] {
    return [{ name: 'a', visits: 2, suppressed: [] }];
  }
}

const tally = defineExtension(
  { name: 'tally-counts', area: 'oulu', description: 'counts for a test', core: '^0.1.0', port: 4197, extends: [], follows: [] },
  { entities: [], resolvers: [TallyQueries], migrations: [], loaders: () => ({}) },
);

/**
 * An extension's aggregates are suppressed like the core's statistics (docs/security.md):
 * below KAIKU_SUPPRESSION_THRESHOLD (5) a count is null and named in `suppressed`, with a
 * second cell hidden when one hidden cell could be worked out from the total; national admins
 * and analysts see raw counts.
 */
describe('suppressed counts of an extension, through the gateway', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ only: ['areas', 'partners', 'cards', 'tampereen-seutu-sport-venues'], extraModules: [tally] });
    // The visits table is what the extension's cards follower keeps (tests/e2e/extensions shows it
    // counting real uses); here it holds whole years of facts, so the figures are exact.
    await stack.subgraphs['tampereen-seutu-sport-venues'].dataSource.query(
      `INSERT INTO ext_sport_venues.visits (month, facility_type, visits) VALUES
         ('2019-03-01', 'SWIMMING_HALL', 25), ('2019-09-01', 'SWIMMING_HALL', 15), ('2019-05-01', 'GYM', 3), ('2019-06-01', 'ICE_RINK', 7), ('2019-07-01', 'SPORTS_HALL', 0),
         ('2020-02-01', 'SWIMMING_HALL', 30), ('2020-02-01', 'GYM', 2), ('2020-03-01', 'ICE_RINK', 4),
         ('2021-01-01', 'SWIMMING_HALL', 9), ('2021-01-01', 'GYM', 5)`,
    );
  });
  afterAll(() => stack?.stop());

  const raw2019 = [
    { facilityType: 'GYM', visits: 3, suppressed: [] },
    { facilityType: 'ICE_RINK', visits: 7, suppressed: [] },
    { facilityType: 'SPORTS_HALL', visits: 0, suppressed: [] },
    { facilityType: 'SWIMMING_HALL', visits: 40, suppressed: [] },
  ];

  it('hides a small count, and the next smallest so that the total does not give it away, from the public and coordinators', async () => {
    const suppressed2019 = [
      { facilityType: 'GYM', visits: null, suppressed: ['visits'] },
      // 7 is not small, but with it shown GYM would be the year's total minus 7 and 40.
      { facilityType: 'ICE_RINK', visits: null, suppressed: ['visits'] },
      { facilityType: 'SPORTS_HALL', visits: 0, suppressed: [] },
      { facilityType: 'SWIMMING_HALL', visits: 40, suppressed: [] },
    ];
    const coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['tampereen-seutu'] });
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: '00000000-0000-4000-8000-000000000001' });
    for (const token of [undefined, coordinator, staff]) {
      const response = await stack.request(VISITS, { year: 2019 }, { token });
      expect(response.errors).toBeUndefined();
      expect(response.data.sportVenuesVisits).toEqual(suppressed2019);
    }
  });

  it('needs no second cell when two are hidden already, and hides nothing at the threshold', async () => {
    expect((await stack.request(VISITS, { year: 2020 })).data.sportVenuesVisits).toEqual([
      { facilityType: 'GYM', visits: null, suppressed: ['visits'] },
      { facilityType: 'ICE_RINK', visits: null, suppressed: ['visits'] },
      { facilityType: 'SWIMMING_HALL', visits: 30, suppressed: [] },
    ]);
    expect((await stack.request(VISITS, { year: 2021 })).data.sportVenuesVisits).toEqual([
      { facilityType: 'GYM', visits: 5, suppressed: [] },
      { facilityType: 'SWIMMING_HALL', visits: 9, suppressed: [] },
    ]);
  });

  it('shows national admins and analysts the raw counts', async () => {
    for (const role of ['ANALYST', 'NATIONAL_ADMIN'] as const) {
      const response = await stack.request(VISITS, { year: 2019 }, { token: await stack.token({ role }) });
      expect(response.errors).toBeUndefined();
      expect(response.data.sportVenuesVisits).toEqual(raw2019);
    }
  });

  it('gives the next extension the same suppression, and refuses a count that skipped it', async () => {
    const through = await stack.request('{ tallyCountsThroughKit { name visits suppressed } }');
    expect(through.data.tallyCountsThroughKit).toEqual([
      { name: 'a', visits: null, suppressed: ['visits'] },
      { name: 'b', visits: 30, suppressed: [] },
      { name: 'c', visits: null, suppressed: ['visits'] },
    ]);
    const analyst = await stack.token({ role: 'ANALYST' });
    expect((await stack.request('{ tallyCountsThroughKit { visits } }', {}, { token: analyst })).data.tallyCountsThroughKit).toEqual([{ visits: 2 }, { visits: 30 }, { visits: 12 }]);

    // A raw row never reaches the client: the count is an error (masked), not the number.
    const forgotten = await stack.request('{ tallyCountsForgotten { name visits } }');
    expect(forgotten.data?.tallyCountsForgotten?.[0]?.visits ?? null).toBeNull();
    expect(forgotten.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(JSON.stringify(forgotten)).not.toContain('"visits":2');
  });
});
