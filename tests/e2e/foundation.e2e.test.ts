import { AreasDocument, CardByNumberDocument, NationalStatisticsDocument, PartnerDirectoryDocument } from '@kaiku/client';
import { eventually, graphqlRequest, errorCode, startStack, type TestStack } from '@kaiku/testing';

/** The skeleton through the gateway: composition, entity references, identity, errors, events. */
describe('the supergraph on real PostgreSQL', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ seed: true });
  });
  afterAll(() => stack?.stop());

  it('answers the areas query with names in Finnish and Swedish', async () => {
    const response = await stack.request(AreasDocument);
    expect(response.errors).toBeUndefined();
    const helsinki = response.data!.areas.find((area) => area.code === 'helsinki');
    expect(helsinki?.name).toEqual({ fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' });
    expect(response.data!.areas.length).toBeGreaterThanOrEqual(8);
  });

  it('resolves Partner.area across subgraphs through the entity reference', async () => {
    const response = await stack.request(PartnerDirectoryDocument, { first: 50 });
    expect(response.errors).toBeUndefined();
    const theatre = response.data!.partners.edges.find((edge) => edge.node.name.fi === 'Tampereen Teatteri');
    expect(theatre?.node.area).toMatchObject({ code: 'tampereen-seutu', name: { fi: 'Tampereen kaupunkiseutu' }, status: 'ACTIVE' });
  });

  it('passes the caller to subgraphs: a distributor sees its own card with home area and issuer', async () => {
    const [card]: Array<{ number: string; issued_by_partner_id: string }> = await stack.subgraphs.cards.dataSource.query(
      "SELECT number, issued_by_partner_id FROM cards.cards WHERE state = 'ACTIVE' LIMIT 1",
    );
    const token = await stack.token({ role: 'DISTRIBUTOR', partnerId: card.issued_by_partner_id });
    const response = await stack.request(CardByNumberDocument, { number: card.number.toLowerCase() }, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.card?.issuedBy.id).toBe(card.issued_by_partner_id);
    expect(response.data!.card?.issuedBy.name.fi).toBeTruthy();
    expect(response.data!.card?.homeArea.code).toBeTruthy();

    const otherUnit = await stack.token({ role: 'DISTRIBUTOR', partnerId: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(await stack.request(CardByNumberDocument, { number: card.number }, { token: otherUnit }))).toBe('FORBIDDEN');
    expect(errorCode(await stack.request(CardByNumberDocument, { number: card.number }))).toBe('UNAUTHENTICATED');
  });

  it('drops identity headers a client sends and serves a subgraph reached directly as anonymous', async () => {
    const forged = { 'x-kaiku-identity': 'forged' };
    const viaGateway = await stack.request(CardByNumberDocument, { number: '2222-2222-222' }, { headers: forged });
    expect(errorCode(viaGateway)).toBe('UNAUTHENTICATED');
    const direct = await graphqlRequest(stack.subgraphs.cards.url, 'query($n: String!) { card(number: $n) { id } }', { n: '2222-2222-222' });
    expect(errorCode(direct)).toBe('UNAUTHENTICATED');
  });

  it('refuses a bad bearer token with UNAUTHENTICATED and HTTP 401', async () => {
    const response = await stack.request(AreasDocument, {}, { token: 'not-a-token' });
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });

  it('rejects unknown fields with GRAPHQL_VALIDATION_FAILED, not a 500', async () => {
    const response = await stack.request('{ areas { code nonsense } }');
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    const badArgument = await stack.request('{ areas(colour: "red") { code } }');
    expect(errorCode(badArgument)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('feeds statistics from the cards event log', async () => {
    const token = await stack.token({ role: 'ANALYST' });
    const [{ count }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.card_uses');
    const totals = await eventually(async () => {
      const response = await stack.request(NationalStatisticsDocument, { from: '2024-01-01', to: '2030-12-31' }, { token });
      expect(response.data?.nationalStatistics.totals.uses).toBe(count);
      return response.data!.nationalStatistics.totals;
    });
    expect(totals.cardsIssued).toBe(60);
  });

  it('serves /health and /ready', async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});
