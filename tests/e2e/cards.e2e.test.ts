import { randomUUID } from 'node:crypto';
import {
  CardByNumberDocument,
  ImportCardUsesDocument,
  IssueCardDocument,
  IssueCommunityCardDocument,
  IssuedCardsDocument,
  NationalStatisticsDocument,
  RegisterCardUseDocument,
  RenewCardDocument,
  ReportCardLostDocument,
  RevokeCardDocument,
  VerifyCardDocument,
  type RegisterCardUseInput,
} from '@kaiku/client';
import { publishEvents } from '@kaiku/events';
import { errorCode, eventually, finnishDay, finnishYear, startStack, type TestStack } from '@kaiku/testing';
import {
  HELSINKI_COURSES,
  HELSINKI_THEATRE,
  HELSINKI_UNIT,
  JYVASKYLA_MUSEUM,
  KESKI_SUOMI_UNIT,
  areaId,
  countRows,
  partnerId,
  publishPartner,
  venuesReady,
} from './cards-support';

/** [3/7] through the gateway: issue, check at the door, record uses, publish the log. */
describe('cards', () => {
  let stack: TestStack;
  let distributor: string;
  let staff: string;
  let courseStaff: string;
  const thisYear = finnishYear();
  const today = finnishDay();

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
    staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre-staff');
    courseStaff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_COURSES }, 'course-staff');
  });
  afterAll(() => stack?.stop());

  async function issue(children = 2, unit = HELSINKI_UNIT, token = distributor) {
    const response = await stack.request(IssueCardDocument, { input: { distributorId: unit, birthYear: 1980, postcode: '00530', children, lifeSituation: 'UNEMPLOYED' } }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.issueCard;
  }

  function use(number: string, overrides: Partial<RegisterCardUseInput> = {}): RegisterCardUseInput {
    return { cardNumber: number, partnerId: HELSINKI_THEATRE, category: 'CULTURE', adultTickets: 1, idempotencyKey: randomUUID(), ...overrides };
  }

  describe('issuing', () => {
    it('issues a personal card valid for a year with a printable number and QR payload', async () => {
      const card = await issue();
      expect(card.number).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{3}$/);
      expect(card).toMatchObject({ kind: 'PERSONAL', status: 'ACTIVE', children: 2, homeArea: { code: 'helsinki' } });
      expect(Number(card.validUntil.slice(0, 4))).toBe(Number(card.validFrom.slice(0, 4)) + 1);
      expect(card.qrPayload).toContain(card.number.replace(/-/g, ''));
    });

    it('gives numbers that are neither sequential nor alike', async () => {
      const [a, b] = [await issue(), await issue()];
      const differing = [...a.number].filter((char, i) => char !== b.number[i]).length;
      expect(differing).toBeGreaterThan(3);
    });

    it.each([
      ['a holder under 16', { birthYear: thisYear - 15 }, 'birthYear'],
      ['a postcode that is not five digits', { postcode: '0053' }, 'postcode'],
      ['more than 20 children', { children: 21 }, 'children'],
      ['negative children', { children: -1 }, 'children'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, change, field) => {
      const before = await countRows(stack, 'cards.cards');
      const response = await stack.request(
        IssueCardDocument,
        { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children: 0, ...change } },
        { token: distributor },
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain(field);
      expect(await countRows(stack, 'cards.cards')).toBe(before);
    });

    it('accepts a holder who turns 16 this year', async () => {
      const response = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: thisYear - 16, postcode: '00100', children: 0 } }, { token: distributor });
      expect(response.errors).toBeUndefined();
    });

    it('lets only the unit\'s own distributors issue, only as card distributors in the network', async () => {
      const input = { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00100', children: 0 };
      expect(errorCode(await stack.request(IssueCardDocument, { input }, { token: await stack.token({ role: 'DISTRIBUTOR', partnerId: partnerId('vantaan-sosiaalityo') }) }))).toBe('FORBIDDEN');
      expect(errorCode(await stack.request(IssueCardDocument, { input }, { token: staff }))).toBe('FORBIDDEN');
      expect(errorCode(await stack.request(IssueCardDocument, { input }))).toBe('UNAUTHENTICATED');

      const theatreAsDistributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_THEATRE });
      const notADistributor = await stack.request(IssueCardDocument, { input: { ...input, distributorId: HELSINKI_THEATRE } }, { token: theatreAsDistributor });
      expect(errorCode(notADistributor)).toBe('BAD_USER_INPUT');

      const ouluUnit = randomUUID();
      await publishPartner(stack, { partnerId: ouluUnit, areaId: areaId('oulu'), roles: ['CARD_DISTRIBUTOR'] });
      const planningArea = await stack.request(IssueCardDocument, { input: { ...input, distributorId: ouluUnit } }, { token: await stack.token({ role: 'DISTRIBUTOR', partnerId: ouluUnit }) });
      expect(errorCode(planningArea)).toBe('CONFLICT');
      expect(planningArea.errors![0].message).toContain('not in the network');
    });

    it('issues a community card held by the unit, with a group size limit', async () => {
      const response = await stack.request(IssueCommunityCardDocument, { input: { distributorId: HELSINKI_UNIT, groupSizeLimit: 8 } }, { token: distributor });
      expect(response.data?.issueCommunityCard).toMatchObject({ kind: 'COMMUNITY', groupSizeLimit: 8, status: 'ACTIVE' });
      const number = response.data!.issueCommunityCard.number;
      const group = await stack.request(RegisterCardUseDocument, { input: use(number, { adultTickets: 1, childTickets: 7 }) }, { token: staff });
      expect(group.errors).toBeUndefined();
      const tooBig = await stack.request(RegisterCardUseDocument, { input: use(number, { adultTickets: 1, childTickets: 8 }) }, { token: staff });
      expect(errorCode(tooBig)).toBe('BAD_USER_INPUT');
    });

    it('lists the unit\'s own cards newest first, page by page, to its distributors only', async () => {
      const issued = [await issue(0), await issue(1), await issue(2)].map((card) => card.number);
      const pages: string[] = [];
      let after: string | null | undefined;
      do {
        const page = await stack.request(IssuedCardsDocument, { distributorId: HELSINKI_UNIT, first: 2, after }, { token: distributor });
        expect(page.errors).toBeUndefined();
        pages.push(...page.data!.issuedCards.edges.map((edge) => edge.node.number));
        after = page.data!.issuedCards.pageInfo.hasNextPage ? page.data!.issuedCards.pageInfo.endCursor : null;
      } while (after);
      // Every card once, the three just issued first (newest first).
      expect(new Set(pages).size).toBe(pages.length);
      expect(pages.slice(0, 3)).toEqual([...issued].reverse());
      const other = await stack.token({ role: 'DISTRIBUTOR', partnerId: KESKI_SUOMI_UNIT }, 'other-unit');
      const refused = await stack.request(IssuedCardsDocument, { distributorId: HELSINKI_UNIT }, { token: other });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    });
  });

  describe('the card\'s life', () => {
    it('renews at the issuing unit, extending validity by a year', async () => {
      const card = await issue();
      const renewed = await stack.request(RenewCardDocument, { number: card.number }, { token: distributor });
      expect(renewed.data?.renewCard.validUntil).toBe(`${Number(card.validUntil.slice(0, 4)) + 1}${card.validUntil.slice(4)}`);
      const otherUnit = await stack.token({ role: 'DISTRIBUTOR', partnerId: partnerId('diakonissalaitos') });
      expect(errorCode(await stack.request(RenewCardDocument, { number: card.number }, { token: otherUnit }))).toBe('FORBIDDEN');
    });

    it('closes a lost card and gives a replacement that continues the holder', async () => {
      const card = await issue(1);
      const replacement = (await stack.request(ReportCardLostDocument, { number: card.number }, { token: distributor })).data!.reportCardLost;
      expect(replacement.number).not.toBe(card.number);
      expect(replacement).toMatchObject({ status: 'ACTIVE', children: 1, validUntil: card.validUntil });
      const old = await stack.request(VerifyCardDocument, { number: card.number }, { token: staff });
      expect(old.data?.verifyCard).toMatchObject({ valid: false, reason: 'LOST' });
      expect((await stack.request(VerifyCardDocument, { number: replacement.number }, { token: staff })).data?.verifyCard.valid).toBe(true);
      const again = await stack.request(ReportCardLostDocument, { number: card.number }, { token: distributor });
      expect(errorCode(again)).toBe('CONFLICT');
    });

    it('revokes with a reason; a revoked number no longer works', async () => {
      const card = await issue();
      expect(errorCode(await stack.request(RevokeCardDocument, { number: card.number, reason: '' }, { token: distributor }))).toBe('BAD_USER_INPUT');
      const revoked = await stack.request(RevokeCardDocument, { number: card.number, reason: 'Card given to another person' }, { token: distributor });
      expect(revoked.data?.revokeCard).toMatchObject({ status: 'REVOKED', revokedReason: 'Card given to another person' });
      expect((await stack.request(VerifyCardDocument, { number: card.number }, { token: staff })).data?.verifyCard.reason).toBe('REVOKED');
      expect(errorCode(await stack.request(RegisterCardUseDocument, { input: use(card.number) }, { token: staff }))).toBe('CONFLICT');
    });
  });

  describe('checking at the door', () => {
    it('tells valid, until when, the home area and the children; nothing more', async () => {
      const card = await issue(3);
      const typed = ` ${card.number.toLowerCase().replace(/-/g, ' ')} `;
      const response = await stack.request(VerifyCardDocument, { number: typed }, { token: staff });
      expect(response.data?.verifyCard).toEqual({ valid: true, reason: null, validUntil: card.validUntil, children: 3, homeArea: { id: areaId('helsinki'), code: 'helsinki', name: { fi: 'Helsinki' } } });
      const fields = await stack.request('{ __type(name: "CardVerification") { fields { name } } }');
      expect(fields.data.__type.fields.map((field: { name: string }) => field.name).sort()).toEqual(['children', 'homeArea', 'reason', 'valid', 'validUntil']);
    });

    it('reads a scanned QR payload and refuses a forged one', async () => {
      const card = await issue();
      expect((await stack.request(VerifyCardDocument, { number: card.qrPayload }, { token: staff })).data?.verifyCard.valid).toBe(true);
      const forged = card.qrPayload.replace(/:[^:]+$/, ':AAAAAAAAAAAAAAAA');
      expect(errorCode(await stack.request(VerifyCardDocument, { number: forged }, { token: staff }))).toBe('BAD_USER_INPUT');
    });

    it('answers NOT_FOUND for an unknown well-formed number and BAD_USER_INPUT for a typing error', async () => {
      const card = await issue();
      const unknown = await stack.request(VerifyCardDocument, { number: await unknownNumber() }, { token: staff });
      expect(unknown.data?.verifyCard).toEqual({ valid: false, reason: 'NOT_FOUND', validUntil: null, children: null, homeArea: null });
      const raw = card.number.replace(/-/g, '');
      const swapped = raw[1] !== raw[2] ? raw[0] + raw[2] + raw[1] + raw.slice(3) : raw.slice(0, 10) + (raw[10] === 'Z' ? 'Y' : 'Z');
      const typo = await stack.request(VerifyCardDocument, { number: swapped }, { token: staff });
      expect(errorCode(typo)).toBe('BAD_USER_INPUT');
      expect(typo.errors![0].extensions?.field).toBe('number');
      expect(errorCode(await stack.request(VerifyCardDocument, { number: '0OIL' }, { token: staff }))).toBe('BAD_USER_INPUT');
    });

    it('takes the same time for known and unknown numbers', async () => {
      const card = await issue();
      const unknown = await unknownNumber();
      // The door's own answer, without fields the gateway fetches from other subgraphs (asking
      // for the home area's name adds a hop that only a valid card has).
      const verifyOnly = 'query($n: String!) { verifyCard(number: $n) { valid reason validUntil children } }';
      const time = async (number: string) => {
        const token = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, `timing-${randomUUID()}`);
        const started = performance.now();
        await stack.request(verifyOnly, { n: number }, { token });
        return performance.now() - started;
      };
      const known: number[] = [];
      const missing: number[] = [];
      for (let i = 0; i < 12; i += 1) {
        known.push(await time(card.number));
        missing.push(await time(unknown));
      }
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      expect(Math.min(...known, ...missing)).toBeGreaterThanOrEqual(40);
      // Both sit on the 40 ms floor; the margin absorbs scheduling noise on a busy machine.
      expect(Math.abs(median(known) - median(missing))).toBeLessThan(20);
    });

    it('limits the rate of checks per caller and venue', async () => {
      const guesser = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'guesser');
      const number = await unknownNumber();
      const codes = await Promise.all(Array.from({ length: 45 }, () => stack.request(VerifyCardDocument, { number }, { token: guesser }).then(errorCode)));
      expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThan(0);
      const other = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'someone-else');
      expect(errorCode(await stack.request(VerifyCardDocument, { number }, { token: other }))).toBeUndefined();
    });

    it('refuses cards of an area that left the network (AREA_NOT_IN_NETWORK)', async () => {
      const vantaaUnit = partnerId('vantaan-sosiaalityo');
      const card = await issue(0, vantaaUnit, await stack.token({ role: 'DISTRIBUTOR', partnerId: vantaaUnit }));
      // The areas subgraph publishes the pause as an area snapshot (docs/events.md).
      const pause = async (status: string) => {
        await stack.subgraphs.areas.dataSource.transaction((manager) =>
          publishEvents(manager, 'areas', [{ type: 'AreaStatusChanged', payload: { areaId: areaId('vantaa'), code: 'vantaa', kind: 'MUNICIPALITY', status, localOnly: false, municipalityCodes: ['092'] } }]),
        );
        await eventually(async () => {
          const [fact] = await stack.subgraphs.cards.dataSource.query('SELECT status FROM cards.area_facts WHERE area_id = $1', [areaId('vantaa')]);
          expect(fact.status).toBe(status);
        });
      };
      await pause('PAUSED');
      try {
        expect((await stack.request(VerifyCardDocument, { number: card.number }, { token: staff })).data?.verifyCard).toMatchObject({ valid: false, reason: 'AREA_NOT_IN_NETWORK' });
        expect(errorCode(await stack.request(RegisterCardUseDocument, { input: use(card.number) }, { token: staff }))).toBe('CONFLICT');
      } finally {
        await pause('ACTIVE');
      }
      expect((await stack.request(VerifyCardDocument, { number: card.number }, { token: staff })).data?.verifyCard.valid).toBe(true);
    });

    it('works across the network, but a local-only trial card only at home', async () => {
      const helsinkiCard = await issue();
      const jyvaskylaStaff = await stack.token({ role: 'PARTNER_STAFF', partnerId: JYVASKYLA_MUSEUM });
      expect((await stack.request(VerifyCardDocument, { number: helsinkiCard.number }, { token: jyvaskylaStaff })).data?.verifyCard.valid).toBe(true);

      const keskiSuomiDistributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: KESKI_SUOMI_UNIT });
      const localCard = await issue(0, KESKI_SUOMI_UNIT, keskiSuomiDistributor);
      expect((await stack.request(VerifyCardDocument, { number: localCard.number }, { token: jyvaskylaStaff })).data?.verifyCard.valid).toBe(true);
      const elsewhere = await stack.request(VerifyCardDocument, { number: localCard.number }, { token: staff });
      expect(elsewhere.data?.verifyCard).toMatchObject({ valid: false, reason: 'LOCAL_ONLY_TRIAL' });
      const useElsewhere = await stack.request(RegisterCardUseDocument, { input: use(localCard.number) }, { token: staff });
      expect(errorCode(useElsewhere)).toBe('CONFLICT');
      expect(useElsewhere.errors![0].extensions?.field).toBe('cardNumber');
    });
  });

  describe('recording uses', () => {
    it('records a use with the home and venue areas, and publishes it without the number', async () => {
      const card = await issue(2);
      const response = await stack.request(RegisterCardUseDocument, { input: use(card.number, { childTickets: 2, assistantTickets: 1 }) }, { token: staff });
      expect(response.data?.registerCardUse).toMatchObject({ adultTickets: 1, childTickets: 2, assistantTickets: 1, usedOn: today, category: 'CULTURE' });
      const [row] = await stack.subgraphs.cards.dataSource.query('SELECT home_area_id, venue_area_id FROM cards.card_uses WHERE id = $1', [response.data!.registerCardUse.id]);
      expect(row).toEqual({ home_area_id: areaId('helsinki'), venue_area_id: areaId('helsinki') });
      const events = await stack.subgraphs.cards.dataSource.query('SELECT payload::text AS payload FROM cards.event_log');
      const compact = card.number.replace(/-/g, '');
      expect(events.some((event: { payload: string }) => event.payload.includes(compact) || event.payload.includes(card.number))).toBe(false);
      expect(events.some((event: { payload: string }) => event.payload.includes(response.data!.registerCardUse.id))).toBe(true);
    });

    it.each([
      ['two adult tickets on a personal card', { adultTickets: 2 }, 'adultTickets'],
      ['more children than recorded', { childTickets: 3 }, 'childTickets'],
      ['course places outside EDUCATION', { coursePlaces: 1 }, 'coursePlaces'],
      ['nothing at all', { adultTickets: 0 }, 'adultTickets'],
      ['a negative count', { childTickets: -1 }, 'childTickets'],
      ['a date in the future', { usedOn: '2999-01-01' }, 'usedOn'],
      ['a date beyond the 60-day window', { usedOn: '2020-01-01' }, 'usedOn'],
      ['an empty idempotency key', { idempotencyKey: '' }, 'idempotencyKey'],
    ])('refuses %s with BAD_USER_INPUT naming the field and records nothing', async (_name, change, field) => {
      const card = await issue(2);
      const before = await countRows(stack, 'cards.card_uses');
      const response = await stack.request(RegisterCardUseDocument, { input: use(card.number, change) }, { token: staff });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain(field);
      expect(await countRows(stack, 'cards.card_uses')).toBe(before);
    });

    it('accepts a back-dated use inside the window', async () => {
      // A demo card issued long enough ago to have been valid ten days back.
      const [card] = await stack.subgraphs.cards.dataSource.query(
        "SELECT number, children FROM cards.cards WHERE state = 'ACTIVE' AND kind = 'PERSONAL' AND home_area_id = $1 AND valid_from < now() - interval '20 days' AND valid_until > now() + interval '1 day' LIMIT 1",
        [areaId('helsinki')],
      );
      const tenDaysAgo = finnishDay(-10);
      const response = await stack.request(RegisterCardUseDocument, { input: use(card.number, { usedOn: tenDaysAgo }) }, { token: staff });
      expect(response.errors).toBeUndefined();
      expect(response.data?.registerCardUse.usedOn).toBe(tenDaysAgo);
    });

    it('gives course places only at courses, never child tickets there', async () => {
      const card = await issue(2);
      const course = await stack.request(RegisterCardUseDocument, { input: use(card.number, { partnerId: HELSINKI_COURSES, category: 'EDUCATION', adultTickets: 0, coursePlaces: 1 }) }, { token: courseStaff });
      expect(course.data?.registerCardUse.coursePlaces).toBe(1);
      const withChild = await stack.request(RegisterCardUseDocument, { input: use(card.number, { partnerId: HELSINKI_COURSES, category: 'EDUCATION', adultTickets: 0, coursePlaces: 1, childTickets: 1 }) }, { token: courseStaff });
      expect(errorCode(withChild)).toBe('BAD_USER_INPUT');
    });

    it('takes uses only at active culture partners that accepted the principles, by their own staff', async () => {
      const card = await issue();
      const newVenue = randomUUID();
      await publishPartner(stack, { partnerId: newVenue, areaId: areaId('helsinki'), roles: ['CULTURE_PARTNER'], principlesVersion: null });
      const venueStaff = await stack.token({ role: 'PARTNER_STAFF', partnerId: newVenue });
      const noPrinciples = await stack.request(RegisterCardUseDocument, { input: use(card.number, { partnerId: newVenue }) }, { token: venueStaff });
      expect(errorCode(noPrinciples)).toBe('CONFLICT');
      expect(noPrinciples.errors![0].message).toContain('operating principles');
      await publishPartner(stack, { partnerId: newVenue, areaId: areaId('helsinki'), roles: ['CULTURE_PARTNER'], principlesVersion: '2024-1' });
      expect((await stack.request(RegisterCardUseDocument, { input: use(card.number, { partnerId: newVenue }) }, { token: venueStaff })).errors).toBeUndefined();

      expect(errorCode(await stack.request(RegisterCardUseDocument, { input: use(card.number) }, { token: courseStaff }))).toBe('FORBIDDEN');
      const ghost = randomUUID();
      const unknownPartner = await stack.request(RegisterCardUseDocument, { input: use(card.number, { partnerId: ghost }) }, { token: await stack.token({ role: 'PARTNER_STAFF', partnerId: ghost }) });
      expect(errorCode(unknownPartner)).toBe('NOT_FOUND');
      expect(errorCode(await stack.request(RegisterCardUseDocument, { input: use(await unknownNumber()) }, { token: staff }))).toBe('NOT_FOUND');
      expect(errorCode(await stack.request(RegisterCardUseDocument, { input: use(card.number, { offerId: randomUUID() }) }, { token: staff }))).toBe('NOT_FOUND');
    });

    it('returns the first result for a repeated key and CONFLICT for a key reused with other input', async () => {
      const card = await issue(1);
      const input = use(card.number);
      const first = await stack.request(RegisterCardUseDocument, { input }, { token: staff });
      const before = await countRows(stack, 'cards.card_uses');
      const again = await stack.request(RegisterCardUseDocument, { input: { ...input, cardNumber: card.number.toLowerCase() } }, { token: staff });
      expect(again.data?.registerCardUse.id).toBe(first.data?.registerCardUse.id);
      expect(await countRows(stack, 'cards.card_uses')).toBe(before);
      const other = await stack.request(RegisterCardUseDocument, { input: { ...input, childTickets: 1 } }, { token: staff });
      expect(errorCode(other)).toBe('CONFLICT');
      expect(other.errors![0].extensions?.field).toBe('idempotencyKey');
    });

    it('records one use for two concurrent requests with one key', async () => {
      const card = await issue();
      const input = use(card.number);
      const before = await countRows(stack, 'cards.card_uses');
      const [a, b] = await Promise.all([1, 2].map(() => stack.request(RegisterCardUseDocument, { input }, { token: staff })));
      expect(a.data?.registerCardUse.id).toBeDefined();
      expect(a.data?.registerCardUse.id).toBe(b.data?.registerCardUse.id);
      expect(await countRows(stack, 'cards.card_uses')).toBe(before + 1);
    });

    it('holds a cap of 10 under 100 concurrent uses', async () => {
      // The venue's offer, created through the gateway as its staff would.
      const created = await stack.request(
        'mutation($input: OfferInput!) { createOffer(input: $input) { id } }',
        { input: { partnerId: HELSINKI_THEATRE, title: { fi: 'Iltanäytös' }, kind: 'TICKET', category: 'CULTURE', validFrom: '2020-01-01', validUntil: '2100-12-31', cap: { kind: 'PER_EVENT', amount: 10 } } },
        { token: staff },
      );
      expect(created.errors).toBeUndefined();
      const offerId: string = created.data.createOffer.id;
      await eventually(async () => expect(await countRows(stack, `cards.offer_facts WHERE offer_id = '${offerId}'`)).toBe(1));
      const cards = await Promise.all(Array.from({ length: 20 }, () => issue(0)));
      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, i) => stack.request(RegisterCardUseDocument, { input: use(cards[i % 20].number, { offerId }) }, { token: staff })),
      );
      const codes = responses.map((response) => errorCode(response) ?? 'OK');
      expect(codes.filter((code) => code === 'OK')).toHaveLength(10);
      expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(90);
      expect(responses.find((response) => errorCode(response) === 'CONFLICT')!.errors![0].message).toMatch(/10 free places .* are taken/);
      const [{ count }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.card_uses WHERE offer_id = $1', [offerId]);
      expect(count).toBe(10);
    });
  });

  describe('area card rules', () => {
    it('lets an area set its validity and back-dating window; others may not', async () => {
      const setRules = 'mutation($code: String!, $months: Int!, $days: Int!) { setCardRules(areaCode: $code, validityMonths: $months, backdateDays: $days) { areaCode validityMonths backdateDays } }';
      const vantaaCoordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['vantaa'] });
      expect(errorCode(await stack.request(setRules, { code: 'keski-suomi', months: 6, days: 5 }, { token: vantaaCoordinator }))).toBe('FORBIDDEN');
      const coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['keski-suomi'] });
      expect(errorCode(await stack.request(setRules, { code: 'keski-suomi', months: 0, days: 5 }, { token: coordinator }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.request(setRules, { code: 'atlantis', months: 6, days: 5 }, { token: await stack.token({ role: 'NATIONAL_ADMIN' }) }))).toBe('NOT_FOUND');
      const set = await stack.request(setRules, { code: 'keski-suomi', months: 6, days: 5 }, { token: coordinator });
      expect(set.data?.setCardRules).toEqual({ areaCode: 'keski-suomi', validityMonths: 6, backdateDays: 5 });

      const unit = await stack.token({ role: 'DISTRIBUTOR', partnerId: KESKI_SUOMI_UNIT });
      const card = await issue(0, KESKI_SUOMI_UNIT, unit);
      const [y, m] = card.validFrom.split('-').map(Number);
      expect(card.validUntil.slice(0, 7)).toBe(`${m + 6 > 12 ? y + 1 : y}-${String(((m + 5) % 12) + 1).padStart(2, '0')}`);
      const museum = await stack.token({ role: 'PARTNER_STAFF', partnerId: JYVASKYLA_MUSEUM });
      const sixDaysAgo = finnishDay(-6);
      const late = await stack.request(RegisterCardUseDocument, { input: use(card.number, { partnerId: JYVASKYLA_MUSEUM, usedOn: sixDaysAgo }) }, { token: museum });
      expect(errorCode(late)).toBe('BAD_USER_INPUT');
      expect(late.errors![0].message).toContain('at most 5 days');
    });
  });

  describe('batch import', () => {
    it('checks each row, reports rejections, and records nothing twice on a second import', async () => {
      const [a, b] = [await issue(1), await issue(0)];
      const rows = [
        { cardNumber: a.number, usedOn: today, category: 'CULTURE' as const, adultTickets: 1, childTickets: 1 },
        { cardNumber: b.number, usedOn: today, category: 'CULTURE' as const, adultTickets: 1 },
        { cardNumber: b.number, usedOn: today, category: 'CULTURE' as const, adultTickets: 1, childTickets: 2 },
        { cardNumber: 'NOT-A-CARD', usedOn: today, category: 'CULTURE' as const, adultTickets: 1 },
        { cardNumber: a.number, usedOn: '2999-01-01', category: 'CULTURE' as const, adultTickets: 1 },
      ];
      const first = await stack.request(ImportCardUsesDocument, { input: { partnerId: HELSINKI_THEATRE, rows, firstRowNumber: 2 } }, { token: staff });
      expect(first.data?.importCardUses).toMatchObject({ accepted: 2, alreadyRecorded: 0 });
      expect(first.data?.importCardUses.rejected.map((r) => [r.row, r.field, r.code])).toEqual([
        [4, 'childTickets', 'BAD_USER_INPUT'],
        [5, 'cardNumber', 'BAD_USER_INPUT'],
        [6, 'usedOn', 'BAD_USER_INPUT'],
      ]);
      const before = await countRows(stack, 'cards.card_uses');
      const second = await stack.request(ImportCardUsesDocument, { input: { partnerId: HELSINKI_THEATRE, rows, firstRowNumber: 2 } }, { token: staff });
      expect(second.data?.importCardUses).toMatchObject({ accepted: 0, alreadyRecorded: 2 });
      expect(await countRows(stack, 'cards.card_uses')).toBe(before);
    });
  });

  describe('privacy and the event log', () => {
    it('has no column for a name, identity code, birth date or address of a holder, in any table', async () => {
      const columns: Array<{ table_schema: string; table_name: string; column_name: string }> = await stack.subgraphs.cards.dataSource.query(
        "SELECT table_schema, table_name, column_name FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
      );
      expect(columns.length).toBeGreaterThan(20);
      const forbiddenEverywhere = /(hetu|ssn|identity_code|personal_id|birth_date|date_of_birth|birthday)/;
      expect(columns.filter((c) => forbiddenEverywhere.test(c.column_name))).toEqual([]);
      // Tables about card holders and their uses (area_codes names areas, not people).
      const holderSchemas = columns.filter((c) => (c.table_schema === 'cards' || c.table_schema === 'statistics') && c.table_name !== 'area_codes');
      expect(holderSchemas.length).toBeGreaterThan(10);
      expect(holderSchemas.filter((c) => /(name|address|street|email|phone)/.test(c.column_name) && c.table_name !== 'migrations')).toEqual([]);
      expect(holderSchemas.filter((c) => c.table_schema === 'statistics' && /number/.test(c.column_name))).toEqual([]);
    });

    it('statistics count a replaced card\'s holder once', async () => {
      const analyst = await stack.token({ role: 'ANALYST' });
      const figures = async () => (await stack.request(NationalStatisticsDocument, { from: today, to: today }, { token: analyst })).data!.nationalStatistics.totals;
      const factsFollowCards = async () => {
        const [{ count }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.cards WHERE valid_from = $1', [today]);
        const [{ facts }] = await stack.subgraphs.statistics.dataSource.query('SELECT count(*)::int AS facts FROM statistics.card_facts WHERE issued_on = $1', [today]);
        expect(facts).toBe(count);
      };
      await eventually(factsFollowCards);
      const issuedBefore = (await figures()).cardsIssued;
      const card = await issue(0);
      const replacement = (await stack.request(ReportCardLostDocument, { number: card.number }, { token: distributor })).data!.reportCardLost;
      expect((await stack.request(RegisterCardUseDocument, { input: use(replacement.number) }, { token: staff })).errors).toBeUndefined();
      await eventually(factsFollowCards);
      // Two cards exist now, but one holder: the figures grow by one.
      expect((await figures()).cardsIssued).toBe(issuedBefore! + 1);
    });

    it('logs every read and change of card data, append-only, for national admins, without numbers', async () => {
      const card = await issue();
      await stack.request(VerifyCardDocument, { number: card.number }, { token: staff });
      await stack.request(CardByNumberDocument, { number: card.number }, { token: distributor });
      const query = 'query($action: String) { cardAccessLog(first: 100, action: $action) { totalCount edges { node { at subject roles action cardKey requestId } } } }';
      const admin = await stack.token({ role: 'NATIONAL_ADMIN' }, 'auditor');
      const log = await stack.request(query, {}, { token: admin });
      expect(log.errors).toBeUndefined();
      const entries = log.data.cardAccessLog.edges.map((edge: { node: Record<string, string> }) => edge.node);
      expect(entries.slice(0, 3).map((entry: { action: string }) => entry.action)).toEqual(['READ_CARD', 'VERIFY_CARD', 'ISSUE_CARD']);
      expect(entries[1]).toMatchObject({ subject: 'theatre-staff', roles: `PARTNER_STAFF:${HELSINKI_THEATRE}` });
      expect(entries[0].cardKey).toBe(entries[2].cardKey);
      expect(entries[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
      const text = JSON.stringify(log.data);
      expect(text).not.toContain(card.number);
      expect(text).not.toContain(card.number.replace(/-/g, ''));
      expect((await stack.request(query, { action: 'ISSUE_CARD' }, { token: admin })).data.cardAccessLog.totalCount).toBeGreaterThan(10);
      expect(errorCode(await stack.request(query, {}, { token: staff }))).toBe('FORBIDDEN');
      await expect(stack.subgraphs.cards.dataSource.query("UPDATE cards.access_log SET subject = 'someone else'")).rejects.toThrow('append-only');
      await expect(stack.subgraphs.cards.dataSource.query('DELETE FROM cards.access_log')).rejects.toThrow('append-only');
    });

    it('shows a card only to its issuing unit', async () => {
      const card = await issue();
      expect((await stack.request(CardByNumberDocument, { number: card.number }, { token: distributor })).data?.card?.issuedBy.id).toBe(HELSINKI_UNIT);
      expect(errorCode(await stack.request(CardByNumberDocument, { number: card.number }, { token: staff }))).toBe('FORBIDDEN');
    });
  });

  async function unknownNumber(): Promise<string> {
    // A well-formed number (right check character) that no card has.
    const { generateCardNumber } = await import('../../subgraphs/cards/src/domain/card-number');
    return generateCardNumber();
  }
});
