import { randomUUID } from 'node:crypto';
import { CancelCardUseDocument, IssueCardDocument, RegisterCardUseDocument, VenueCardUsesDocument } from '@kaiku/client';
import { errorCode, finnishDay, startStack, type TestStack } from '@kaiku/testing';
import { HELSINKI_THEATRE, HELSINKI_UNIT, JYVASKYLA_MUSEUM, venuesReady } from './cards-support';

/** Through the gateway: the door's list of a venue's uses of a day, and cancelling from it. */
describe('venue card uses', () => {
  let stack: TestStack;
  let distributor: string;
  let staff: string;
  let otherStaff: string;
  const today = finnishDay();

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
    staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre-door-1');
    otherStaff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre-door-2');
  }, 120_000);
  afterAll(() => stack?.stop());

  async function issueNumber(): Promise<string> {
    const response = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children: 2 } }, { token: distributor });
    expect(response.errors).toBeUndefined();
    return response.data!.issueCard.number;
  }

  async function record(number: string, token: string, childTickets = 0) {
    const response = await stack.request(
      RegisterCardUseDocument,
      { input: { cardNumber: number, partnerId: HELSINKI_THEATRE, category: 'CULTURE', adultTickets: 1, childTickets, idempotencyKey: randomUUID() } },
      { token },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.registerCardUse;
  }

  it("lists today's uses at the venue newest first, including one recorded by another staff member, with only the card number's ending", async () => {
    const number = await issueNumber();
    const first = await record(number, staff);
    const second = await record(number, otherStaff, 2);

    const response = await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE }, { token: staff });
    expect(response.errors).toBeUndefined();
    const list = response.data!.venueCardUses;
    expect(list.date).toBe(today);
    const ids = list.uses.map((use) => use.id);
    expect(ids.indexOf(second.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    const listed = list.uses.find((use) => use.id === second.id)!;
    expect(listed).toMatchObject({ usedOn: today, category: 'CULTURE', adultTickets: 1, childTickets: 2, assistantTickets: 0, coursePlaces: 0, offerId: null, cancelled: false, cancelledAt: null });
    expect(listed.cardNumberEnding).toBe(number.replace(/-/g, '').slice(-4));
    expect(JSON.stringify(response.data)).not.toContain(number.replace(/-/g, '').slice(0, 6));
  });

  it('shows a cancelled use as cancelled', async () => {
    const use = await record(await issueNumber(), otherStaff);
    const cancelled = await stack.request(CancelCardUseDocument, { useId: use.id }, { token: staff });
    expect(cancelled.errors).toBeUndefined();

    const response = await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE, date: today }, { token: otherStaff });
    expect(response.errors).toBeUndefined();
    const listed = response.data!.venueCardUses.uses.find((item) => item.id === use.id)!;
    expect(listed.cancelled).toBe(true);
    expect(listed.cancelledAt).not.toBeNull();
  });

  it('lists nothing for a day without uses, and bounds the page', async () => {
    const empty = await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE, date: '2020-01-01' }, { token: staff });
    expect(empty.data!.venueCardUses).toEqual({ date: '2020-01-01', hasMore: false, uses: [] });
    const one = await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE, first: 1 }, { token: staff });
    expect(one.data!.venueCardUses.uses).toHaveLength(1);
    expect(one.data!.venueCardUses.hasMore).toBe(true);
    expect(errorCode(await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE, first: 201 }, { token: staff }))).toBe('BAD_USER_INPUT');
  });

  it('lists a long day in one statement, as a short one', async () => {
    const statements = async (first: number) => {
      // The followers poll on the same pool; the least of a few runs is the request's own count.
      const counts: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const before = stack.subgraphs.cards.statementCount();
        const response = await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE, first }, { token: staff });
        expect(response.errors).toBeUndefined();
        counts.push(stack.subgraphs.cards.statementCount() - before);
      }
      return Math.min(...counts);
    };
    expect(await statements(200)).toBe(1);
    expect(await statements(1)).toBe(1);
  });

  it("lets national admins list a venue's uses", async () => {
    const admin = await stack.token({ role: 'NATIONAL_ADMIN' }, 'admin');
    const response = await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE }, { token: admin });
    expect(response.errors).toBeUndefined();
    expect(response.data!.venueCardUses.uses.length).toBeGreaterThan(0);
  });

  it("refuses another partner's staff, distributors and anonymous callers", async () => {
    const museumStaff = await stack.token({ role: 'PARTNER_STAFF', partnerId: JYVASKYLA_MUSEUM }, 'museum-door');
    expect(errorCode(await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE }, { token: museumStaff }))).toBe('FORBIDDEN');
    expect(errorCode(await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE }, { token: distributor }))).toBe('FORBIDDEN');
    expect(errorCode(await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE }))).toBe('UNAUTHENTICATED');
  });

  it.each([['2026-02-30'], ['today'], ['1.12.2026']])('refuses the date %s with BAD_USER_INPUT', async (date) => {
    expect(errorCode(await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE, date }, { token: staff }))).toBe('BAD_USER_INPUT');
  });
});
