import { stableId } from '@kaiku/subgraph-kit';
import { eventually, startStack, type TestStack } from '@kaiku/testing';

const KALEVA = stableId('partner', 'kalevan-uimahalli');
const THEATRE = stableId('partner', 'hki-kaupunginteatteri');
const MASKED = { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

type Errors = Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;

/** Nothing but the masked message, the code and the path reaches the client. */
function expectMasked(errors: Errors | undefined, paths: Array<Array<string | number>>): void {
  expect(errors).toEqual(paths.map((path) => ({ ...MASKED, path })));
  expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|localhost|http:|ECONNREFUSED|socket|stack|serviceName/);
}

/**
 * A subgraph that does not answer: each field it would have filled comes back null with a
 * masked error whose `path` names it, so a frontend can say "unavailable right now" in the
 * right place and show the rest. The subgraphs are stopped (their ports refuse connections),
 * so every request fails the same way at once: no timing is involved.
 */
describe('errors of a failed subgraph fetch name the missing fields', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ seed: true, only: ['areas', 'partners', 'cards', 'tampereen-seutu-sport-venues'] });
  });
  afterAll(() => stack?.stop());

  it('answers in full while everything is up', async () => {
    // The extension learns which partner is in its area from the partners event log.
    await eventually(async () => {
      const response = await stack.request('query($id: ID!) { partner(id: $id) { id name { fi } sportVenue { facilityTypes } } }', { id: KALEVA });
      expect(response.errors).toBeUndefined();
      expect(response.data.partner.sportVenue).toEqual({ facilityTypes: ['SWIMMING_HALL', 'GYM'] });
    }, 15_000);
  });

  describe('with the sport-venue extension down', () => {
    beforeAll(() => stack.subgraphs['tampereen-seutu-sport-venues'].stop());

    it('names the field of one entity that could not be fetched, and gives the rest', async () => {
      const response = await stack.request('query($id: ID!) { partner(id: $id) { id name { fi } sportVenue { facilityTypes } } }', { id: KALEVA });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ partner: { id: KALEVA, name: { fi: 'Kalevan uimahalli' }, sportVenue: null } });
      expectMasked(response.errors, [['partner', 'sportVenue']]);
    });

    it('names it for every entity of a list, by index, under an alias', async () => {
      const response = await stack.request('{ directory: partners(first: 5) { edges { node { id name { fi } facilities: sportVenue { facilityTypes } } } } }');
      const nodes = response.data.directory.edges.map((edge: { node: { name: { fi: string }; facilities: unknown } }) => edge.node);
      expect(nodes).toHaveLength(5);
      for (const node of nodes) {
        expect(node.name.fi).toEqual(expect.any(String));
        expect(node.facilities).toBeNull();
      }
      expectMasked(response.errors, [0, 1, 2, 3, 4].map((i) => ['directory', 'edges', i, 'node', 'facilities']));
    });
  });

  describe('with cards down', () => {
    let offerId: string;
    beforeAll(async () => {
      const offers = await stack.request('query($id: ID!) { partner(id: $id) { offers { id availability { freePlaces } } } }', { id: THEATRE });
      expect(offers.errors).toBeUndefined();
      offerId = offers.data.partner.offers[0].id;
      await stack.subgraphs.cards.stop();
    });

    it('names the free places of an offer as missing and gives the offer', async () => {
      const response = await stack.request('query($id: ID!) { offer(id: $id) { id title { fi } availability { freePlaces soldOut } } }', { id: offerId });
      expect(response.status).toBe(200);
      expect(response.data.offer).toEqual({ id: offerId, title: { fi: expect.any(String) }, availability: null });
      expectMasked(response.errors, [['offer', 'availability']]);
    });

    it('names them for each offer of a partner, which keeps its name', async () => {
      const response = await stack.request('query($id: ID!) { partner(id: $id) { name { fi } offers { id availability { freePlaces } } } }', { id: THEATRE });
      expect(response.data.partner.name.fi).toBe('Helsingin Kaupunginteatteri');
      const offers = response.data.partner.offers as Array<{ availability: unknown }>;
      expect(offers.length).toBeGreaterThan(0);
      expect(offers.every((offer) => offer.availability === null)).toBe(true);
      expectMasked(response.errors, offers.map((_, i) => ['partner', 'offers', i, 'availability']));
    });
  });

  describe('with partners down', () => {
    beforeAll(() => stack.subgraphs.partners.stop());

    it('names each root field it would have answered, next to the areas that did answer', async () => {
      const response = await stack.request('query($id: ID!) { areas { code } theatre: partner(id: $id) { id name { fi } } offer(id: $id) { id } }', { id: THEATRE });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ areas: expect.arrayContaining([{ code: 'helsinki' }]), theatre: null, offer: null });
      expectMasked(response.errors, [['theatre'], ['offer']]);
    });

    it('names a non-null root field too, though its null takes the whole answer with it (as GraphQL says)', async () => {
      const response = await stack.request('{ areas { code } partnerCategories { code } }');
      expect(response.data ?? null).toBeNull();
      expectMasked(response.errors, [['partnerCategories']]);
    });
  });
});
