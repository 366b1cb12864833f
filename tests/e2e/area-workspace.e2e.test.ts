import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { errorCode, eventually, startStack, type TestStack } from '@kaiku/testing';

/**
 * What the area's workspace asks of the graph: the status moves the graph allows (with the
 * reason when not), what each trial step means, the third-sector issuer rule, and the whole
 * network of an area (partners, venues, contacts, offers, today's free places) in a bounded
 * number of statements.
 */
describe('the area workspace through the gateway', () => {
  let stack: TestStack;
  let admin: string;
  let ouluCoordinator: string;
  let turkuCoordinator: string;

  const STATUS = `query ($code: String!) { area(code: $code) { status statusChanges { status allowed needsOverrideReason reason } } }`;
  const changes = async (code: string, token?: string, language = 'en') => {
    const response = await stack.request(STATUS, { code }, { token, headers: { 'accept-language': language } });
    expect(response.errors).toBeUndefined();
    return Object.fromEntries(response.data.area.statusChanges.map((change: { status: string }) => [change.status, change]));
  };
  const CHANGE = `mutation ($code: String!, $status: AreaStatus!, $overrideReason: String) { changeAreaStatus(code: $code, status: $status, overrideReason: $overrideReason) { status } }`;
  const STEP = `mutation ($input: CompleteTrialStepInput!) { completeTrialStep(input: $input) { number completed } }`;
  const READINESS = `query ($code: String!) { area(code: $code) { readiness { checks { code passed reason } } } }`;
  const check = async (code: string, which: string, language = 'en') => {
    const response = await stack.request(READINESS, { code }, { headers: { 'accept-language': language } });
    return response.data.area.readiness.checks.find((found: { code: string }) => found.code === which);
  };

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    admin = await stack.token({ role: 'NATIONAL_ADMIN' });
    ouluCoordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['oulu'] });
    turkuCoordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['turku'] });
  });
  afterAll(() => stack?.stop());

  it('offers every other status with whether the caller may move there now, and why not, in the asked language', async () => {
    const oulu = await changes('oulu', ouluCoordinator);
    expect(Object.keys(oulu).sort()).toEqual(['ACTIVE', 'ENDED', 'PAUSED', 'TRIAL']);
    expect(oulu.TRIAL).toEqual({ status: 'TRIAL', allowed: true, needsOverrideReason: false, reason: null });
    expect(oulu.ENDED.allowed).toBe(true);
    expect(oulu.ACTIVE).toMatchObject({ allowed: false, reason: 'An area becomes active after its trial: start the trial first.' });
    expect(oulu.PAUSED).toMatchObject({ allowed: false, reason: 'Only an area in a trial or active can be paused.' });
    expect((await changes('oulu', ouluCoordinator, 'sv')).ACTIVE.reason).toBe('Ett område tas i bruk efter försöket: försöket inleds först.');

    // Another area's coordinator and the public are refused every move, with the reason.
    for (const token of [turkuCoordinator, undefined]) {
      const foreign = await changes('oulu', token);
      expect(Object.values(foreign).every((change: { allowed: boolean }) => !change.allowed)).toBe(true);
      expect(foreign.TRIAL.reason).toBe("Only the area's own coordinators and national admins can change its status.");
    }

    // Turku is trialling with 6 of 10 steps done: its coordinator cannot activate, a national admin can with a reason.
    const turku = await changes('turku', turkuCoordinator, 'fi');
    expect(turku.ACTIVE).toMatchObject({ allowed: false, needsOverrideReason: false, reason: expect.stringContaining('(6 on tehty)') });
    expect(turku.PLANNING).toMatchObject({ allowed: false, reason: 'Alue ei palaa suunnitteluvaiheeseen.' });
    expect(turku.PAUSED.allowed).toBe(true);
    expect((await changes('turku', admin)).ACTIVE).toMatchObject({ allowed: true, needsOverrideReason: true, reason: expect.stringContaining('6 of the ten') });
    expect(errorCode(await stack.request(CHANGE, { code: 'turku', status: 'ACTIVE' }, { token: turkuCoordinator }))).toBe('BAD_USER_INPUT');
  });

  it('agrees with changeAreaStatus: once the ten steps are done the coordinator may activate, and an ended area offers nothing', async () => {
    for (const step of [7, 8, 9, 10]) {
      const done = await stack.request(STEP, { input: { areaCode: 'turku', step, completedOn: '2026-01-15' } }, { token: turkuCoordinator });
      expect(done.errors).toBeUndefined();
    }
    const turku = await changes('turku', turkuCoordinator);
    expect(turku.ACTIVE).toEqual({ status: 'ACTIVE', allowed: true, needsOverrideReason: false, reason: null });
    expect((await stack.request(CHANGE, { code: 'turku', status: 'ACTIVE' }, { token: turkuCoordinator })).data.changeAreaStatus.status).toBe('ACTIVE');
    const active = await changes('turku', turkuCoordinator);
    expect(Object.entries(active).filter(([, change]) => (change as { allowed: boolean }).allowed).map(([status]) => status).sort()).toEqual(['ENDED', 'PAUSED']);
    expect(active.TRIAL.reason).toBe('An active area does not go back to a trial; it can be paused.');

    expect((await stack.request(CHANGE, { code: 'turku', status: 'ENDED' }, { token: admin })).errors).toBeUndefined();
    const ended = await changes('turku', admin, 'sv');
    expect(Object.values(ended).map((change) => (change as { allowed: boolean; reason: string }).reason)).toEqual(Array(4).fill('Ett avslutat område förblir avslutat.'));
  });

  it('says what each of the ten steps means, in three languages', async () => {
    const response = await stack.request(`{ area(code: "oulu") { trialSteps { number title { fi } description { fi sv en } } } }`);
    const steps = response.data.area.trialSteps;
    expect(steps.map((step: { number: number }) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const step of steps) expect(step.description.fi && step.description.sv && step.description.en).toBeTruthy();
    expect(steps[1].description.sv).toContain('både kulturen och social- och hälsovården');
  });

  it('checks that a third-sector actor issues cards, and the check turns once one is registered', async () => {
    // Kymenlaakso's third-sector partner is a theatre; its only issuer is public.
    expect(await check('kymenlaakso', 'THIRD_SECTOR_ACTOR')).toMatchObject({ passed: true });
    expect(await eventually(async () => {
      const found = await check('kymenlaakso', 'THIRD_SECTOR_DISTRIBUTOR', 'sv');
      expect(found).toBeDefined();
      return found;
    })).toEqual({ code: 'THIRD_SECTOR_DISTRIBUTOR', passed: false, reason: 'Ingen aktör från tredje sektorn delar ut kort: nätverket ska ha minst en organisation som delar ut kort.' });
    const kymiCoordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['kymenlaakso'] });
    const registered = await stack.request(
      `mutation ($input: RegisterPartnerInput!) { registerPartner(input: $input) { id } }`,
      { input: { areaCode: 'kymenlaakso', name: { fi: 'Kotkan Sininauha' }, roles: ['CARD_DISTRIBUTOR'], sector: 'THIRD_SECTOR' } },
      { token: kymiCoordinator },
    );
    expect(registered.errors).toBeUndefined();
    await eventually(async () => expect(await check('kymenlaakso', 'THIRD_SECTOR_DISTRIBUTOR')).toMatchObject({ passed: true, reason: 'At least one third-sector actor issues cards.' }), 30_000);
  });

  it('reads the workspace as the console asks for it, within the gateway\'s limits and in a bounded number of statements', async () => {
    const read = readFileSync(join(__dirname, '..', '..', 'console', 'src', 'views', 'area', 'area.graphql'), 'utf8');
    const operation = (name: string) => parse(read).definitions.find((definition) => definition.kind === 'OperationDefinition' && definition.name?.value === name)!;
    const document = (name: string) => ({ kind: 'Document', definitions: [operation(name)] }) as DocumentNode;
    const cost = async (name: string, variables: Record<string, unknown>) => {
      const before = stack.statementCount();
      const response = await stack.request(document(name), variables, { token: admin });
      expect(response.errors).toBeUndefined();
      return { statements: stack.statementCount() - before, data: response.data };
    };
    await cost('AreaTrial', { code: 'helsinki' }); // warm: the first request also reads what is cached
    const trial = [await cost('AreaTrial', { code: 'helsinki' }), await cost('AreaTrial', { code: 'oulu' })];
    expect(trial[0].statements).toBeLessThanOrEqual(8);
    expect(trial[1].statements).toBe(trial[0].statements);

    const network = [await cost('AreaNetwork', { code: 'helsinki' }), await cost('AreaNetwork', { code: 'oulu' })];
    expect(network[0].data.area.partners.totalCount).toBeGreaterThan(network[1].data.area.partners.totalCount);
    expect(network[0].statements).toBeLessThanOrEqual(12);
    expect(network[1].statements).toBe(network[0].statements);
    // Every offer comes with today's free places (or null only where nothing limits it).
    const offers = network[0].data.area.partners.edges.flatMap((edge: { node: { offers: unknown[] } }) => edge.node.offers);
    expect(offers.length).toBeGreaterThan(5);
    for (const offer of offers) expect(offer.availability).toBeTruthy();

    const partner = network[0].data.area.partners.edges[0].node.id;
    const detail = await cost('AreaPartner', { id: partner });
    expect(detail.data.partner.contacts).not.toBeNull();
    expect(detail.statements).toBeLessThanOrEqual(10);
    expect((await cost('AreaCategories', {})).data.partnerCategories.length).toBeGreaterThan(4);
  });
});
