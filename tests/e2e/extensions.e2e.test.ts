import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { breakingChanges, composePlatform } from '@kaiku/cli/src/compose';
import { loadServices } from '@kaiku/cli/src/platform';
import { IssueCardDocument, RegisterCardUseDocument } from '@kaiku/client';
import { defineExtension, stableId } from '@kaiku/subgraph-kit';
import { errorCode, eventLogApplied, eventually, finnishYear, startStack, type TestStack } from '@kaiku/testing';
import { areaId, publishPartner } from './cards-support';

const KALEVA = stableId('partner', 'kalevan-uimahalli');
const TAMPERE_THEATRE = stableId('partner', 'tampereen-teatteri');
const HELSINKI_THEATRE = stableId('partner', 'hki-kaupunginteatteri');
const TAMPERE_UNIT = stableId('partner', 'tampereen-mielenterveysseura');

const SET_VENUE = `mutation($partnerId: ID!, $input: SportVenueInput!) {
  sportVenuesSetVenue(partnerId: $partnerId, input: $input) { id sportVenue { facilityTypes freeSlots { weekday places } } }
}`;

/** [6/7] the Tampere sport-venue extension through the gateway, and the rules that protect the core. */
describe('area extensions', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await eventually(async () => {
      const [{ count }] = await stack.subgraphs['tampereen-seutu-sport-venues'].dataSource.query('SELECT count(*)::int AS count FROM ext_sport_venues.partner_areas');
      expect(count).toBeGreaterThan(10);
    }, 15_000);
  });
  afterAll(() => stack?.stop());

  it('adds Partner.sportVenue to the directory across the whole graph, null outside its area', async () => {
    const response = await stack.request('{ partners(first: 100) { edges { node { id name { fi } sportVenue { facilityTypes openingHours { weekday opens } accessibility } } } } }');
    expect(response.errors).toBeUndefined();
    const nodes = response.data.partners.edges.map((edge: { node: { id: string; sportVenue: unknown } }) => edge.node);
    const kaleva = nodes.find((node: { id: string }) => node.id === KALEVA);
    expect(kaleva.sportVenue.facilityTypes).toEqual(['SWIMMING_HALL', 'GYM']);
    expect(kaleva.sportVenue.openingHours).toContainEqual({ weekday: 'MONDAY', opens: '06:00' });
    expect(nodes.filter((node: { sportVenue: unknown }) => node.sportVenue !== null)).toHaveLength(1);
  });

  it('answers sportVenues with filters', async () => {
    const query = 'query($f: SportVenueFilter) { sportVenues(filter: $f) { id name { fi } } }';
    expect((await stack.request(query, { f: { facilityType: 'SWIMMING_HALL' } })).data.sportVenues).toEqual([{ id: KALEVA, name: { fi: 'Kalevan uimahalli' } }]);
    expect((await stack.request(query, { f: { freeOn: 'TUESDAY' } })).data.sportVenues).toHaveLength(1);
    expect((await stack.request(query, { f: { freeOn: 'SUNDAY' } })).data.sportVenues).toEqual([]);
    expect((await stack.request(query, { f: { facilityType: 'ICE_RINK' } })).data.sportVenues).toEqual([]);
  });

  it('validates its own mutations like the core and keeps to its area', async () => {
    const coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['tampereen-seutu'] });
    const input = {
      facilityTypes: ['SPORTS_HALL'],
      openingHours: [{ weekday: 'MONDAY', opens: '08:00', closes: '20:00' }],
      freeSlots: [{ weekday: 'FRIDAY', starts: '10:00', ends: '11:00', facilityType: 'SPORTS_HALL', places: 12 }],
    };
    const ok = await stack.request(SET_VENUE, { partnerId: TAMPERE_THEATRE, input }, { token: coordinator });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.sportVenuesSetVenue.sportVenue).toEqual({ facilityTypes: ['SPORTS_HALL'], freeSlots: [{ weekday: 'FRIDAY', places: 12 }] });

    const elsewhere = await stack.request(SET_VENUE, { partnerId: HELSINKI_THEATRE, input }, { token: await stack.token({ role: 'NATIONAL_ADMIN' }) });
    expect(errorCode(elsewhere)).toBe('BAD_USER_INPUT');
    expect(elsewhere.errors![0].message).toContain('tampereen-seutu only');
    const backwards = await stack.request(SET_VENUE, { partnerId: TAMPERE_THEATRE, input: { ...input, openingHours: [{ weekday: 'MONDAY', opens: '20:00', closes: '08:00' }] } }, { token: coordinator });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.request(SET_VENUE, { partnerId: TAMPERE_THEATRE, input: { ...input, facilityTypes: [] } }, { token: coordinator }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.request(SET_VENUE, { partnerId: randomUUID(), input }, { token: coordinator }))).toBe('NOT_FOUND');
    const helsinkiCoordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['helsinki'] });
    expect(errorCode(await stack.request(SET_VENUE, { partnerId: TAMPERE_THEATRE, input }, { token: helsinkiCoordinator }))).toBe('FORBIDDEN');
    expect(errorCode(await stack.request(SET_VENUE, { partnerId: TAMPERE_THEATRE, input }))).toBe('UNAUTHENTICATED');
  });

  it('follows CardUseRecorded with its own cursor: visits per facility type', async () => {
    await eventually(async () => {
      const [{ count }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.area_facts');
      expect(count).toBeGreaterThanOrEqual(8);
    });
    await publishPartner(stack, { partnerId: KALEVA, areaId: areaId('tampereen-seutu'), roles: ['CULTURE_PARTNER'], principlesVersion: '2024-1' });
    const unit = await stack.token({ role: 'DISTRIBUTOR', partnerId: TAMPERE_UNIT });
    const card = (await stack.request(IssueCardDocument, { input: { distributorId: TAMPERE_UNIT, birthYear: 1990, postcode: '33100', children: 0 } }, { token: unit })).data!.issueCard;
    const year = finnishYear();
    // An analyst sees raw counts (small ones are suppressed for others: tests/e2e/extension-suppression).
    const analyst = await stack.token({ role: 'ANALYST' });
    const visits = async () => (await stack.request('query($y: Int!) { sportVenuesVisits(year: $y) { facilityType visits } }', { y: year }, { token: analyst })).data.sportVenuesVisits;
    // Let the extension finish the cards log so far (the demo's uses), then count one more.
    await eventLogApplied(stack, { stream: 'cards', subgraph: 'tampereen-seutu-sport-venues', cursorSchema: 'ext_sport_venues', name: 'sport-venues-cards' });
    const before = (await visits()).find((row: { facilityType: string }) => row.facilityType === 'SWIMMING_HALL')?.visits ?? 0;
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: KALEVA });
    const use = await stack.request(RegisterCardUseDocument, { input: { cardNumber: card.number, partnerId: KALEVA, category: 'SPORT', adultTickets: 1, idempotencyKey: randomUUID() } }, { token: staff });
    expect(use.errors).toBeUndefined();
    await eventually(async () => expect(await visits()).toContainEqual({ facilityType: 'SWIMMING_HALL', visits: before + 1 }));
  });

  describe('the rules at compose', () => {
    @ObjectType('Partner')
    @Directive('@key(fields: "id")')
    class RudePartner {
      @Field(() => ID)
      id: string;

      @Field(() => String)
      website: string;
    }

    @ObjectType('PageInfo')
    class RudePageInfo {
      @Field(() => Boolean)
      hasMore: boolean;
    }

    @Resolver()
    class RudeQueries {
      @Query(() => [RudePartner])
      allPartners(): RudePartner[] {
        return [];
      }

      @Query(() => RudePageInfo)
      rudeThingsPage(): RudePageInfo {
        return { hasMore: false };
      }
    }

    const rude = defineExtension(
      { name: 'rude-things', area: 'oulu', description: 'breaks every rule', core: '^0.1.0', port: 4199, extends: [], follows: [] },
      { entities: [], resolvers: [RudeQueries], migrations: [], loaders: () => ({}), references: { Partner: (reference) => reference } },
    );

    it('refuses an extension that breaks the rules, naming the extension, type, field and rule, and keeps the rest', async () => {
      const result = await composePlatform([...loadServices().map((service) => service.module), rude]);
      expect(result.included).toContain('tampereen-seutu-sport-venues');
      expect(result.included).not.toContain('oulu-rude-things');
      const reasons = result.refused.find((refusal) => refusal.extension === 'oulu-rude-things')!.reasons;
      expect(reasons).toEqual(
        expect.arrayContaining([
          'extension oulu-rude-things: Query.allPartners: root fields of this extension must start with "rudeThings"',
          'extension oulu-rude-things: Partner: extends a core entity that its manifest does not list under "extends"',
          'extension oulu-rude-things: Partner.website: redefines a core field (an extension may only add new fields)',
          'extension oulu-rude-things: PageInfo: takes the name of a core type (choose a name of its own)',
        ]),
      );
      expect(reasons.some((reason) => reason.includes('rudeThingsPage'))).toBe(false);
    });

    it('refuses an extension written for another core version', async () => {
      const future = defineExtension(
        { name: 'from-the-future', area: 'oulu', description: 'needs core 2', core: '^2.0.0', port: 4198, extends: [], follows: [] },
        { entities: [], resolvers: [RudeQueries], migrations: [], loaders: () => ({}) },
      );
      const result = await composePlatform([...loadServices().map((service) => service.module), future]);
      expect(result.refused).toEqual([{ extension: 'oulu-from-the-future', reasons: ['extension oulu-from-the-future: manifest.core: needs core ^2.0.0, but this core is 0.1.0'] }]);
    });

    it('reports a breaking change against the previous supergraph', async () => {
      const previous = 'type Query { partners: [String!]! sportVenues: [String!]! }';
      const next = 'type Query { partners: [String!]! }';
      expect(breakingChanges(previous, next)).toEqual(['FIELD_REMOVED: Query.sportVenues was removed.']);
      expect(breakingChanges(next, previous)).toEqual([]);
    });
  });
});
