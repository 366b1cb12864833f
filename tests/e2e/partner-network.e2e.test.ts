import { randomUUID } from 'node:crypto';
import { IssueCardDocument, RegisterCardUseDocument } from '@kaiku/client';
import { errorCode, eventually, startStack, type TestStack } from '@kaiku/testing';
import { HELSINKI_THEATRE, HELSINKI_UNIT, countRows, partnerId } from './cards-support';

const ACCEPT = 'mutation($id: ID!, $v: String!) { acceptOperatingPrinciples(partnerId: $id, version: $v) { id principlesVersion principlesAcceptedOn } }';
const AGREEMENT = 'mutation($id: ID!, $s: String!, $u: String) { recordPartnerAgreement(partnerId: $id, signedOn: $s, validUntil: $u) { id agreementSignedOn agreementValidUntil } }';
const CREATE_OFFER = 'mutation($input: OfferInput!) { createOffer(input: $input) { id kind category validFrom validUntil title { fi sv } cap { kind amount percent capacity } } }';

/** The parts of the partners domain that cards relies on: principles, agreements and offers with caps. */
describe('partners: principles, agreements and offers', () => {
  let stack: TestStack;
  let staff: string;
  let coordinator: string;
  const museum = partnerId('kansallismuseo');

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre');
    coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['helsinki'] }, 'coordinator');
    await eventually(async () => expect(await countRows(stack, 'cards.partner_facts')).toBeGreaterThan(10));
  });
  afterAll(() => stack?.stop());

  const offer = (overrides: Record<string, unknown> = {}) => ({
    partnerId: HELSINKI_THEATRE,
    title: { fi: 'Ensi-illat', sv: 'Premiärer' },
    kind: 'TICKET',
    category: 'CULTURE',
    validFrom: '2026-01-01',
    validUntil: '2030-12-31',
    cap: { kind: 'PER_EVENT', amount: 3 },
    ...overrides,
  });

  it('records the principles a venue accepted, by its own staff', async () => {
    const response = await stack.request(ACCEPT, { id: HELSINKI_THEATRE, v: '2026-1' }, { token: staff });
    expect(response.data?.acceptOperatingPrinciples).toMatchObject({ principlesVersion: '2026-1' });
    await eventually(async () => {
      const [fact] = await stack.subgraphs.cards.dataSource.query('SELECT principles_version FROM cards.partner_facts WHERE partner_id = $1', [HELSINKI_THEATRE]);
      expect(fact.principles_version).toBe('2026-1');
    });
    expect(errorCode(await stack.request(ACCEPT, { id: HELSINKI_THEATRE, v: 'latest' }, { token: staff }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.request(ACCEPT, { id: museum, v: '2026-1' }, { token: staff }))).toBe('FORBIDDEN');
    expect(errorCode(await stack.request(ACCEPT, { id: randomUUID(), v: '2026-1' }, { token: coordinator }))).toBe('NOT_FOUND');
    expect(errorCode(await stack.request(ACCEPT, { id: HELSINKI_THEATRE, v: '2026-1' }))).toBe('UNAUTHENTICATED');
  });

  it('records the trial agreement, by the area\'s coordinators, with dates in order', async () => {
    const ok = await stack.request(AGREEMENT, { id: museum, s: '2025-02-01', u: '2027-01-31' }, { token: coordinator });
    expect(ok.data?.recordPartnerAgreement).toMatchObject({ agreementSignedOn: '2025-02-01', agreementValidUntil: '2027-01-31' });
    const backwards = await stack.request(AGREEMENT, { id: museum, s: '2025-02-01', u: '2024-01-31' }, { token: coordinator });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0].message).toContain('validUntil');
    expect(errorCode(await stack.request(AGREEMENT, { id: museum, s: '2025-02-30' }, { token: coordinator }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.request(AGREEMENT, { id: museum, s: '2025-02-01' }, { token: staff }))).toBe('FORBIDDEN');
    const vantaa = await stack.token({ role: 'AREA_COORDINATOR', areas: ['vantaa'] });
    expect(errorCode(await stack.request(AGREEMENT, { id: museum, s: '2025-02-01' }, { token: vantaa }))).toBe('FORBIDDEN');
  });

  it.each([
    ['a zero cap', { cap: { kind: 'PER_EVENT', amount: 0 } }, 'amount'],
    ['a negative cap', { cap: { kind: 'PER_PERIOD', amount: -5 } }, 'amount'],
    ['a share over 100%', { cap: { kind: 'SHARE_OF_CAPACITY', percent: 120, capacity: 400 } }, 'percent'],
    ['a share without capacity', { cap: { kind: 'SHARE_OF_CAPACITY', percent: 5 } }, 'capacity'],
    ['dates out of order', { validFrom: '2027-01-01', validUntil: '2026-01-01' }, 'validUntil'],
    ['an empty Finnish title', { title: { fi: '' } }, 'title'],
    ['a title over 2,000 characters', { title: { fi: 'x'.repeat(2001) } }, 'title'],
  ])('refuses an offer with %s, naming the field and writing nothing', async (_name, change, field) => {
    const before = await stack.subgraphs.partners.dataSource.query('SELECT count(*)::int AS n FROM partners.offers');
    const response = await stack.request(CREATE_OFFER, { input: offer(change) }, { token: staff });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain(field);
    expect(await stack.subgraphs.partners.dataSource.query('SELECT count(*)::int AS n FROM partners.offers')).toEqual(before);
  });

  it('creates an offer with a cap that the door then holds', async () => {
    const created = await stack.request(CREATE_OFFER, { input: offer() }, { token: staff });
    expect(created.errors).toBeUndefined();
    const offerId = created.data.createOffer.id;
    expect(created.data.createOffer).toMatchObject({ kind: 'TICKET', category: 'CULTURE', cap: { kind: 'PER_EVENT', amount: 3 }, title: { fi: 'Ensi-illat', sv: 'Premiärer' } });
    const listed = await stack.request('query($id: ID!) { partner(id: $id) { offers { id cap { amount } } } }', { id: HELSINKI_THEATRE });
    expect(listed.data.partner.offers).toContainEqual({ id: offerId, cap: { amount: 3 } });
    const share = await stack.request(CREATE_OFFER, { input: offer({ cap: { kind: 'SHARE_OF_CAPACITY', percent: 5, capacity: 400 } }) }, { token: staff });
    expect(share.data?.createOffer.cap).toEqual({ kind: 'SHARE_OF_CAPACITY', amount: null, percent: 5, capacity: 400 });

    await eventually(async () => expect(await countRows(stack, `cards.offer_facts WHERE offer_id = '${offerId}'`)).toBe(1));
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT });
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const card = (await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1970, postcode: '00100', children: 0 } }, { token: distributor })).data!.issueCard;
      const use = await stack.request(RegisterCardUseDocument, { input: { cardNumber: card.number, partnerId: HELSINKI_THEATRE, offerId, category: 'CULTURE', adultTickets: 1, idempotencyKey: randomUUID() } }, { token: staff });
      codes.push(errorCode(use) ?? 'OK');
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'CONFLICT', 'CONFLICT']);
  });
});
