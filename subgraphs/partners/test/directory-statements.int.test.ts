import { startStack, type TestStack } from '@kaiku/testing';

// The same selection as PartnerDirectoryFull in packages/client/operations/partners.graphql.
const DIRECTORY = `query($first: Int) { partners(first: $first) { totalCount edges { node {
  id name { fi sv en } roles sector website accessibility { fi } area { id code status }
  categories { code parentCode name { fi sv en } }
  venues { id streetAddress postalCode municipalityCode location { latitude longitude } }
  offers { id kind category title { fi } cap { kind amount percent capacity } }
  contacts { name email phone } } } } }`;

/**
 * No N+1: a directory page of 100 partners with area, categories, venues, offers and contacts
 * takes exactly as many SQL statements as a page of 10, in partners and in all subgraphs.
 * Workers are off so that no follower's poll runs between the counts.
 */
describe('partners directory: statements per page', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ only: ['partners', 'areas'], seed: true, workers: false });
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
  });
  afterAll(() => stack?.stop());

  async function statementsFor(first: number, token?: string): Promise<{ partners: number; all: number; edges: number }> {
    const partnersBefore = stack.subgraphs.partners.statementCount();
    const allBefore = stack.statementCount();
    const response = await stack.request(DIRECTORY, { first }, { token });
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
});
