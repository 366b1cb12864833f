import {
  AcceptOperatingPrinciplesDocument,
  AddOfferEventDocument,
  AddVenueDocument,
  AreaPartnersDocument,
  CreateOfferDocument,
  OfferAvailabilityDocument,
  PartnerCategoriesDocument,
  PartnerDetailsDocument,
  PartnerDirectoryDocument,
  RecordPartnerAgreementDocument,
  RegisterPartnerDocument,
  RemoveVenueDocument,
  SetOfferEventSoldOutDocument,
  SetPartnerCategoriesDocument,
  SetPartnerContactsDocument,
  UpdateOfferDocument,
  UpdatePartnerDocument,
  UpdateVenueDocument,
  type OfferInput,
} from '@kaiku/client';
import { stableId } from '@kaiku/subgraph-kit';
import { errorCode, eventually, startStack, type TestStack } from '@kaiku/testing';

const partnerId = (key: string) => stableId('partner', key);
const THEATRE = partnerId('hki-kaupunginteatteri');
const VANTAA_MUSEUM = partnerId('vantaan-kaupunginmuseo');
const OULU_THEATRE = partnerId('oulun-kaupunginteatteri');

/** The partners domain through the gateway: directory, access, validation, events, offers. */
describe('partners through the gateway', () => {
  let stack: TestStack;
  let admin: string;
  let coordinator: string;
  let staff: string;
  const sql = (text: string, params: unknown[] = []) => stack.subgraphs.partners.dataSource.query(text, params);
  /** Rows that a refused mutation must not have touched. */
  const writes = async () => (await sql(`SELECT (SELECT count(*) FROM partners.partners) + (SELECT count(*) FROM partners.offers)
      + (SELECT count(*) FROM partners.venues) + (SELECT count(*) FROM partners.contacts) + (SELECT count(*) FROM partners.event_log)
      + (SELECT count(*) FROM partners.partner_categories) AS n`))[0].n;

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    admin = await stack.token({ role: 'NATIONAL_ADMIN' }, 'admin');
    coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['helsinki'] }, 'coordinator');
    staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: THEATRE }, 'staff');
    await eventually(async () => expect((await sql('SELECT count(*)::int AS n FROM partners.known_areas'))[0].n).toBeGreaterThanOrEqual(8));
  });
  afterAll(() => stack?.stop());

  const names = async (filter: Record<string, unknown>, token?: string) => {
    const response = await stack.request(PartnerDirectoryDocument, { filter, first: 100 }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.partners.edges.map((edge) => edge.node.name.fi);
  };

  describe('the public directory', () => {
    it('shows anonymous callers active partners of TRIAL and ACTIVE areas only, and no contacts', async () => {
      const response = await stack.request(PartnerDirectoryDocument, { first: 100 });
      const statuses = new Set(response.data!.partners.edges.map((edge) => edge.node.area.status));
      expect([...statuses].sort()).toEqual(['ACTIVE', 'TRIAL']);
      expect(response.data!.partners.totalCount).toBeGreaterThanOrEqual(60);
      expect(await names({ areaCode: 'oulu' })).toEqual([]);
      expect(await names({ areaCode: 'kymenlaakso' })).toEqual([]);
      expect(await names({ areaCode: 'helsinki' })).not.toContain('Kino Regina'); // inactive
      expect((await stack.request(PartnerDetailsDocument, { id: OULU_THEATRE })).data!.partner).toBeNull();
      const theatre = await stack.request(PartnerDetailsDocument, { id: THEATRE });
      expect(theatre.data!.partner!.contacts).toBeNull();
      expect(theatre.data!.partner!.venues[0]).toMatchObject({ municipalityCode: '091', location: { latitude: 60.1836 } });
    });

    it('shows contacts only to admins, the area coordinators and the partner itself', async () => {
      const contacts = async (id: string, token: string) => (await stack.request(PartnerDetailsDocument, { id }, { token })).data!.partner!.contacts;
      expect(await contacts(THEATRE, admin)).toHaveLength(1);
      expect(await contacts(THEATRE, coordinator)).toHaveLength(1);
      expect(await contacts(THEATRE, staff)).toHaveLength(1);
      expect(await contacts(VANTAA_MUSEUM, coordinator)).toBeNull();
      expect(await contacts(VANTAA_MUSEUM, staff)).toBeNull();
      expect(await contacts(VANTAA_MUSEUM, await stack.token({ role: 'ANALYST' }))).toBeNull();
      expect(await names({ areaCode: 'oulu' }, admin)).toContain('Oulun kaupunginteatteri');
    });

    it('filters by area, role, sector, category (a top category includes its subcategories), municipality and search', async () => {
      expect(await names({ areaCode: 'vantaa' })).toEqual(expect.arrayContaining(['Tiedekeskus Heureka', 'Vantaan kaupunginmuseo']));
      const distributors = await names({ role: 'CARD_DISTRIBUTOR' });
      expect(distributors).toContain('Diakonissalaitos');
      expect(distributors).not.toContain('Kansallismuseo');
      const thirdSector = await names({ sector: 'THIRD_SECTOR', areaCode: 'helsinki' });
      expect(thirdSector).toEqual(expect.arrayContaining(['Diakonissalaitos', 'Suomen Kansallisteatteri']));
      expect(thirdSector).not.toContain('Kansallismuseo');
      const culture = await names({ category: 'CULTURE' });
      expect(culture).toEqual(expect.arrayContaining(['Helsingin Kaupunginteatteri', 'Kansallismuseo', 'Diakonissalaitos']));
      expect(culture).not.toContain('Kalevan uimahalli');
      const theatres = await names({ category: 'culture.theatre' });
      expect(theatres).toContain('Tampereen Teatteri');
      expect(theatres).not.toContain('Kansallismuseo');
      expect(await names({ category: 'sport' })).toEqual(expect.arrayContaining(['Kalevan uimahalli', 'Helsingin jäähalli']));
      const tampere = await names({ municipality: '837' });
      expect(tampere).toContain('Tampereen Teatteri');
      expect(tampere).not.toContain('Nokian uimahalli');
      expect(await names({ search: 'stadsteater' })).toEqual(expect.arrayContaining(['Helsingin Kaupunginteatteri', 'Turun Kaupunginteatteri']));
      expect(await names({ search: 'swimming hall tampere' })).toEqual([]);
      expect(await names({ search: 'Swimming Kaleva' })).toEqual(['Kalevan uimahalli']);
      expect(await names({ search: 'teatteri', areaCode: 'tampereen-seutu', sector: 'PRIVATE' })).toEqual(['Tampereen Teatteri']);
      expect(errorCode(await stack.request(PartnerDirectoryDocument, { filter: { municipality: 'Helsinki' } }))).toBe('BAD_USER_INPUT');
    });

    it('refuses a page over 100 and a cursor it did not give', async () => {
      expect(errorCode(await stack.request(PartnerDirectoryDocument, { first: 101 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.request(PartnerDirectoryDocument, { first: 5, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
      const forged = Buffer.from(JSON.stringify(['x', 'not-an-id'])).toString('base64url');
      expect(errorCode(await stack.request(PartnerDirectoryDocument, { first: 5, after: forged }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.request(AreaPartnersDocument, { code: 'helsinki', after: 'nope' }))).toBe('BAD_USER_INPUT');
    });

    it('keeps cursors valid when a partner is inserted between pages', async () => {
      const filter = { areaCode: 'helsinki' };
      const first = await stack.request(PartnerDirectoryDocument, { filter, first: 5 });
      const seen = first.data!.partners.edges.map((edge) => edge.node.id);
      const registered = await stack.request(RegisterPartnerDocument, { input: { areaCode: 'helsinki', name: { fi: 'Aaaa-teatteri' }, roles: ['CULTURE_PARTNER'], sector: 'PRIVATE' } }, { token: admin });
      expect(registered.errors).toBeUndefined();
      const rest = await stack.request(PartnerDirectoryDocument, { filter, first: 100, after: first.data!.partners.pageInfo.endCursor });
      const all = await stack.request(PartnerDirectoryDocument, { filter, first: 100 });
      const everyone = all.data!.partners.edges.map((edge) => edge.node.id);
      expect(everyone[0]).toBe(registered.data!.registerPartner.id);
      expect([...seen, ...rest.data!.partners.edges.map((edge) => edge.node.id)]).toEqual(everyone.slice(1));
      expect(rest.data!.partners.totalCount).toBe(everyone.length);
    });

    it('lists the taxonomy: four top categories and their subcategories', async () => {
      const categories = (await stack.request(PartnerCategoriesDocument)).data!.partnerCategories;
      expect(categories.slice(0, 4).map((category) => category.code)).toEqual(['CULTURE', 'EDUCATION', 'SCIENCE', 'SPORT']);
      expect(categories).toContainEqual({ code: 'sport.ice-rink', parentCode: 'SPORT', name: { fi: 'Jäähalli', sv: 'Ishall', en: 'Ice rink' } });
    });
  });

  describe('Area.partners and partnerCounts', () => {
    it('pages an area\'s partners by role and counts what readiness needs', async () => {
      const response = await stack.request(AreaPartnersDocument, { code: 'tampereen-seutu', first: 2, role: 'CARD_DISTRIBUTOR' });
      expect(response.errors).toBeUndefined();
      const area = response.data!.area!;
      expect(area.partnerCounts).toMatchObject({ distributors: 2, thirdSector: 3 });
      expect(area.partnerCounts.total).toBe(area.partnerCounts.distributors + area.partnerCounts.culturePartners);
      expect(area.partners.totalCount).toBe(2);
      expect(area.partners.edges.map((edge) => edge.node.name.fi)).toEqual(['Sininauha Tampere', 'Tampereen Mielenterveysseura']);
      const next = await stack.request(AreaPartnersDocument, { code: 'tampereen-seutu', first: 5, after: area.partners.pageInfo.endCursor, role: 'CARD_DISTRIBUTOR' });
      expect(next.data!.area!.partners).toMatchObject({ totalCount: 2, edges: [], pageInfo: { hasNextPage: false } });
      const planning = await stack.request(AreaPartnersDocument, { code: 'oulu' });
      expect(planning.data!.area!.partners.totalCount).toBe(0);
      expect(planning.data!.area!.partnerCounts.total).toBe(6);
    });
  });

  describe('registering and editing partners', () => {
    const register = (input: Record<string, unknown>, token = coordinator) =>
      stack.request(RegisterPartnerDocument, { input: { areaCode: 'helsinki', name: { fi: 'Kallion Nuorisoteatteri', sv: 'Berghälls ungdomsteater' }, roles: ['CULTURE_PARTNER'], sector: 'THIRD_SECTOR', ...input } }, { token });

    it.each([
      ['an unknown area code', { areaCode: 'atlantis' }, 'NOT_FOUND', 'areaCode'],
      ['an empty Finnish name', { name: { fi: '' } }, 'BAD_USER_INPUT', 'name'],
      ['a blank Finnish name', { name: { fi: '   ' } }, 'BAD_USER_INPUT', 'name.fi'],
      ['a name over 2,000 characters', { name: { fi: 'x'.repeat(2001) } }, 'BAD_USER_INPUT', 'name'],
      ['no roles', { roles: [] }, 'BAD_USER_INPUT', 'roles'],
      ['an unknown category', { categories: ['culture.opera-on-ice'] }, 'BAD_USER_INPUT', 'categories'],
      ['a website that is no address', { website: 'hkt' }, 'BAD_USER_INPUT', 'website'],
      ['accessibility notes over 2,000 characters', { accessibility: { fi: 'y'.repeat(2001) } }, 'BAD_USER_INPUT', 'accessibility'],
    ])('refuses %s, naming the field and writing nothing', async (_what, input, code, field) => {
      const before = await writes();
      const response = await register(input);
      expect(errorCode(response)).toBe(code);
      expect(response.errors![0].message).toContain(field);
      expect(await writes()).toBe(before);
    });

    it('lets coordinators register only in their areas, and publishes the full snapshot', async () => {
      expect(errorCode(await register({ areaCode: 'vantaa' }))).toBe('FORBIDDEN');
      expect(errorCode(await register({}, staff))).toBe('FORBIDDEN');
      expect(errorCode(await register({}, ''))).toBe('UNAUTHENTICATED');
      const response = await register({ categories: ['culture.theatre', 'education.art-school'] });
      expect(response.errors).toBeUndefined();
      const created = response.data!.registerPartner;
      expect(created.categories.map((category) => category.code)).toEqual(['culture.theatre', 'education.art-school']);
      const [event] = await sql("SELECT type, payload FROM partners.event_log WHERE payload->>'partnerId' = $1", [created.id]);
      expect(event.type).toBe('PartnerRegistered');
      expect(event.payload).toEqual({
        partnerId: created.id,
        areaId: stableId('area', 'helsinki'),
        roles: ['CULTURE_PARTNER'],
        sector: 'THIRD_SECTOR',
        active: true,
        agreementSigned: false,
        principlesVersion: null,
        categories: ['CULTURE', 'EDUCATION', 'culture.theatre', 'education.art-school'],
      });
    });

    it('updates, recategorises, moves and deactivates a partner, each change on the log', async () => {
      const id = (await register({ name: { fi: 'Siirtyvä kumppani' } })).data!.registerPartner.id;
      const updated = await stack.request(UpdatePartnerDocument, { id, input: { name: { fi: 'Siirtyvä kumppani ry', en: 'Moving partner' }, website: 'https://example.fi', accessibility: { fi: 'Pyörätuoliluiska' } } }, { token: coordinator });
      expect(updated.data!.updatePartner).toMatchObject({ name: { fi: 'Siirtyvä kumppani ry', en: 'Moving partner' }, website: 'https://example.fi', accessibility: { fi: 'Pyörätuoliluiska' } });
      expect(errorCode(await stack.request(UpdatePartnerDocument, { id, input: { name: { fi: '' } } }, { token: coordinator }))).toBe('BAD_USER_INPUT');
      const categories = await stack.request(SetPartnerCategoriesDocument, { partnerId: id, categories: ['sport.gym', 'SPORT'] }, { token: coordinator });
      expect(categories.data!.setPartnerCategories.categories).toEqual([{ code: 'SPORT', parentCode: null }, { code: 'sport.gym', parentCode: 'SPORT' }]);
      expect(await names({ category: 'SPORT', search: 'siirtyvä' })).toEqual(['Siirtyvä kumppani ry']);
      // Moving to Vantaa needs the right to Vantaa as well.
      expect(errorCode(await stack.request(UpdatePartnerDocument, { id, input: { areaCode: 'vantaa' } }, { token: coordinator }))).toBe('FORBIDDEN');
      expect(errorCode(await stack.request(UpdatePartnerDocument, { id, input: { areaCode: 'atlantis' } }, { token: admin }))).toBe('NOT_FOUND');
      const moved = await stack.request(UpdatePartnerDocument, { id, input: { areaCode: 'vantaa', active: false } }, { token: admin });
      expect(moved.data!.updatePartner).toMatchObject({ active: false, area: { id: stableId('area', 'vantaa') } });
      expect(errorCode(await stack.request(UpdatePartnerDocument, { id, input: { active: true } }, { token: coordinator }))).toBe('FORBIDDEN');
      expect(await names({ search: 'siirtyvä' })).toEqual([]);
      const events = await sql("SELECT type, payload FROM partners.event_log WHERE payload->>'partnerId' = $1 ORDER BY id", [id]);
      expect(events.map((event: { type: string }) => event.type)).toEqual(['PartnerRegistered', 'PartnerUpdated', 'PartnerUpdated', 'PartnerUpdated']);
      expect(events.at(-1).payload).toMatchObject({ areaId: stableId('area', 'vantaa'), active: false, categories: ['SPORT', 'sport.gym'] });
    });

    it('keeps venues with checked codes and coordinates', async () => {
      const venue = (input: Record<string, unknown>) => ({ streetAddress: 'Eläintarhantie 5', postalCode: '00530', municipalityCode: '091', latitude: 60.18, longitude: 24.94, ...input });
      for (const [input, field] of [
        [{ latitude: 91 }, 'latitude'],
        [{ longitude: -181 }, 'longitude'],
        [{ latitude: null }, 'latitude'],
        [{ municipalityCode: '91' }, 'municipalityCode'],
        [{ postalCode: '0053' }, 'postalCode'],
        [{ streetAddress: '' }, 'streetAddress'],
      ] as const) {
        const before = await writes();
        const response = await stack.request(AddVenueDocument, { partnerId: THEATRE, input: venue(input) }, { token: coordinator });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(response.errors![0].message).toContain(field);
        expect(await writes()).toBe(before);
      }
      expect(errorCode(await stack.request(AddVenueDocument, { partnerId: THEATRE, input: venue({}) }, { token: staff }))).toBe('FORBIDDEN');
      const added = await stack.request(AddVenueDocument, { partnerId: THEATRE, input: venue({ streetAddress: 'Pieni näyttämö, Eläintarhantie 5' }) }, { token: coordinator });
      const venueId = added.data!.addVenue.id;
      expect(added.data!.addVenue).toMatchObject({ municipalityCode: '091', location: { latitude: 60.18, longitude: 24.94 } });
      const updated = await stack.request(UpdateVenueDocument, { id: venueId, input: venue({ municipalityCode: '049', latitude: undefined, longitude: undefined }) }, { token: coordinator });
      expect(updated.data!.updateVenue).toMatchObject({ municipalityCode: '049', location: null });
      expect(await names({ municipality: '049' })).toEqual(['Helsingin Kaupunginteatteri']);
      const removed = await stack.request(RemoveVenueDocument, { id: venueId }, { token: coordinator });
      expect(removed.data!.removeVenue.venues.map((v) => v.id)).not.toContain(venueId);
      expect(errorCode(await stack.request(RemoveVenueDocument, { id: venueId }, { token: coordinator }))).toBe('NOT_FOUND');
    });

    it('replaces contacts, checking emails and phone numbers', async () => {
      expect(errorCode(await stack.request(SetPartnerContactsDocument, { partnerId: THEATRE, contacts: [{ name: 'Maija', email: 'not-an-email' }] }, { token: staff }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.request(SetPartnerContactsDocument, { partnerId: THEATRE, contacts: [{ name: 'Maija', phone: 'call me' }] }, { token: staff }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.request(SetPartnerContactsDocument, { partnerId: VANTAA_MUSEUM, contacts: [] }, { token: staff }))).toBe('FORBIDDEN');
      const set = await stack.request(SetPartnerContactsDocument, { partnerId: THEATRE, contacts: [{ name: 'Maija Meikäläinen', email: 'maija@hkt.fi', phone: '+358 9 3940 22' }, { name: 'Pekka Puupää' }] }, { token: staff });
      expect(set.data!.setPartnerContacts.contacts).toEqual([{ name: 'Maija Meikäläinen', email: 'maija@hkt.fi', phone: '+358 9 3940 22' }, { name: 'Pekka Puupää', email: null, phone: null }]);
    });

    it('records agreements with dates in order and principles by version', async () => {
      const backwards = await stack.request(RecordPartnerAgreementDocument, { partnerId: THEATRE, signedOn: '2025-06-01', validUntil: '2025-05-31' }, { token: coordinator });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(backwards.errors![0].message).toContain('validUntil');
      const signed = await stack.request(RecordPartnerAgreementDocument, { partnerId: THEATRE, signedOn: '2025-06-01', validUntil: '2026-05-31' }, { token: coordinator });
      expect(signed.data!.recordPartnerAgreement).toMatchObject({ agreementSignedOn: '2025-06-01', agreementValidUntil: '2026-05-31' });
      const accepted = await stack.request(AcceptOperatingPrinciplesDocument, { partnerId: THEATRE, version: '2025-2' }, { token: staff });
      expect(accepted.data!.acceptOperatingPrinciples.principlesVersion).toBe('2025-2');
      const [last] = await sql("SELECT type, payload FROM partners.event_log WHERE payload->>'partnerId' = $1 ORDER BY id DESC LIMIT 1", [THEATRE]);
      expect(last).toMatchObject({ type: 'PrinciplesAccepted', payload: { principlesVersion: '2025-2', agreementSigned: true, categories: ['CULTURE', 'culture.theatre'] } });
    });
  });

  describe('offers and availability', () => {
    const offer = (overrides: Record<string, unknown> = {}): OfferInput => ({
      partnerId: THEATRE,
      title: { fi: 'Syysnäytökset', sv: 'Höstföreställningar', en: 'Autumn performances' },
      kind: 'TICKET',
      category: 'culture.theatre',
      validFrom: '2026-08-01',
      validUntil: '2026-12-31',
      cap: { kind: 'SHARE_OF_CAPACITY', percent: 5, capacity: 400 },
      ...overrides,
    }) as OfferInput;

    it.each([
      ['a zero cap', { cap: { kind: 'PER_EVENT', amount: 0 } }, 'amount'],
      ['a negative cap', { cap: { kind: 'PER_PERIOD', amount: -1 } }, 'amount'],
      ['a zero share', { cap: { kind: 'SHARE_OF_CAPACITY', percent: 0, capacity: 400 } }, 'percent'],
      ['a share over 100%', { cap: { kind: 'SHARE_OF_CAPACITY', percent: 100.5, capacity: 400 } }, 'percent'],
      ['dates out of order', { validFrom: '2026-12-31', validUntil: '2026-08-01' }, 'validUntil'],
      ['a description over 2,000 characters', { description: { fi: 'x'.repeat(2001) } }, 'description'],
      ['an unknown category', { category: 'culture.unknown' }, 'category'],
    ])('refuses %s and writes nothing', async (_what, change, field) => {
      const before = await writes();
      const response = await stack.request(CreateOfferDocument, { input: offer(change) }, { token: staff });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain(field);
      expect(await writes()).toBe(before);
    });

    it('lets a partner\'s own staff keep its offers, and tells free places per performance', async () => {
      const otherStaff = await stack.token({ role: 'PARTNER_STAFF', partnerId: VANTAA_MUSEUM });
      expect(errorCode(await stack.request(CreateOfferDocument, { input: offer() }, { token: otherStaff }))).toBe('FORBIDDEN');
      const created = await stack.request(CreateOfferDocument, { input: offer() }, { token: staff });
      expect(created.errors).toBeUndefined();
      const offerId = created.data!.createOffer.id;
      const [event] = await sql("SELECT type, payload FROM partners.event_log WHERE payload->'offer'->>'offerId' = $1", [offerId]);
      expect(event).toMatchObject({ type: 'OfferChanged', payload: { partnerId: THEATRE, offer: { offerId, kind: 'TICKET', category: 'culture.theatre', cap: { kind: 'SHARE_OF_CAPACITY', percent: 5, capacity: 400 } } } });

      const free = async (variables: { date?: string; eventId?: string }) => {
        const response = await stack.request(OfferAvailabilityDocument, { offerId, ...variables });
        expect(response.errors).toBeUndefined();
        return response.data!.offer!.availability;
      };
      expect(await free({ date: '2026-09-01' })).toMatchObject({ freePlaces: 20, cap: 20, soldOut: false });
      expect(await free({ date: '2027-01-01' })).toMatchObject({ freePlaces: 0, reason: 'OUTSIDE_VALIDITY' });

      const small = await stack.request(AddOfferEventDocument, { offerId, input: { startsOn: '2026-10-02', capacity: 120 } }, { token: staff });
      expect(await free({ eventId: small.data!.addOfferEvent.id })).toMatchObject({ freePlaces: 6, event: { id: small.data!.addOfferEvent.id } });
      expect(await free({ date: '2026-10-02' })).toMatchObject({ freePlaces: 6 });
      const soldOut = await stack.request(SetOfferEventSoldOutDocument, { eventId: small.data!.addOfferEvent.id, soldOut: true }, { token: staff });
      expect(soldOut.data!.setOfferEventSoldOut.soldOut).toBe(true);
      expect(await free({ date: '2026-10-02' })).toMatchObject({ freePlaces: 0, soldOut: true, reason: 'SOLD_OUT' });
      expect(errorCode(await stack.request(AddOfferEventDocument, { offerId, input: { startsOn: '2027-02-01' } }, { token: staff }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.request(AddOfferEventDocument, { offerId, input: { startsOn: '2026-10-03', capacity: 0 } }, { token: staff }))).toBe('BAD_USER_INPUT');

      const perEvent = await stack.request(UpdateOfferDocument, { id: offerId, input: { cap: { kind: 'PER_EVENT', amount: 8 }, title: { fi: 'Syksyn ensi-illat' } } }, { token: staff });
      expect(perEvent.data!.updateOffer).toMatchObject({ title: { fi: 'Syksyn ensi-illat' }, cap: { kind: 'PER_EVENT', amount: 8, percent: null } });
      expect(await free({ date: '2026-09-01' })).toMatchObject({ freePlaces: 8 });
      const beforeBad = await writes();
      expect(errorCode(await stack.request(UpdateOfferDocument, { id: offerId, input: { validUntil: '2026-01-01' } }, { token: staff }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.request(UpdateOfferDocument, { id: offerId, input: { cap: { kind: 'PER_PERIOD', amount: 0 } } }, { token: staff }))).toBe('BAD_USER_INPUT');
      expect(await writes()).toBe(beforeBad);
      expect(errorCode(await stack.request(UpdateOfferDocument, { id: offerId, input: { active: false } }, { token: otherStaff }))).toBe('FORBIDDEN');
      const uncapped = await stack.request(UpdateOfferDocument, { id: offerId, input: { removeCap: true } }, { token: staff });
      expect(uncapped.data!.updateOffer.cap).toBeNull();
      expect(await free({ date: '2026-09-01' })).toMatchObject({ freePlaces: null });
    });

    it('gives the seeded theatre performances: a sold-out one has no free tickets', async () => {
      const details = await stack.request(PartnerDetailsDocument, { id: partnerId('tampereen-teatteri') });
      const seeded = details.data!.partner!.offers[0];
      expect(seeded.cap).toEqual({ kind: 'SHARE_OF_CAPACITY', amount: null, percent: 5, capacity: 400 });
      const soldOut = seeded.events.find((event) => event.soldOut)!;
      const availability = await stack.request(OfferAvailabilityDocument, { offerId: seeded.id, eventId: soldOut.id });
      expect(availability.data!.offer!.availability).toMatchObject({ freePlaces: 0, reason: 'SOLD_OUT' });
      const other = await stack.request(OfferAvailabilityDocument, { offerId: seeded.id, eventId: stableId('offer-event', 'nope') });
      expect(errorCode(other)).toBe('NOT_FOUND');
      expect((await stack.request(OfferAvailabilityDocument, { offerId: stableId('offer', 'oulun-kaupunginteatteri') })).data!.offer).toBeNull();
    });
  });
});
