import { errorCode, startStack, type TestStack } from '@kaiku/testing';
import { partnerId } from './cards-support';

const SEARCH = `query($filter: PartnerFilter, $first: Int) {
  partners(filter: $filter, first: $first) {
    totalCount
    edges { node { id name { fi } categories { code name { sv } } venues { streetAddress municipalityCode } } }
  }
}`;
const KALEVA = partnerId('kalevan-uimahalli');

/** The public directory's search as the console asks it, anonymously through the gateway. */
describe('directory search', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ seed: true });
  }, 120_000);
  afterAll(() => stack?.stop());

  const ids = async (filter: Record<string, unknown>, first = 100) => {
    const response = await stack.request(SEARCH, { filter, first });
    expect(response.errors).toBeUndefined();
    return response.data.partners.edges.map((edge: { node: { id: string } }) => edge.node.id) as string[];
  };

  it('finds the swimming hall of Tampere by municipality and category, with its address', async () => {
    const response = await stack.request(SEARCH, { filter: { role: 'CULTURE_PARTNER', municipality: '837', category: 'sport.swimming-hall' }, first: 20 });
    expect(response.errors).toBeUndefined();
    expect(response.data.partners.totalCount).toBe(1);
    expect(response.data.partners.edges[0].node).toMatchObject({
      id: KALEVA,
      categories: [{ code: 'sport.swimming-hall', name: { sv: 'Simhall' } }],
      venues: [{ streetAddress: 'Sammonkatu 60', municipalityCode: '837' }],
    });
    // The area widens it: Nokia's swimming hall is in the Tampere region too.
    expect(await ids({ role: 'CULTURE_PARTNER', areaCode: 'tampereen-seutu', category: 'sport.swimming-hall' })).toEqual([KALEVA, partnerId('nokian-uimahalli')]);
  });

  it('filters by the language of the offers: a partner whose offers have no Swedish text leaves the Swedish list, not the others', async () => {
    const filter = { areaCode: 'tampereen-seutu', category: 'sport.swimming-hall' };
    expect(await ids({ ...filter, language: 'sv' })).toContain(KALEVA);
    await stack.subgraphs.partners.dataSource.query('UPDATE partners.offers SET title_sv = NULL, description_sv = NULL WHERE partner_id = $1', [KALEVA]);
    expect(await ids({ ...filter, language: 'sv' })).not.toContain(KALEVA);
    expect(await ids({ ...filter, language: 'en' })).toContain(KALEVA);
    expect(await ids({ ...filter, language: 'fi' })).toContain(KALEVA);
    expect(await ids(filter)).toContain(KALEVA);
  });

  it('refuses a language other than fi, sv or en with BAD_USER_INPUT', async () => {
    const response = await stack.request(SEARCH, { filter: { language: 'de' }, first: 20 });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/fi, sv or en/);
  });

  it('takes as many statements for a page of 100 as for a page of 20, with every filter given', async () => {
    const filter = { role: 'CULTURE_PARTNER', areaCode: 'helsinki', category: 'CULTURE', language: 'sv', search: 'a' };
    // The fewest of five tries: a follower's poll may fall inside one of them.
    const count = async (first: number) => {
      const counts: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const before = stack.statementCount();
        await ids(filter, first);
        counts.push(stack.statementCount() - before);
      }
      return Math.min(...counts);
    };
    expect(await count(100)).toBe(await count(20));
  });
});
