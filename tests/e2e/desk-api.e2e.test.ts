import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, type DocumentNode } from 'graphql';
import { errorCode, finnishDay, startStack, type TestStack } from '@kaiku/testing';
import { HELSINKI_UNIT, KESKI_SUOMI_UNIT, venuesReady } from './cards-support';

/**
 * What the card desk asks the graph (console/src/views/desk/desk.graphql, run as the console
 * sends it): the renewal list, the unit's cards, a card by number.
 */
describe('the card desk through the API', () => {
  let stack: TestStack;
  let distributor: string;
  const source = parse(readFileSync(join(__dirname, '..', '..', 'console', 'src', 'views', 'desk', 'desk.graphql'), 'utf8'));
  const fragments = source.definitions.filter((definition) => definition.kind === 'FragmentDefinition');
  const operation = (name: string) => {
    const definition = source.definitions.find((d) => d.kind === 'OperationDefinition' && d.name?.value === name)!;
    // As the console's codegen sends it: the operation and the fragment it spreads.
    return { kind: 'Document', definitions: [definition, ...(print(definition).includes('...DeskCard') ? fragments : [])] } as DocumentNode;
  };
  const plain = (number: string) => number.replace(/-/g, '');

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
  });
  afterAll(() => stack?.stop());

  async function issue(): Promise<string> {
    const response = await stack.request(operation('DeskIssueCard'), { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children: 1 } }, { token: distributor });
    expect(response.errors).toBeUndefined();
    return response.data.issueCard.number;
  }
  const endsOn = (number: string, day: string) => stack.subgraphs.cards.dataSource.query('UPDATE cards.cards SET valid_until = $2::date, valid_from = LEAST(valid_from, $2::date) WHERE number = $1', [plain(number), day]);
  const renewals = (variables: Record<string, unknown> = {}, token = distributor) =>
    stack.request(operation('DeskIssuedCards'), { distributorId: HELSINKI_UNIT, expiringWithinDays: 30, ...variables }, { token });

  it('lists as renewals only the active cards that end between today and 30 days ahead, in one page of bounded statements', async () => {
    const [today, inTen, inThirty, inForty, yesterday, lost] = [await issue(), await issue(), await issue(), await issue(), await issue(), await issue()];
    await endsOn(today, finnishDay(0));
    await endsOn(inTen, finnishDay(10));
    await endsOn(inThirty, finnishDay(30));
    await endsOn(inForty, finnishDay(40));
    await endsOn(yesterday, finnishDay(-1));
    await endsOn(lost, finnishDay(5));
    const replaced = await stack.request(operation('DeskReportLost'), { number: lost }, { token: distributor });
    expect(replaced.errors).toBeUndefined();
    // The replacement keeps the old card's end date: it is due too, under its new number.
    const replacement = replaced.data.reportCardLost.number;

    const before = stack.statementCount();
    const response = await renewals();
    const statements = stack.statementCount() - before;
    expect(response.errors).toBeUndefined();
    const listed = response.data.issuedCards.edges.map((edge: { node: { number: string } }) => edge.node.number);
    expect(new Set(listed)).toEqual(new Set([today, inTen, inThirty, replacement]));
    expect(response.data.issuedCards.totalCount).toBe(4);
    expect(statements).toBeLessThanOrEqual(6);

    const paged = await renewals({ first: 3 });
    expect(paged.data.issuedCards.edges).toHaveLength(3);
    const rest = await renewals({ first: 3, after: paged.data.issuedCards.pageInfo.endCursor });
    expect(rest.data.issuedCards.edges.map((edge: { node: { number: string } }) => edge.node.number)).toHaveLength(1);
    expect(rest.data.issuedCards.pageInfo.hasNextPage).toBe(false);

    const renewed = await stack.request(operation('DeskRenewCard'), { number: inTen }, { token: distributor });
    expect(renewed.errors).toBeUndefined();
    expect((await renewals()).data.issuedCards.totalCount).toBe(3);

    // Without the filter, every card of the unit.
    const all = await stack.request(operation('DeskIssuedCards'), { distributorId: HELSINKI_UNIT }, { token: distributor });
    expect(all.data.issuedCards.totalCount).toBeGreaterThanOrEqual(7);
  });

  it('refuses a renewal window outside 1-90 days, and another unit\'s list, naming why', async () => {
    for (const days of [0, 91, -5]) {
      const response = await renewals({ expiringWithinDays: days });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions?.field).toBe('expiringWithinDays');
    }
    const other = await stack.token({ role: 'DISTRIBUTOR', partnerId: KESKI_SUOMI_UNIT }, 'other');
    expect(errorCode(await renewals({}, other))).toBe('FORBIDDEN');
  });

  it('finds a card by number for its own unit only, and names the field the graph refuses', async () => {
    const number = await issue();
    const found = await stack.request(operation('DeskFindCard'), { number: plain(number).toLowerCase() }, { token: distributor });
    expect(found.errors).toBeUndefined();
    expect(found.data.card).toMatchObject({ number, status: 'ACTIVE', kind: 'PERSONAL', homeArea: { name: { fi: 'Helsinki', sv: 'Helsingfors' } } });
    expect(found.data.card.qrPayload).toMatch(new RegExp(`^KAIKU1:${plain(number)}:`));
    const other = await stack.token({ role: 'DISTRIBUTOR', partnerId: KESKI_SUOMI_UNIT }, 'other');
    expect(errorCode(await stack.request(operation('DeskFindCard'), { number }, { token: other }))).toBe('FORBIDDEN');

    const young = await stack.request(operation('DeskIssueCard'), { input: { distributorId: HELSINKI_UNIT, birthYear: 2100, postcode: '00530', children: 1 } }, { token: distributor });
    expect(errorCode(young)).toBe('BAD_USER_INPUT');
    expect(young.errors![0].extensions?.field).toBe('birthYear');
    const many = await stack.request(operation('DeskIssueCard'), { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '0053', children: 21 } }, { token: distributor });
    expect(errorCode(many)).toBe('BAD_USER_INPUT');
    expect(String(many.errors![0].extensions?.field)).toMatch(/^(input\.)?(postcode|children)$/);
  });
});
