import { randomUUID } from 'node:crypto';
import {
  AddOfferEventDocument,
  CancelCardUseDocument,
  CreateOfferDocument,
  IssueCardDocument,
  OfferAvailabilityDocument,
  RegisterCardUseDocument,
  SetOfferEventSoldOutDocument,
  type OfferCapInput,
  type RegisterCardUseInput,
} from '@kaiku/client';
import { addDays, todayInFinland } from '@kaiku/subgraph-kit';
import { errorCode, eventually, startStack, type TestStack } from '@kaiku/testing';
import { HELSINKI_THEATRE, HELSINKI_UNIT, venuesReady } from './cards-support';

/**
 * Free places through the gateway: partners states the cap and the performances, cards counts
 * the places of the uses it recorded, and `Offer.availability` is the one minus the other,
 * right after each use or cancellation.
 */
describe('offer availability', () => {
  let stack: TestStack;
  let distributor: string;
  let staff: string;
  const today = todayInFinland();

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
    staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre-staff');
  });
  afterAll(() => stack?.stop());

  async function issue(children = 0): Promise<string> {
    const response = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children, lifeSituation: 'UNEMPLOYED' } }, { token: distributor });
    expect(response.errors).toBeUndefined();
    return response.data!.issueCard.number;
  }

  /** The venue's offer, created through the gateway; resolves once cards can take uses at it. */
  async function offerWith(cap: OfferCapInput | null, validFrom = addDays(today, -30)): Promise<string> {
    const created = await stack.request(
      CreateOfferDocument,
      { input: { partnerId: HELSINKI_THEATRE, title: { fi: 'Iltanäytös' }, kind: 'TICKET', category: 'culture.theatre', validFrom, validUntil: addDays(today, 60), cap } },
      { token: staff },
    );
    expect(created.errors).toBeUndefined();
    const offerId = created.data!.createOffer.id;
    await cardsKnowSeats(offerId, {});
    return offerId;
  }

  /** Waits until the cards subgraph has learnt the offer and its performances' seats from the partners log. */
  async function cardsKnowSeats(offerId: string, seatsByDay: Record<string, number>): Promise<void> {
    await eventually(async () => {
      const [fact] = await stack.subgraphs.cards.dataSource.query('SELECT seats_by_day FROM cards.offer_facts WHERE offer_id = $1', [offerId]);
      expect(fact?.seats_by_day).toEqual(seatsByDay);
    });
  }

  async function free(offerId: string, variables: { date?: string; eventId?: string } = {}) {
    const response = await stack.request(OfferAvailabilityDocument, { offerId, ...variables });
    expect(response.errors).toBeUndefined();
    return response.data!.offer!.availability;
  }

  function use(cardNumber: string, offerId: string, overrides: Partial<RegisterCardUseInput> = {}) {
    return stack.request(RegisterCardUseDocument, { input: { cardNumber, partnerId: HELSINKI_THEATRE, offerId, category: 'CULTURE', adultTickets: 1, idempotencyKey: randomUUID(), ...overrides } }, { token: staff });
  }

  async function recorded(cardNumber: string, offerId: string, overrides: Partial<RegisterCardUseInput> = {}): Promise<string> {
    const response = await use(cardNumber, offerId, overrides);
    expect(response.errors).toBeUndefined();
    return response.data!.registerCardUse.id;
  }

  it('subtracts each use the moment it is recorded and gives places back on cancellation', async () => {
    const offerId = await offerWith({ kind: 'PER_EVENT', amount: 3 });
    const family = await issue(1);
    const single = await issue();
    expect(await free(offerId)).toMatchObject({ freePlaces: 3, cap: 3, taken: 0, soldOut: false, reason: null });

    // An adult and a child take two places; read straight after the answer, no waiting.
    const first = await recorded(family, offerId, { childTickets: 1 });
    expect(await free(offerId)).toMatchObject({ freePlaces: 1, cap: 3, taken: 2, soldOut: false });
    await recorded(single, offerId);
    expect(await free(offerId)).toMatchObject({ freePlaces: 0, cap: 3, taken: 3, soldOut: true, reason: 'ALL_TAKEN' });
    const fourth = await use(single, offerId);
    expect(errorCode(fourth)).toBe('CONFLICT');
    expect(await free(offerId)).toMatchObject({ freePlaces: 0, taken: 3 });

    const cancelled = await stack.request(CancelCardUseDocument, { useId: first }, { token: staff });
    expect(cancelled.errors).toBeUndefined();
    expect(await free(offerId)).toMatchObject({ freePlaces: 2, taken: 1, soldOut: false, reason: null });
    // A cap per event counts per day: yesterday's bucket is untouched.
    expect(await free(offerId, { date: addDays(today, -1) })).toMatchObject({ freePlaces: 3, taken: 0 });
  });

  it('counts a cap per period over the whole validity, whichever day is asked', async () => {
    const offerId = await offerWith({ kind: 'PER_PERIOD', amount: 5 });
    await recorded(await issue(), offerId);
    await recorded(await issue(2), offerId, { childTickets: 2 });
    expect(await free(offerId)).toMatchObject({ freePlaces: 1, cap: 5, taken: 4 });
    expect(await free(offerId, { date: addDays(today, -20) })).toMatchObject({ freePlaces: 1, cap: 5, taken: 4 });
    expect(await free(offerId, { date: addDays(today, 20) })).toMatchObject({ freePlaces: 1, cap: 5, taken: 4 });
  });

  it('counts a share of a performance\'s seats the same way, and a venue can mark it sold out', async () => {
    const offerId = await offerWith({ kind: 'SHARE_OF_CAPACITY', percent: 5, capacity: 400 });
    expect(await free(offerId)).toMatchObject({ freePlaces: 20, cap: 20, soldOut: false });

    // Tonight's performance has 120 seats: 5 % of them is 6 places, for the door as well.
    const added = await stack.request(AddOfferEventDocument, { offerId, input: { startsOn: today, capacity: 120 } }, { token: staff });
    expect(added.errors).toBeUndefined();
    const eventId = added.data!.addOfferEvent.id;
    expect(await free(offerId, { eventId })).toMatchObject({ freePlaces: 6, cap: 6, event: { id: eventId, startsOn: today } });
    await cardsKnowSeats(offerId, { [today]: 120 });
    const cards = await Promise.all(Array.from({ length: 6 }, () => issue()));
    for (const card of cards.slice(0, 2)) await recorded(card, offerId);
    expect(await free(offerId, { eventId })).toMatchObject({ freePlaces: 4, taken: 2 });
    expect(await free(offerId, { date: today })).toMatchObject({ freePlaces: 4, taken: 2, event: { id: eventId } });
    for (const card of cards.slice(2)) await recorded(card, offerId);
    const seventh = await use(cards[0], offerId);
    expect(errorCode(seventh)).toBe('CONFLICT');
    expect(seventh.errors![0].message).toContain('6 free places');
    expect(await free(offerId, { eventId })).toMatchObject({ freePlaces: 0, soldOut: true, reason: 'ALL_TAKEN' });

    const offer2 = await offerWith({ kind: 'SHARE_OF_CAPACITY', percent: 5, capacity: 400 });
    const show = await stack.request(AddOfferEventDocument, { offerId: offer2, input: { startsOn: today, capacity: 400 } }, { token: staff });
    const marked = await stack.request(SetOfferEventSoldOutDocument, { eventId: show.data!.addOfferEvent.id, soldOut: true }, { token: staff });
    expect(marked.errors).toBeUndefined();
    expect(await free(offer2, { date: today })).toMatchObject({ freePlaces: 0, soldOut: true, reason: 'SOLD_OUT' });
  });

  it('stays exact under 100 concurrent uses at a cap of 10, and cancelling 2 gives back 2', async () => {
    const offerId = await offerWith({ kind: 'PER_EVENT', amount: 10 });
    const cards = await Promise.all(Array.from({ length: 20 }, () => issue()));
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => use(cards[i % 20], offerId)));
    const codes = responses.map((response) => errorCode(response) ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(10);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(90);
    expect(await free(offerId)).toMatchObject({ freePlaces: 0, cap: 10, taken: 10, soldOut: true, reason: 'ALL_TAKEN' });

    const ids = responses.filter((response) => !response.errors).map((response) => response.data!.registerCardUse.id);
    for (const useId of ids.slice(0, 2)) expect((await stack.request(CancelCardUseDocument, { useId }, { token: staff })).errors).toBeUndefined();
    expect(await free(offerId)).toMatchObject({ freePlaces: 2, taken: 8, soldOut: false, reason: null });
    // The two places given back can be taken again, and no more.
    const again = await Promise.all(Array.from({ length: 5 }, (_, i) => use(cards[i], offerId)));
    expect(again.filter((response) => !response.errors)).toHaveLength(2);
    expect(await free(offerId)).toMatchObject({ freePlaces: 0, taken: 10 });
  });

  describe('bad input', () => {
    let offerId: string;
    beforeAll(async () => {
      offerId = await offerWith({ kind: 'PER_EVENT', amount: 4 });
    });

    it('answers NOT_FOUND naming id for an unknown offer', async () => {
      const response = await stack.request(OfferAvailabilityDocument, { offerId: randomUUID() });
      expect(errorCode(response)).toBe('NOT_FOUND');
      expect(response.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('answers NOT_FOUND naming eventId for a performance the offer does not have', async () => {
      const response = await stack.request(OfferAvailabilityDocument, { offerId, eventId: randomUUID() });
      expect(errorCode(response)).toBe('NOT_FOUND');
      expect(response.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
    });

    it('gives no places outside the validity', async () => {
      expect(await free(offerId, { date: addDays(today, 61) })).toMatchObject({ freePlaces: 0, soldOut: false, reason: 'OUTSIDE_VALIDITY' });
      expect(await free(offerId, { date: addDays(today, -31) })).toMatchObject({ freePlaces: 0, reason: 'OUTSIDE_VALIDITY' });
    });

    it('refuses an impossible date with BAD_USER_INPUT naming it', async () => {
      const response = await stack.request(OfferAvailabilityDocument, { offerId, date: '2026-02-30' });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain('2026-02-30');
    });
  });

  // Last: it stops the cards subgraph.
  describe('with cards down', () => {
    it('still shows the offer, with only its free places missing and an error naming them', async () => {
      const offerId = await offerWith({ kind: 'PER_EVENT', amount: 2 });
      await stack.subgraphs.cards.stop();
      const response = await stack.request(`query($id: ID!) { offer(id: $id) { id title { fi } availability { freePlaces } } }`, { id: offerId });
      expect(response.data!.offer).toEqual({ id: offerId, title: { fi: 'Iltanäytös' }, availability: null });
      expect(response.errors!.map((error) => error.path)).toEqual([['offer', 'availability']]);
    });
  });
});
