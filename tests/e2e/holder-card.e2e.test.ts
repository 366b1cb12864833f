import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { IssueCardDocument, RegisterCardUseDocument, RevokeCardDocument } from '@kaiku/client';
import { startStack, type TestStack } from '@kaiku/testing';
import { HELSINKI_THEATRE, HELSINKI_UNIT, areaId, venuesReady } from './cards-support';

const LOOKUP = `query($number: String!) {
  holderCard(number: $number) {
    validUntil daysLeft renewalDue children usesThisYear
    homeArea { id code }
    issuer { id name { fi } venues { streetAddress postalCode } }
  }
}`;

/**
 * Posts the lookup from a chosen loopback address (all of 127.0.0.0/8 is this machine on
 * Linux): each test has its own, as attempts are limited per address.
 */
function lookupFrom(target: string, localAddress: string, number: string, headers: Record<string, string> = {}, query = LOOKUP): Promise<{ status: number; body: any }> {
  const url = new URL(target);
  const payload = JSON.stringify({ query, variables: { number } });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** A different character in place of the check character: a typing error the number itself shows. */
function mistyped(number: string): string {
  const last = number.at(-1)!;
  return number.slice(0, -1) + (last === 'X' ? 'Y' : 'X');
}

/** Through the gateway, anonymously: the holder page's card lookup. */
describe('holder card lookup', () => {
  let stack: TestStack;
  let distributor: string;
  let staff: string;

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
    staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre-door');
  }, 120_000);
  afterAll(() => stack?.stop());

  async function issue(children = 2) {
    const response = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children } }, { token: distributor });
    expect(response.errors).toBeUndefined();
    return response.data!.issueCard;
  }

  it('answers an anonymous caller with a valid number: validity, children, home area, issuing unit and the uses this year, which grow with a use', async () => {
    const card = await issue(2);
    const { body: first } = await lookupFrom(stack.gatewayUrl, '127.0.0.11', card.number.toLowerCase());
    expect(first.errors).toBeUndefined();
    expect(first.data.holderCard).toMatchObject({
      validUntil: card.validUntil,
      renewalDue: false,
      children: 2,
      usesThisYear: 0,
      homeArea: { id: areaId('helsinki'), code: 'helsinki' },
      issuer: { id: HELSINKI_UNIT, name: { fi: 'Helsingin aikuissosiaalityö' }, venues: [{ streetAddress: 'Toinen linja 4 A', postalCode: '00530' }] },
    });
    expect(first.data.holderCard.daysLeft).toBeGreaterThan(300);

    const use = await stack.request(
      RegisterCardUseDocument,
      { input: { cardNumber: card.number, partnerId: HELSINKI_THEATRE, category: 'CULTURE', adultTickets: 1, childTickets: 1, idempotencyKey: randomUUID() } },
      { token: staff },
    );
    expect(use.errors).toBeUndefined();
    // The QR payload printed on the card reads the same card.
    const { body: second } = await lookupFrom(stack.gatewayUrl, '127.0.0.11', card.qrPayload);
    expect(second.errors).toBeUndefined();
    expect(second.data.holderCard.usesThisYear).toBe(1);
  });

  it('answers an unknown number, a mistyped one and a revoked card alike: the same code, field and message', async () => {
    const card = await issue();
    const revoked = await issue();
    expect((await stack.request(RevokeCardDocument, { number: revoked.number, reason: 'moved away' }, { token: distributor })).errors).toBeUndefined();
    const { generateCardNumber } = await import('../../subgraphs/cards/src/domain/card-number');
    const answers = await Promise.all([generateCardNumber(), mistyped(card.number.replace(/-/g, '')), revoked.number].map((number) => lookupFrom(stack.gatewayUrl, '127.0.0.12', number)));
    const shapes = answers.map(({ body }) => ({ data: body.data, code: body.errors?.[0]?.extensions?.code, field: body.errors?.[0]?.extensions?.field, message: body.errors?.[0]?.message }));
    expect(shapes[0]).toEqual({ data: null, code: 'BAD_USER_INPUT', field: 'number', message: expect.stringContaining('check the number') });
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
  });

  it('takes the same time for an unknown number as for a known one (a floor of 40 ms) and runs the same statements in cards', async () => {
    const card = await issue();
    const { generateCardNumber } = await import('../../subgraphs/cards/src/domain/card-number');
    // The fewest statements of four tries (8 of the address's 10 attempts): a follower's poll may fall inside one.
    const timed = async (number: () => string) => {
      const runs: Array<{ ms: number; statements: number }> = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const before = stack.subgraphs.cards.statementCount();
        const started = performance.now();
        await lookupFrom(stack.gatewayUrl, '127.0.0.13', number());
        runs.push({ ms: performance.now() - started, statements: stack.subgraphs.cards.statementCount() - before });
      }
      return { ms: Math.min(...runs.map((run) => run.ms)), statements: Math.min(...runs.map((run) => run.statements)) };
    };
    const unknown = await timed(() => generateCardNumber());
    const known = await timed(() => card.number);
    expect(unknown.ms).toBeGreaterThanOrEqual(40);
    expect(known.ms).toBeGreaterThanOrEqual(40);
    // One read and one access-log row either way.
    expect(unknown.statements).toBe(known.statements);
  });

  it('writes an access-log row for every lookup: anonymous, the card as its pseudonym, none for an unknown number', async () => {
    const card = await issue();
    const requestId = `holder-${randomUUID()}`;
    const unknownId = `holder-${randomUUID()}`;
    await lookupFrom(stack.gatewayUrl, '127.0.0.14', card.number, { 'x-request-id': requestId });
    await lookupFrom(stack.gatewayUrl, '127.0.0.14', mistyped(card.number.replace(/-/g, '')), { 'x-request-id': unknownId });
    const rows = await stack.subgraphs.cards.dataSource.query(
      'SELECT request_id, subject, roles, action, card_key FROM cards.access_log WHERE request_id = ANY($1) ORDER BY id',
      [[requestId, unknownId]],
    );
    expect(rows).toEqual([
      { request_id: requestId, subject: 'anonymous', roles: '-', action: 'HOLDER_READ', card_key: expect.any(String) },
      { request_id: unknownId, subject: 'anonymous', roles: '-', action: 'HOLDER_READ', card_key: null },
    ]);
    expect(rows[0].card_key).not.toContain(card.number.replace(/-/g, ''));
  });

  it('has nothing beyond the listed fields: no number, no uses, no demographics', async () => {
    const response = await stack.request('{ __type(name: "HolderCard") { fields { name } } }');
    expect(response.data.__type.fields.map((field: { name: string }) => field.name).sort()).toEqual(
      ['children', 'daysLeft', 'homeArea', 'issuer', 'renewalDue', 'usesThisYear', 'validUntil'],
    );
  });

  it('limits attempts per client address with RATE_LIMITED, as verifyCard does per venue; another address still gets answers', async () => {
    const card = await issue();
    const { generateCardNumber } = await import('../../subgraphs/cards/src/domain/card-number');
    const codes: Array<string | undefined> = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const { body } = await lookupFrom(stack.gatewayUrl, '127.0.0.2', generateCardNumber());
      codes.push(body.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual(Array(10).fill('BAD_USER_INPUT'));
    // The bucket refills one attempt every 3 seconds: on a slow machine one more may pass first.
    // Once it is empty even the right number is refused from that address.
    let refused: any;
    for (let attempt = 0; attempt < 5 && !refused; attempt += 1) {
      const { status, body } = await lookupFrom(stack.gatewayUrl, '127.0.0.2', card.number);
      if (body.errors?.[0]?.extensions?.code === 'RATE_LIMITED') refused = { status, body };
    }
    expect(refused?.body).toMatchObject({ data: null, errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    const elsewhere = await lookupFrom(stack.gatewayUrl, '127.0.0.3', card.number);
    expect(elsewhere.body.errors).toBeUndefined();
    expect(elsewhere.body.data.holderCard.children).toBe(2);
  });

  it('does not take an address header a caller makes up straight at the subgraph', async () => {
    const { generateCardNumber } = await import('../../subgraphs/cards/src/domain/card-number');
    const codes: Array<string | undefined> = [];
    for (let attempt = 0; attempt < 15 && !codes.includes('RATE_LIMITED'); attempt += 1) {
      const { body } = await lookupFrom(stack.subgraphs.cards.url, '127.0.0.5', generateCardNumber(), { 'x-kaiku-client': `made-up-${attempt}` }, 'query($number: String!) { holderCard(number: $number) { children } }');
      codes.push(body.errors?.[0]?.extensions?.code);
    }
    // Each made-up address would have its own 10 attempts; the connection's address is used instead.
    expect(codes).toContain('RATE_LIMITED');
  });
});
