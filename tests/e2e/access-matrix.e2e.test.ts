import { randomUUID } from 'node:crypto';
import { signInternalToken, type Caller, type RoleGrant } from '@kaiku/identity';
import { finnishDay, finnishYear, graphqlRequest, startStack, type GraphQLResponse, type TestStack } from '@kaiku/testing';
import { HELSINKI_THEATRE, HELSINKI_UNIT, JYVASKYLA_MUSEUM, KESKI_SUOMI_UNIT, areaId, partnerId, venuesReady } from './cards-support';

/**
 * [5/7] The access matrix: every role and scope (own or another area or partner) against every
 * query, mutation and restricted field, once through the gateway and once straight at the
 * subgraph that owns it (with the internal token the gateway would have signed, or none).
 *
 * `+` allowed: the answer has no error (and a restricted field is shown).
 * `-` denied: UNAUTHENTICATED for the anonymous caller, FORBIDDEN for a signed-in one (or the
 *     restricted field hidden as null), and a denied change leaves the subgraph's data as it was.
 */
const COLUMNS = ['anonymous', 'admin', 'analyst', 'coordinator', 'coordinator²', 'distributor', 'distributor²', 'staff', 'staff²'] as const;
type Column = (typeof COLUMNS)[number];

/** Whose data a row touches: "own" columns hold a grant for this area and partner, "²" columns for another. */
interface Target {
  area: string;
  partner: string;
}

interface Row {
  name: string;
  /** The subgraph that owns the root field, for the direct check. */
  subgraph: string;
  document: string;
  /** Fresh variables (and the target, when it is made for the cell) for each cell. */
  prepare?: () => Promise<{ variables?: Record<string, unknown>; target?: Partial<Target> }>;
  target?: Partial<Target>;
  /** For a field that is hidden rather than refused: is it shown in this answer? */
  shown?: (data: any) => boolean;
  /** The same check straight at the subgraph when the gateway document spans subgraphs. */
  direct?: { document: string; variables: () => Promise<Record<string, unknown>> } | 'none';
  mutation?: boolean;
  expected: string;
}

const thisYear = finnishYear();
const today = finnishDay();
const HELSINKI_AREA = areaId('helsinki');
const SWIMMING_HALL = partnerId('kalevan-uimahalli');
const OTHER_AREA = (area: string) => (area === 'keski-suomi' ? 'helsinki' : 'keski-suomi');
const OTHER_PARTNER = (partner: string) => (partner === JYVASKYLA_MUSEUM ? HELSINKI_THEATRE : JYVASKYLA_MUSEUM);

describe('access matrix', () => {
  let stack: TestStack;
  let distributorToken: string;
  let staffToken: string;
  let adminToken: string;
  let counter = 0;
  const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${counter++}`;

  async function ok(document: string, variables: Record<string, unknown>, token: string): Promise<any> {
    const response = await stack.request(document, variables, { token });
    if (response.errors) throw new Error(`setup failed: ${JSON.stringify(response.errors)}`);
    return response.data;
  }
  const freshCard = async (): Promise<{ id: string; number: string }> =>
    (await ok('mutation($input: IssueCardInput!) { issueCard(input: $input) { id number } }', { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children: 1 } }, distributorToken)).issueCard;
  const freshArea = async () => {
    const code = unique('m');
    await ok('mutation($input: CreateAreaInput!) { createArea(input: $input) { code } }', { input: { code, name: { fi: `Alue ${code}` }, kind: 'MUNICIPALITY' } }, adminToken);
    return code;
  };
  const freshMember = async () =>
    (await ok('mutation($input: WorkingGroupMemberInput!) { addWorkingGroupMember(areaCode: "helsinki", input: $input) { id } }', { input: { name: 'Testi', organisation: 'Kaupunki', sector: 'CULTURE' } }, adminToken)).addWorkingGroupMember.id;
  const offerInput = () => ({ partnerId: HELSINKI_THEATRE, title: { fi: unique('Näytös') }, kind: 'TICKET', category: 'culture.theatre', validFrom: today, validUntil: `${thisYear + 1}-06-30` });
  const freshOffer = async () => (await ok('mutation($input: OfferInput!) { createOffer(input: $input) { id } }', { input: offerInput() }, adminToken)).createOffer.id;
  const freshOfferEvent = async () =>
    (await ok('mutation($offerId: ID!) { addOfferEvent(offerId: $offerId, input: { startsOn: "' + today + '", capacity: 100 }) { id } }', { offerId: await freshOffer() }, adminToken)).addOfferEvent.id;
  const venueInput = { streetAddress: 'Testikatu 1', postalCode: '00100', municipalityCode: '091' };
  const freshVenue = async () => (await ok('mutation($input: VenueInput!) { addVenue(partnerId: "' + HELSINKI_THEATRE + '", input: $input) { id } }', { input: venueInput }, adminToken)).addVenue.id;
  const freshUse = async () =>
    (await ok('mutation($input: RegisterCardUseInput!) { registerCardUse(input: $input) { id } }', { input: useInput((await freshCard()).number) }, staffToken)).registerCardUse.id;
  const useInput = (cardNumber: string) => ({ cardNumber, partnerId: HELSINKI_THEATRE, category: 'CULTURE', adultTickets: 1, idempotencyKey: randomUUID() });
  const period = { from: `${thisYear}-01-01`, to: `${thisYear}-12-31` };

  // prettier-ignore
  const ROWS: Row[] = [
    //                                                                                  anon admin analyst coord coord² dist dist² staff staff²
    // ---- areas: queries and restricted fields
    { name: 'areas', subgraph: 'areas', document: '{ areas { code } }',                   expected: '+ + + + + + + + +' },
    { name: 'area', subgraph: 'areas', document: '{ area(code: "helsinki") { code status } }', expected: '+ + + + + + + + +' },
    { name: 'municipalities', subgraph: 'areas', document: '{ municipalities(search: "Hel") { code } }', expected: '+ + + + + + + + +' },
    { name: 'Area.workingGroup contacts', subgraph: 'areas', document: '{ area(code: "helsinki") { workingGroup { email } } }',
      shown: (data) => data.area.workingGroup.some((member: { email: string | null }) => member.email !== null),
      expected: '- + - + - - - - -' },
    { name: 'Area via _entities, contacts', subgraph: 'areas', document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { workingGroup { email } } } }',
      prepare: async () => ({ variables: { r: [{ __typename: 'Area', id: HELSINKI_AREA }] } }),
      shown: (data) => data._entities[0].workingGroup.some((member: { email: string | null }) => member.email !== null),
      expected: 'direct-only - + - + - - - - -' },
    // ---- areas: changes
    { name: 'createArea', subgraph: 'areas', mutation: true, document: 'mutation($input: CreateAreaInput!) { createArea(input: $input) { code } }',
      prepare: async () => { const code = unique('n'); return { variables: { input: { code, name: { fi: code }, kind: 'MUNICIPALITY' } }, target: { area: code } }; },
      expected: '- + - - - - - - -' },
    { name: 'updateArea', subgraph: 'areas', mutation: true, document: 'mutation($code: String!) { updateArea(code: $code, input: { name: { fi: "Uusi nimi" } }) { code } }',
      prepare: async () => { const code = await freshArea(); return { variables: { code }, target: { area: code } }; },
      expected: '- + - + - - - - -' },
    { name: 'setAreaMunicipalities', subgraph: 'areas', mutation: true, document: 'mutation($code: String!) { setAreaMunicipalities(code: $code, municipalityCodes: []) { code } }',
      prepare: async () => { const code = await freshArea(); return { variables: { code }, target: { area: code } }; },
      expected: '- + - + - - - - -' },
    { name: 'changeAreaStatus', subgraph: 'areas', mutation: true, document: 'mutation($code: String!) { changeAreaStatus(code: $code, status: TRIAL) { status } }',
      prepare: async () => { const code = await freshArea(); return { variables: { code }, target: { area: code } }; },
      expected: '- + - + - - - - -' },
    { name: 'completeTrialStep', subgraph: 'areas', mutation: true, document: `mutation($code: String!) { completeTrialStep(input: { areaCode: $code, step: 1, completedOn: "${today}" }) { number } }`,
      prepare: async () => { const code = await freshArea(); return { variables: { code }, target: { area: code } }; },
      expected: '- + - + - - - - -' },
    { name: 'addWorkingGroupMember', subgraph: 'areas', mutation: true, document: 'mutation { addWorkingGroupMember(areaCode: "helsinki", input: { name: "Uusi", organisation: "Seura", sector: THIRD_SECTOR }) { id } }',
      expected: '- + - + - - - - -' },
    { name: 'updateWorkingGroupMember', subgraph: 'areas', mutation: true, document: 'mutation($id: ID!) { updateWorkingGroupMember(id: $id, input: { role: "sihteeri" }) { id } }',
      prepare: async () => ({ variables: { id: await freshMember() } }),
      expected: '- + - + - - - - -' },
    { name: 'removeWorkingGroupMember', subgraph: 'areas', mutation: true, document: 'mutation($id: ID!) { removeWorkingGroupMember(id: $id) { id } }',
      prepare: async () => ({ variables: { id: await freshMember() } }),
      expected: '- + - + - - - - -' },
    { name: 'recordCooperationAgreement', subgraph: 'areas', mutation: true,
      document: `mutation($code: String!) { recordCooperationAgreement(areaCode: $code, input: { signedOn: "${today}", validFrom: "${today}", documentReference: "DNRO-1" }) { code } }`,
      prepare: async () => { const code = await freshArea(); return { variables: { code }, target: { area: code } }; },
      expected: '- + - + - - - - -' },

    // ---- partners: queries and restricted fields
    { name: 'partners', subgraph: 'partners', document: '{ partners(first: 5) { totalCount } }', expected: '+ + + + + + + + +' },
    { name: 'partnerCategories', subgraph: 'partners', document: '{ partnerCategories { code } }', expected: '+ + + + + + + + +' },
    { name: 'offer', subgraph: 'partners', document: 'query($id: ID!) { offer(id: $id) { id } }', prepare: async () => ({ variables: { id: await freshOffer() } }),
      expected: '+ + + + + + + + +' },
    { name: 'Partner.contacts', subgraph: 'partners', document: `{ partner(id: "${HELSINKI_THEATRE}") { contacts { email } } }`,
      shown: (data) => data.partner.contacts !== null,
      expected: '- + - + - + - + -' },
    { name: 'Partner via _entities, contacts', subgraph: 'partners', document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Partner { contacts { email } } } }',
      prepare: async () => ({ variables: { r: [{ __typename: 'Partner', id: HELSINKI_THEATRE }] } }),
      shown: (data) => data._entities[0]?.contacts != null,
      expected: 'direct-only - + - + - + - + -' },
    // ---- partners: changes
    { name: 'registerPartner', subgraph: 'partners', mutation: true, document: 'mutation($name: String!) { registerPartner(input: { areaCode: "helsinki", name: { fi: $name }, roles: [CULTURE_PARTNER], sector: PRIVATE }) { id } }',
      prepare: async () => ({ variables: { name: unique('Kumppani') } }),
      expected: '- + - + - - - - -' },
    { name: 'updatePartner', subgraph: 'partners', mutation: true, document: `mutation { updatePartner(id: "${HELSINKI_THEATRE}", input: { website: "https://hkt.fi" }) { id } }`,
      expected: '- + - + - - - - -' },
    { name: 'setPartnerCategories', subgraph: 'partners', mutation: true, document: `mutation { setPartnerCategories(partnerId: "${HELSINKI_THEATRE}", categories: ["culture.theatre"]) { id } }`,
      expected: '- + - + - - - - -' },
    { name: 'setPartnerContacts', subgraph: 'partners', mutation: true, document: `mutation { setPartnerContacts(partnerId: "${HELSINKI_THEATRE}", contacts: [{ name: "Lipunmyynti", email: "liput@hkt.fi" }]) { id } }`,
      expected: '- + - + - + - + -' },
    { name: 'acceptOperatingPrinciples', subgraph: 'partners', mutation: true, document: `mutation { acceptOperatingPrinciples(partnerId: "${HELSINKI_THEATRE}", version: "2024-1") { id } }`,
      expected: '- + - + - + - + -' },
    { name: 'recordPartnerAgreement', subgraph: 'partners', mutation: true, document: `mutation { recordPartnerAgreement(partnerId: "${HELSINKI_THEATRE}", signedOn: "${today}") { id } }`,
      expected: '- + - + - - - - -' },
    { name: 'createOffer', subgraph: 'partners', mutation: true, document: 'mutation($input: OfferInput!) { createOffer(input: $input) { id } }',
      prepare: async () => ({ variables: { input: offerInput() } }),
      expected: '- + - + - - - + -' },
    { name: 'updateOffer', subgraph: 'partners', mutation: true, document: 'mutation($id: ID!) { updateOffer(id: $id, input: { description: { fi: "Kuvaus" } }) { id } }',
      prepare: async () => ({ variables: { id: await freshOffer() } }),
      expected: '- + - + - - - + -' },
    { name: 'addOfferEvent', subgraph: 'partners', mutation: true, document: `mutation($id: ID!) { addOfferEvent(offerId: $id, input: { startsOn: "${today}", capacity: 50 }) { id } }`,
      prepare: async () => ({ variables: { id: await freshOffer() } }),
      expected: '- + - + - - - + -' },
    { name: 'setOfferEventSoldOut', subgraph: 'partners', mutation: true, document: 'mutation($id: ID!) { setOfferEventSoldOut(eventId: $id, soldOut: true) { id } }',
      prepare: async () => ({ variables: { id: await freshOfferEvent() } }),
      expected: '- + - + - - - + -' },
    { name: 'addVenue', subgraph: 'partners', mutation: true, document: `mutation($input: VenueInput!) { addVenue(partnerId: "${HELSINKI_THEATRE}", input: $input) { id } }`,
      prepare: async () => ({ variables: { input: venueInput } }),
      expected: '- + - + - - - - -' },
    { name: 'updateVenue', subgraph: 'partners', mutation: true, document: 'mutation($id: ID!, $input: VenueInput!) { updateVenue(id: $id, input: $input) { id } }',
      prepare: async () => ({ variables: { id: await freshVenue(), input: { ...venueInput, streetAddress: 'Testikatu 2' } } }),
      expected: '- + - + - - - - -' },
    { name: 'removeVenue', subgraph: 'partners', mutation: true, document: 'mutation($id: ID!) { removeVenue(id: $id) { id } }',
      prepare: async () => ({ variables: { id: await freshVenue() } }),
      expected: '- + - + - - - - -' },

    // ---- cards: queries and restricted data (target: the Helsinki issuing unit)
    { name: 'card', subgraph: 'cards', target: { partner: HELSINKI_UNIT }, document: 'query($number: String!) { card(number: $number) { id } }',
      prepare: async () => ({ variables: { number: (await freshCard()).number } }),
      expected: '- + - - - + - - -' },
    { name: 'Card via _entities', subgraph: 'cards', target: { partner: HELSINKI_UNIT }, document: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Card { birthYear } } }',
      prepare: async () => ({ variables: { r: [{ __typename: 'Card', id: (await freshCard()).id }] } }),
      shown: (data) => data._entities[0] !== null,
      expected: 'direct-only - + - - - + - - -' },
    { name: 'issuedCards', subgraph: 'cards', target: { partner: HELSINKI_UNIT }, document: `{ issuedCards(distributorId: "${HELSINKI_UNIT}", first: 1) { totalCount } }`,
      expected: '- + - - - + - - -' },
    { name: 'cardRules', subgraph: 'cards', document: '{ cardRules(areaCode: "helsinki") { validityMonths } }', expected: '+ + + + + + + + +' },
    { name: 'cardAccessLog', subgraph: 'cards', document: '{ cardAccessLog(first: 1) { totalCount } }', expected: '- + - - - - - - -' },
    { name: 'verifyCard', subgraph: 'cards', document: `query($number: String!) { verifyCard(number: $number, partnerId: "${HELSINKI_THEATRE}") { valid } }`,
      prepare: async () => ({ variables: { number: (await freshCard()).number } }),
      expected: '- + - - - - - + -' },
    { name: 'venueCardUses', subgraph: 'cards', document: `{ venueCardUses(partnerId: "${HELSINKI_THEATRE}", first: 1) { hasMore } }`,
      expected: '- + - - - - - + -' },
    // ---- cards: changes
    { name: 'issueCard', subgraph: 'cards', mutation: true, target: { partner: HELSINKI_UNIT },
      document: `mutation { issueCard(input: { distributorId: "${HELSINKI_UNIT}", birthYear: 1990, postcode: "00100", children: 0 }) { id } }`,
      expected: '- - - - - + - - -' },
    { name: 'issueCommunityCard', subgraph: 'cards', mutation: true, target: { partner: HELSINKI_UNIT },
      document: `mutation { issueCommunityCard(input: { distributorId: "${HELSINKI_UNIT}", groupSizeLimit: 8 }) { id } }`,
      expected: '- - - - - + - - -' },
    { name: 'renewCard', subgraph: 'cards', mutation: true, target: { partner: HELSINKI_UNIT }, document: 'mutation($number: String!) { renewCard(number: $number) { id } }',
      prepare: async () => ({ variables: { number: (await freshCard()).number } }),
      expected: '- - - - - + - - -' },
    { name: 'reportCardLost', subgraph: 'cards', mutation: true, target: { partner: HELSINKI_UNIT }, document: 'mutation($number: String!) { reportCardLost(number: $number) { id } }',
      prepare: async () => ({ variables: { number: (await freshCard()).number } }),
      expected: '- - - - - + - - -' },
    { name: 'replaceCard', subgraph: 'cards', mutation: true, target: { partner: HELSINKI_UNIT }, document: 'mutation($number: String!) { replaceCard(number: $number) { id } }',
      prepare: async () => ({ variables: { number: (await freshCard()).number } }),
      expected: '- - - - - + - - -' },
    { name: 'revokeCard', subgraph: 'cards', mutation: true, target: { partner: HELSINKI_UNIT }, document: 'mutation($number: String!) { revokeCard(number: $number, reason: "Väärinkäyttö") { id } }',
      prepare: async () => ({ variables: { number: (await freshCard()).number } }),
      expected: '- + - - - + - - -' },
    { name: 'setCardRules', subgraph: 'cards', mutation: true, document: 'mutation { setCardRules(areaCode: "helsinki", validityMonths: 12, backdateDays: 14) { validityMonths } }',
      expected: '- + - + - - - - -' },
    { name: 'registerCardUse', subgraph: 'cards', mutation: true, document: 'mutation($input: RegisterCardUseInput!) { registerCardUse(input: $input) { id } }',
      prepare: async () => ({ variables: { input: useInput((await freshCard()).number) } }),
      expected: '- - - - - - - + -' },
    { name: 'cancelCardUse', subgraph: 'cards', mutation: true, document: 'mutation($id: ID!) { cancelCardUse(useId: $id) { id } }',
      prepare: async () => ({ variables: { id: await freshUse() } }),
      expected: '- - - - - - - + -' },
    { name: 'importCardUses', subgraph: 'cards', mutation: true, document: `mutation($number: String!) { importCardUses(input: { partnerId: "${HELSINKI_THEATRE}", rows: [{ cardNumber: $number, usedOn: "${today}", category: CULTURE, adultTickets: 1 }] }) { accepted } }`,
      prepare: async () => ({ variables: { number: (await freshCard()).number } }),
      expected: '- - - - - - - + -' },

    // ---- statistics (suppressed figures are a separate test; here: who may ask at all)
    { name: 'publicStatistics', subgraph: 'statistics', document: `{ publicStatistics(year: ${thisYear}) { year } }`, expected: '+ + + + + + + + +' },
    { name: 'nationalStatistics', subgraph: 'statistics', document: `{ nationalStatistics(from: "${period.from}", to: "${period.to}") { totals { uses } } }`,
      expected: '- + + + + - - - -' },
    { name: 'Area.statistics', subgraph: 'statistics', document: `{ area(code: "helsinki") { statistics(from: "${period.from}", to: "${period.to}") { totals { uses } } } }`,
      direct: { document: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { statistics(from: "${period.from}", to: "${period.to}") { totals { uses } } } } }`,
        variables: async () => ({ r: [{ __typename: 'Area', id: HELSINKI_AREA }] }) },
      expected: '- + + + - - - - -' },
    { name: 'Partner.statistics', subgraph: 'statistics', document: `{ partner(id: "${HELSINKI_THEATRE}") { statistics(from: "${period.from}", to: "${period.to}") { asIssuer { uses } } } }`,
      direct: { document: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partner { statistics(from: "${period.from}", to: "${period.to}") { asIssuer { uses } } } } }`,
        variables: async () => ({ r: [{ __typename: 'Partner', id: HELSINKI_THEATRE }] }) },
      expected: '- + + - - + - + -' },

    // ---- the Tampere region's sport-venue extension (target: its swimming hall)
    { name: 'sportVenues', subgraph: 'tampereen-seutu-sport-venues', document: '{ sportVenues { id } }', expected: '+ + + + + + + + +' },
    { name: 'sportVenuesVisits', subgraph: 'tampereen-seutu-sport-venues', document: `{ sportVenuesVisits(year: ${thisYear}) { visits } }`, expected: '+ + + + + + + + +' },
    { name: 'sportVenuesSetVenue', subgraph: 'tampereen-seutu-sport-venues', mutation: true, target: { area: 'tampereen-seutu', partner: SWIMMING_HALL },
      document: `mutation { sportVenuesSetVenue(partnerId: "${SWIMMING_HALL}", input: { facilityTypes: [SWIMMING_HALL], openingHours: [{ weekday: MONDAY, opens: "06:00", closes: "21:00" }], freeSlots: [{ weekday: MONDAY, starts: "10:00", ends: "12:00", facilityType: SWIMMING_HALL, places: 5 }] }) { id } }`,
      expected: '- + - + - - - + -' },
  ];

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    distributorToken = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'setup-distributor');
    staffToken = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'setup-staff');
    adminToken = await stack.token({ role: 'NATIONAL_ADMIN' }, 'setup-admin');
  }, 120_000);
  afterAll(() => stack?.stop());

  function callerFor(column: Column, target: Target): Caller {
    const grant = (role: RoleGrant['role'], scope: Partial<RoleGrant>): Caller => ({ subject: `matrix-${column}`, grants: [{ role, ...scope }] });
    switch (column) {
      case 'anonymous': return { subject: null, grants: [] };
      case 'admin': return grant('NATIONAL_ADMIN', {});
      case 'analyst': return grant('ANALYST', {});
      case 'coordinator': return grant('AREA_COORDINATOR', { areas: [target.area] });
      case 'coordinator²': return grant('AREA_COORDINATOR', { areas: [OTHER_AREA(target.area)] });
      case 'distributor': return grant('DISTRIBUTOR', { partnerId: target.partner });
      case 'distributor²': return grant('DISTRIBUTOR', { partnerId: target.partner === HELSINKI_UNIT ? KESKI_SUOMI_UNIT : OTHER_PARTNER(target.partner) });
      case 'staff': return grant('PARTNER_STAFF', { partnerId: target.partner });
      case 'staff²': return grant('PARTNER_STAFF', { partnerId: OTHER_PARTNER(target.partner) });
    }
  }

  /** What a subgraph's data looks like, to prove a refused change changed nothing. */
  async function fingerprint(subgraph: string): Promise<string> {
    const { dataSource } = stack.subgraphs[subgraph];
    if (subgraph === 'tampereen-seutu-sport-venues') {
      const [{ digest }] = await dataSource.query("SELECT md5(coalesce(string_agg(v::text, ',' ORDER BY v.partner_id), '')) AS digest FROM ext_sport_venues.sport_venues v");
      return digest;
    }
    const [{ last }] = await dataSource.query(`SELECT coalesce(max(id), 0)::text AS last FROM "${subgraph}".event_log`);
    return last;
  }

  /** `+`, `-`, or what went wrong instead (shown in the table's diff). */
  function judge(row: Row, column: Column, response: GraphQLResponse<any>): string {
    const codes = (response.errors ?? []).map((error) => error.extensions?.code);
    const denialCode = column === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    if (codes.length === 0) return row.shown && !row.shown(response.data) ? '-' : '+';
    if (codes.every((code) => code === denialCode)) return '-';
    return `[${codes.join(',')}: ${response.errors![0].message.slice(0, 60)}]`;
  }

  async function cell(row: Row, column: Column, via: 'gateway' | 'direct'): Promise<string> {
    const prepared = (await row.prepare?.()) ?? {};
    const target: Target = { area: 'helsinki', partner: HELSINKI_THEATRE, ...row.target, ...prepared.target };
    const caller = callerFor(column, target);
    const before = row.mutation ? await fingerprint(row.subgraph) : '';
    let response: GraphQLResponse<any>;
    if (via === 'gateway') {
      const token = caller.subject ? await stack.token(caller.grants, caller.subject) : undefined;
      response = await stack.request(row.document, prepared.variables, { token });
    } else {
      const direct = row.direct && row.direct !== 'none' ? row.direct : null;
      const headers: Record<string, string> = caller.subject ? { 'x-kaiku-identity': await signInternalToken(stack.keys.internal.privateJwk, caller, row.subgraph) } : {};
      response = await graphqlRequest(stack.subgraphs[row.subgraph].url, direct?.document ?? row.document, direct ? await direct.variables() : prepared.variables, { headers });
    }
    const verdict = judge(row, column, response);
    if (row.mutation && verdict === '-' && (await fingerprint(row.subgraph)) !== before) return '[refused but changed data]';
    return verdict;
  }

  async function table(via: 'gateway' | 'direct'): Promise<{ expected: string[]; actual: string[] }> {
    const expected: string[] = [];
    const actual: string[] = [];
    for (const row of ROWS) {
      const directOnly = row.expected.startsWith('direct-only ');
      if (directOnly && via === 'gateway') continue;
      if (row.direct === 'none' && via === 'direct') continue;
      const cells: string[] = [];
      for (const column of COLUMNS) cells.push(await cell(row, column, via));
      expected.push(`${row.name.padEnd(32)} ${row.expected.replace('direct-only ', '')}`);
      actual.push(`${row.name.padEnd(32)} ${cells.join(' ')}`);
    }
    return { expected, actual };
  }

  it('allows and denies every cell as the table says, through the gateway', async () => {
    const { expected, actual } = await table('gateway');
    expect(actual).toEqual(expected);
    console.log(`access matrix through the gateway: ${expected.length} rows x ${COLUMNS.length} callers = ${expected.length * COLUMNS.length} cells`);
  }, 300_000);

  it('allows and denies every cell as the table says, straight at each subgraph', async () => {
    const { expected, actual } = await table('direct');
    expect(actual).toEqual(expected);
    console.log(`access matrix straight at the subgraphs: ${expected.length} rows x ${COLUMNS.length} callers = ${expected.length * COLUMNS.length} cells`);
  }, 300_000);
});
