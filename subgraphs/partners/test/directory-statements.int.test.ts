import { startStack, type TestStack } from '@kaiku/testing';

// The same selection as PartnerDirectoryFull in packages/client/operations/partners.graphql.
const directory = (offerFields: string) => `query($first: Int) { partners(first: $first) { totalCount edges { node {
  id name { fi sv en } roles sector website accessibility { fi } area { id code status }
  categories { code parentCode name { fi sv en } }
  venues { id streetAddress postalCode municipalityCode location { latitude longitude } }
  offers { id kind category title { fi } cap { kind amount percent capacity } ${offerFields} }
  contacts { name email phone } } } } }`;
const DIRECTORY = directory('');
// Free places today of every offer: partners gives the cap and performances, cards the places taken.
const WITH_FREE_PLACES = directory('availability { freePlaces cap taken soldOut reason event { id capacity } }');

/**
 * No N+1: a directory page of 100 partners with area, categories, venues, offers (with their
 * free places today) and contacts takes exactly as many SQL statements as a page of 10, in
 * partners and in all subgraphs.
 * Workers are off so that no follower's poll runs between the counts.
 */
describe('partners directory: statements per page', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ only: ['partners', 'areas', 'cards'], seed: true, workers: false });
    const db = stack.subgraphs.partners.dataSource;
    // What the areas follower would have learnt from the areas event log.
    await db.query(`INSERT INTO partners.known_areas (id, code, status, local_only)
      SELECT DISTINCT ON (payload->>'areaId') (payload->>'areaId')::uuid, payload->>'code', payload->>'status', coalesce((payload->>'localOnly')::boolean, false)
        FROM areas.event_log ORDER BY payload->>'areaId', id DESC ON CONFLICT (id) DO NOTHING`);
    // 60 more partners in Helsinki, each with a venue, two categories and an offer.
    await db.query(`INSERT INTO partners.partners (id, name_fi, name_sv, name_en, area_id, roles, sector, active)
      SELECT gen_random_uuid(), 'Aaa testikumppani ' || lpad(n::text, 3, '0'), 'Testpartner ' || n, 'Test partner ' || n,
             (SELECT id FROM partners.known_areas WHERE code = 'helsinki'), ARRAY['CULTURE_PARTNER'], 'PUBLIC', true
        FROM generate_series(1, 60) n`);
    await db.query(`INSERT INTO partners.venues (id, partner_id, street_address, municipality_code, latitude, longitude)
      SELECT gen_random_uuid(), id, 'Testikatu 1', '091', 60.17, 24.94 FROM partners.partners WHERE name_fi LIKE 'Aaa testikumppani%'`);
    await db.query(`INSERT INTO partners.partner_categories (partner_id, category_code)
      SELECT id, c FROM partners.partners, unnest(ARRAY['culture.theatre', 'culture.concert']) c WHERE name_fi LIKE 'Aaa testikumppani%'`);
    await db.query(`INSERT INTO partners.offers (id, partner_id, title_fi, kind, category, valid_from, valid_until, cap_kind, cap_amount)
      SELECT gen_random_uuid(), id, 'Näytökset', 'TICKET', 'culture.theatre', '2024-01-01', '2099-12-31', 'PER_EVENT', 5
        FROM partners.partners WHERE name_fi LIKE 'Aaa testikumppani%'`);
    // A performance today for each, so that free places count a performance's seats too.
    await db.query(`INSERT INTO partners.offer_events (id, offer_id, starts_on, capacity)
      SELECT gen_random_uuid(), o.id, (now() AT TIME ZONE 'Europe/Helsinki')::date, 200
        FROM partners.offers o JOIN partners.partners p ON p.id = o.partner_id WHERE p.name_fi LIKE 'Aaa testikumppani%'`);
  });
  afterAll(() => stack?.stop());

  async function statementsFor(first: number, token?: string, query = DIRECTORY): Promise<{ partners: number; all: number; edges: number }> {
    const partnersBefore = stack.subgraphs.partners.statementCount();
    const allBefore = stack.statementCount();
    const response = await stack.request(query, { first }, { token });
    expect(response.errors).toBeUndefined();
    const edges = response.data!.partners.edges;
    expect(edges.every((edge: { node: { venues: unknown[]; area: { code: string } } }) => edge.node.venues.length > 0 && edge.node.area.code)).toBe(true);
    return { partners: stack.subgraphs.partners.statementCount() - partnersBefore, all: stack.statementCount() - allBefore, edges: edges.length };
  }

  it.each([
    ['anonymous', undefined],
    ['a national admin (contacts too)', 'admin'],
  ])('pages of 10 and 100 take the same statements for %s', async (_who, who) => {
    const token = who ? await stack.token({ role: 'NATIONAL_ADMIN' }) : undefined;
    await statementsFor(5, token); // warm-up: first requests may prepare the gateway's plan
    const ten = await statementsFor(10, token);
    const hundred = await statementsFor(100, token);
    expect(ten.edges).toBe(10);
    expect(hundred.edges).toBe(100);
    // Reported in the test output for the record.
    console.log(`statements (${_who}): page of 10 -> partners ${ten.partners}, all ${ten.all}; page of 100 -> partners ${hundred.partners}, all ${hundred.all}`);
    expect(hundred.partners).toBe(ten.partners);
    expect(hundred.all).toBe(ten.all);
  });

  it.each([
    ['anonymous', undefined],
    ['a national admin (contacts too)', 'admin'],
  ])('pages of 10 and 100 with free places today take the same statements for %s', async (_who, who) => {
    const token = who ? await stack.token({ role: 'NATIONAL_ADMIN' }) : undefined;
    await statementsFor(5, token, WITH_FREE_PLACES);
    const ten = await statementsFor(10, token, WITH_FREE_PLACES);
    const hundred = await statementsFor(100, token, WITH_FREE_PLACES);
    const cardsBefore = stack.subgraphs.cards.statementCount();
    const page = await stack.request(WITH_FREE_PLACES, { first: 100 }, { token });
    const cards = stack.subgraphs.cards.statementCount() - cardsBefore;
    const offers = page.data!.partners.edges.flatMap((edge: { node: { offers: Array<{ availability: { freePlaces: number | null } }> } }) => edge.node.offers);
    // The test partners' offers: 5 per event, at a performance of 200 seats today, none taken.
    expect(offers.filter((offer: { availability: { freePlaces: number | null; cap: number | null } }) => offer.availability.cap === 5 && offer.availability.freePlaces === 5).length).toBeGreaterThanOrEqual(60);
    console.log(`statements with free places (${_who}): page of 10 -> partners ${ten.partners}, all ${ten.all}; page of 100 -> partners ${hundred.partners}, all ${hundred.all}, cards ${cards}`);
    expect(hundred.partners).toBe(ten.partners);
    expect(hundred.all).toBe(ten.all);
    expect(cards).toBeLessThanOrEqual(2);
  });
});
