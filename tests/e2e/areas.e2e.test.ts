import {
  AddWorkingGroupMemberDocument,
  AreaDetailsDocument,
  AreaReadinessDocument,
  AreasOverviewDocument,
  ChangeAreaStatusDocument,
  CompleteTrialStepDocument,
  CreateAreaDocument,
  MunicipalitiesDocument,
  RecordCooperationAgreementDocument,
  RemoveWorkingGroupMemberDocument,
  SetAreaMunicipalitiesDocument,
  UpdateAreaDocument,
  UpdateWorkingGroupMemberDocument,
} from '@kaiku/client';
import { errorCode, eventually, startStack, type GraphQLResponse, type TestStack } from '@kaiku/testing';

/** The areas domain through the gateway: rules, access, bad input, events, readiness, batching. */
describe('areas through the gateway', () => {
  let stack: TestStack;
  let admin: string;
  let helsinkiCoordinator: string;
  let turkuCoordinator: string;
  let analyst: string;
  const TOO_LONG = 'x'.repeat(2001);

  const areasDb = () => stack.subgraphs.areas.dataSource;
  const field = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.field;
  const message = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.message ?? '';
  /** Everything a mutation could write: a bad one must leave all of it as it was. */
  const footprint = async () =>
    (
      await areasDb().query(`SELECT (SELECT count(*) FROM areas.areas)::int AS areas, (SELECT count(*) FROM areas.event_log)::int AS events,
        (SELECT count(*) FROM areas.area_municipalities)::int AS municipalities, (SELECT count(*) FROM areas.working_group_members)::int AS members,
        (SELECT count(*) FROM areas.trial_steps)::int AS steps, (SELECT count(*) FROM areas.activation_overrides)::int AS overrides,
        (SELECT string_agg(code || status || local_only || coalesce(agreement_valid_until::text, '-'), ',' ORDER BY code) FROM areas.areas) AS states`)
    )[0];
  const create = (code: string, municipalityCodes: string[] = [], token = admin) =>
    stack.request(CreateAreaDocument, { input: { code, name: { fi: `Alue ${code}`, sv: `Område ${code}` }, kind: 'MUNICIPALITY', municipalityCodes } }, { token });
  const latestEvent = async () => (await areasDb().query('SELECT type, payload FROM areas.event_log ORDER BY id DESC LIMIT 1'))[0];

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    admin = await stack.token({ role: 'NATIONAL_ADMIN' });
    helsinkiCoordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['helsinki'] });
    turkuCoordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['turku'] });
    analyst = await stack.token({ role: 'ANALYST' });
  });
  afterAll(() => stack?.stop());

  describe('reading', () => {
    it('shows an area with its municipalities, ten steps, working group and agreement', async () => {
      const response = await stack.request(AreaDetailsDocument, { code: 'tampereen-seutu' }, { token: admin });
      expect(response.errors).toBeUndefined();
      const area = response.data!.area!;
      expect(area.kind).toBe('REGION');
      expect(area.municipalities.map((m) => m.code).sort()).toEqual(['211', '418', '536', '562', '604', '837', '922', '980']);
      expect(area.trialSteps).toHaveLength(10);
      expect(area.trialSteps.every((step) => step.completed)).toBe(true);
      expect(area.trialSteps[5].title).toEqual({ fi: 'Vastuu paikallisesta tilastoinnista', sv: 'Ansvar för lokal statistik', en: 'Responsibility for local statistics' });
      expect(area.trialSteps[5].responsibleMember?.name).toBeTruthy();
      expect(area.workingGroup.map((member) => member.sector)).toEqual(expect.arrayContaining(['CULTURE', 'SOCIAL_AND_HEALTH', 'THIRD_SECTOR']));
      expect(area.cooperationAgreement?.documentReference).toMatch(/^KAIKU\//);

      const turku = (await stack.request(AreaDetailsDocument, { code: 'turku' })).data!.area!;
      expect(turku.trialSteps.filter((step) => step.completed)).toHaveLength(6);
      const oulu = (await stack.request(AreaDetailsDocument, { code: 'oulu' })).data!.area!;
      expect(oulu.cooperationAgreement).toBeNull();
    });

    it('answers null for an unknown area and finds municipalities by name', async () => {
      expect((await stack.request(AreaDetailsDocument, { code: 'atlantis' })).data!.area).toBeNull();
      const response = await stack.request(MunicipalitiesDocument, { search: 'Helsing' });
      expect(response.data!.municipalities.map((m) => m.code)).toContain('091');
      expect(response.data!.municipalities[0].wellbeingServicesCounty?.fi).toBe('Helsingin kaupunki');
    });

    it('shows contact details only to national admins and the area\'s own coordinators', async () => {
      const emails = async (token?: string) =>
        (await stack.request(AreaDetailsDocument, { code: 'helsinki' }, { token })).data!.area!.workingGroup.map((member) => [member.email, member.phone]);
      for (const token of [admin, helsinkiCoordinator]) {
        expect((await emails(token)).every(([email, phone]) => email?.includes('@') && phone?.startsWith('+358'))).toBe(true);
      }
      for (const token of [turkuCoordinator, analyst, undefined]) {
        expect((await emails(token)).flat().every((value) => value === null)).toBe(true);
      }
    });

    it('reads nested lists of all areas in a bounded number of statements', async () => {
      const count = async (status?: 'ACTIVE') => {
        // The partners follower polls on the same connection pool; the least of a few runs is the request's own count.
        const counts: number[] = [];
        for (let run = 0; run < 3; run += 1) {
          const before = stack.subgraphs.areas.statementCount();
          const response = await stack.request(AreasOverviewDocument, { status }, { token: admin });
          expect(response.errors).toBeUndefined();
          counts.push(stack.subgraphs.areas.statementCount() - before);
        }
        return Math.min(...counts);
      };
      const all = await count();
      const active = await count('ACTIVE');
      // areas + municipalities + steps + members (responsible members come from the member batch).
      expect(all).toBeLessThanOrEqual(4);
      expect(all).toBe(active);
    });

    it('adds one statement per further nested part, not per area', async () => {
      const query = `{ areas { code cooperationAgreement { signedOn } activationOverride { reason }
        readiness { ready checks { code passed reason } } workingGroup { name email } trialSteps { number responsibleMember { name } } } }`;
      const counts: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const before = stack.subgraphs.areas.statementCount();
        const response = await stack.request(query, {}, { token: admin });
        expect(response.errors).toBeUndefined();
        expect(response.data.areas.length).toBeGreaterThanOrEqual(8);
        counts.push(stack.subgraphs.areas.statementCount() - before);
      }
      // areas + overrides + members + partner facts + steps.
      expect(Math.min(...counts)).toBeLessThanOrEqual(5);
    });
  });

  describe('creating and changing areas', () => {
    it('creates an area in PLANNING with municipalities and publishes the snapshot', async () => {
      const response = await create('lahti', ['398']);
      expect(response.errors).toBeUndefined();
      expect(response.data!.createArea).toMatchObject({ code: 'lahti', status: 'PLANNING', localOnly: false, municipalities: [{ code: '398', name: { fi: 'Lahti' } }] });
      expect(await latestEvent()).toEqual({
        type: 'AreaRegistered',
        payload: expect.objectContaining({ areaId: response.data!.createArea.id, code: 'lahti', kind: 'MUNICIPALITY', status: 'PLANNING', localOnly: false, municipalityCodes: ['398'] }),
      });
    });

    it('lets one of two concurrent claims on a municipality or a code win, the other is a conflict', async () => {
      const [first, second] = await Promise.all([create('porvoo', ['638']), create('porvoon-seutu', ['638'])]);
      expect([errorCode(first), errorCode(second)].sort()).toEqual(['CONFLICT', undefined].sort());
      expect([first, second].find((response) => response.errors)?.errors?.[0]?.extensions?.field).toBe('municipalityCodes');
      const [a, b] = await Promise.all([create('loviisa'), create('loviisa')]);
      expect([errorCode(a), errorCode(b)].sort()).toEqual(['CONFLICT', undefined].sort());
    });

    it('lets only national admins create areas', async () => {
      expect(errorCode(await create('kuopio', [], helsinkiCoordinator))).toBe('FORBIDDEN');
      expect(errorCode(await stack.request(CreateAreaDocument, { input: { code: 'kuopio', name: { fi: 'Kuopio' }, kind: 'MUNICIPALITY' } }))).toBe('UNAUTHENTICATED');
    });

    it('refuses bad input naming the field, and writes nothing', async () => {
      const before = await footprint();
      const cases: Array<[Promise<GraphQLResponse<unknown>>, string, string]> = [
        [create('helsinki'), 'CONFLICT', 'code'],
        [create('espoo', ['049', '091']), 'CONFLICT', 'municipalityCodes'],
        [create('espoo', ['999']), 'BAD_USER_INPUT', 'municipalityCodes'],
        [create('espoo', ['49']), 'BAD_USER_INPUT', 'municipalityCodes'],
        [create('Espoo!'), 'BAD_USER_INPUT', 'code'],
        [stack.request(CreateAreaDocument, { input: { code: 'espoo', name: { fi: '' }, kind: 'MUNICIPALITY' } }, { token: admin }), 'BAD_USER_INPUT', 'name.fi'],
        [stack.request(CreateAreaDocument, { input: { code: 'espoo', name: { fi: '   ' }, kind: 'MUNICIPALITY' } }, { token: admin }), 'BAD_USER_INPUT', 'name.fi'],
        [stack.request(CreateAreaDocument, { input: { code: 'espoo', name: { fi: TOO_LONG }, kind: 'MUNICIPALITY' } }, { token: admin }), 'BAD_USER_INPUT', 'name.fi'],
        [stack.request(UpdateAreaDocument, { code: 'atlantis', input: { localOnly: true } }, { token: admin }), 'NOT_FOUND', 'code'],
        [stack.request(UpdateAreaDocument, { code: 'helsinki', input: { localOnly: true } }, { token: admin }), 'BAD_USER_INPUT', 'localOnly'],
        [stack.request(UpdateAreaDocument, { code: 'oulu', input: { name: { fi: 'Oulu', sv: TOO_LONG } } }, { token: admin }), 'BAD_USER_INPUT', 'name.sv'],
        [stack.request(SetAreaMunicipalitiesDocument, { code: 'oulu', municipalityCodes: ['564', '853'] }, { token: admin }), 'CONFLICT', 'municipalityCodes'],
        [stack.request(SetAreaMunicipalitiesDocument, { code: 'oulu', municipalityCodes: ['564', '000'] }, { token: admin }), 'BAD_USER_INPUT', 'municipalityCodes'],
        [
          stack.request(RecordCooperationAgreementDocument, { areaCode: 'oulu', input: { signedOn: '2025-01-01', validFrom: '2025-06-01', validUntil: '2025-05-31', documentReference: 'X/1' } }, { token: admin }),
          'BAD_USER_INPUT',
          'validUntil',
        ],
        [
          stack.request(RecordCooperationAgreementDocument, { areaCode: 'oulu', input: { signedOn: '2025-01-01', validFrom: '2025-06-01', documentReference: TOO_LONG } }, { token: admin }),
          'BAD_USER_INPUT',
          'documentReference',
        ],
        [
          stack.request(RecordCooperationAgreementDocument, { areaCode: 'atlantis', input: { signedOn: '2025-01-01', validFrom: '2025-06-01', documentReference: 'X/1' } }, { token: admin }),
          'NOT_FOUND',
          'areaCode',
        ],
      ];
      for (const [request, code, name] of cases) {
        const response = await request;
        expect({ code: errorCode(response), field: field(response), message: message(response) }).toMatchObject({ code, field: name });
      }
      const conflict = await create('espoo', ['049', '091']);
      expect(message(conflict)).toContain('091 Helsinki');
      expect(message(conflict)).toContain('"helsinki"');
      expect(await footprint()).toEqual(before);
    });

    it('keeps a coordinator to their own areas', async () => {
      expect(errorCode(await stack.request(UpdateAreaDocument, { code: 'turku', input: { name: { fi: 'Turku', sv: 'Åbo', en: 'Turku city' } } }, { token: helsinkiCoordinator }))).toBe('FORBIDDEN');
      const own = await stack.request(UpdateAreaDocument, { code: 'turku', input: { name: { fi: 'Turku', sv: 'Åbo', en: 'City of Turku' } } }, { token: turkuCoordinator });
      expect(own.errors).toBeUndefined();
      expect(own.data!.updateArea.name.en).toBe('City of Turku');
      expect(await latestEvent()).toMatchObject({ type: 'AreaUpdated', payload: { code: 'turku', municipalityCodes: ['853'] } });
    });

    it('records the cooperation agreement', async () => {
      const response = await stack.request(
        RecordCooperationAgreementDocument,
        { areaCode: 'lahti', input: { signedOn: '2025-10-01', validFrom: '2026-01-01', validUntil: '2027-12-31', documentReference: 'KAIKU/2025/042' } },
        { token: admin },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordCooperationAgreement.cooperationAgreement).toEqual({
        signedOn: '2025-10-01', validFrom: '2026-01-01', validUntil: '2027-12-31', documentReference: 'KAIKU/2025/042',
      });
    });

    it('frees the municipalities of an ended area for another one', async () => {
      expect(errorCode(await create('kotka', ['285']))).toBe('CONFLICT');
      const ended = await stack.request(ChangeAreaStatusDocument, { code: 'kymenlaakso', status: 'ENDED' }, { token: admin });
      expect(ended.errors).toBeUndefined();
      expect((await create('kotka', ['285'])).errors).toBeUndefined();
      const noWayBack = await stack.request(ChangeAreaStatusDocument, { code: 'kymenlaakso', status: 'ACTIVE' }, { token: admin });
      expect(errorCode(noWayBack)).toBe('BAD_USER_INPUT');
      expect(message(noWayBack)).toContain('none');
    });
  });

  describe('status and the trial', () => {
    it('refuses an illegal status move, listing the allowed ones', async () => {
      const response = await stack.request(ChangeAreaStatusDocument, { code: 'oulu', status: 'ACTIVE' }, { token: admin });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(field(response)).toBe('status');
      expect(message(response)).toContain('allowed: TRIAL, ENDED');
      expect(errorCode(await stack.request(ChangeAreaStatusDocument, { code: 'atlantis', status: 'TRIAL' }, { token: admin }))).toBe('NOT_FOUND');
    });

    it('refuses ACTIVE before all ten steps; only a national admin may override, with a recorded reason', async () => {
      const before = await footprint();
      const refused = await stack.request(ChangeAreaStatusDocument, { code: 'keski-suomi', status: 'ACTIVE' }, { token: admin });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(message(refused)).toContain('3 are');
      const coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['keski-suomi'] });
      expect(errorCode(await stack.request(ChangeAreaStatusDocument, { code: 'keski-suomi', status: 'ACTIVE' }, { token: coordinator }))).toBe('BAD_USER_INPUT');
      const coordinatorOverride = await stack.request(ChangeAreaStatusDocument, { code: 'keski-suomi', status: 'ACTIVE', overrideReason: 'Kiire' }, { token: coordinator });
      expect(errorCode(coordinatorOverride)).toBe('FORBIDDEN');
      expect(errorCode(await stack.request(ChangeAreaStatusDocument, { code: 'keski-suomi', status: 'ACTIVE', overrideReason: TOO_LONG }, { token: admin }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.request(ChangeAreaStatusDocument, { code: 'keski-suomi', status: 'PAUSED', overrideReason: 'Syy' }, { token: admin }))).toBe('BAD_USER_INPUT');
      expect(await footprint()).toEqual(before);

      const reason = 'Maakunnan toimijat ovat valmiita; vaiheet 4-10 tehdään syksyllä.';
      const overridden = await stack.request(ChangeAreaStatusDocument, { code: 'keski-suomi', status: 'ACTIVE', overrideReason: reason }, { token: admin });
      expect(overridden.errors).toBeUndefined();
      expect(overridden.data!.changeAreaStatus).toMatchObject({ status: 'ACTIVE', localOnly: false, activationOverride: { reason, overriddenBy: 'test-user' } });
      expect(overridden.data!.changeAreaStatus.activatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await latestEvent()).toMatchObject({ type: 'AreaStatusChanged', payload: { code: 'keski-suomi', status: 'ACTIVE', previousStatus: 'TRIAL', localOnly: false } });
      const publicView = await stack.request(AreaDetailsDocument, { code: 'keski-suomi' });
      expect(publicView.data!.area!.activationOverride).toMatchObject({ reason, overriddenBy: null });
    });

    it('runs a trial through its ten steps to ACTIVE without an override', async () => {
      expect((await create('salo', ['734'])).errors).toBeUndefined();
      const coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['salo'] });
      const trial = await stack.request(ChangeAreaStatusDocument, { code: 'salo', status: 'TRIAL' }, { token: coordinator });
      expect(trial.data!.changeAreaStatus).toMatchObject({ status: 'TRIAL', trialStartedOn: expect.any(String) });

      const member = await stack.request(
        AddWorkingGroupMemberDocument,
        { areaCode: 'salo', input: { name: 'Riikka Lindholm', organisation: 'Salon kaupunki', sector: 'CULTURE', role: 'koordinaattori', email: 'riikka.lindholm@salo.example', phone: '+358 44 123 4567' } },
        { token: coordinator },
      );
      expect(member.errors).toBeUndefined();
      const memberId = member.data!.addWorkingGroupMember.id;
      for (let step = 1; step <= 10; step += 1) {
        const done = await stack.request(
          CompleteTrialStepDocument,
          { input: { areaCode: 'salo', step, completedOn: '2025-11-01', responsibleMemberId: memberId, notes: step === 6 ? 'Tilastot kuukausittain' : null } },
          { token: coordinator },
        );
        expect(done.errors).toBeUndefined();
        if (step === 6) expect(done.data!.completeTrialStep).toMatchObject({ number: 6, completed: true, notes: 'Tilastot kuukausittain', responsibleMember: { id: memberId } });
      }
      const active = await stack.request(ChangeAreaStatusDocument, { code: 'salo', status: 'ACTIVE' }, { token: coordinator });
      expect(active.errors).toBeUndefined();
      expect(active.data!.changeAreaStatus).toMatchObject({ status: 'ACTIVE', activationOverride: null });
    });

    it('refuses bad trial-step input, writing nothing', async () => {
      const before = await footprint();
      const step = (input: Record<string, unknown>, token = admin) =>
        stack.request(CompleteTrialStepDocument, { input: { areaCode: 'oulu', step: 1, ...input } as never }, { token });
      expect(field(await step({ step: 11 }))).toBe('step');
      expect(field(await step({ notes: TOO_LONG }))).toBe('notes');
      expect(field(await step({ completedOn: '2999-01-01' }))).toBe('completedOn');
      expect(errorCode(await step({ completedOn: '2025-02-30' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await step({ responsibleMemberId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(errorCode(await step({ areaCode: 'atlantis' }))).toBe('NOT_FOUND');
      expect(errorCode(await step({}, turkuCoordinator))).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);
    });
  });

  describe('working group', () => {
    it('adds, changes and removes members; bad input names the field and writes nothing', async () => {
      const before = await footprint();
      const add = (input: Record<string, unknown>, token = turkuCoordinator) =>
        stack.request(AddWorkingGroupMemberDocument, { areaCode: 'turku', input: { name: 'Jukka Aalto', organisation: 'Turun kaupunki', sector: 'WELLBEING', ...input } as never }, { token });
      expect(field(await add({ name: '' }))).toBe('name');
      expect(field(await add({ organisation: TOO_LONG }))).toBe('organisation');
      expect(field(await add({ email: 'not-an-address' }))).toBe('email');
      expect(field(await add({ phone: 'call me' }))).toBe('phone');
      expect(errorCode(await add({ sector: 'SPORT' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await add({}, helsinkiCoordinator))).toBe('FORBIDDEN');
      expect(await footprint()).toEqual(before);

      const added = await add({ email: 'jukka.aalto@turku.example' });
      expect(added.data!.addWorkingGroupMember).toMatchObject({ name: 'Jukka Aalto', sector: 'WELLBEING', email: 'jukka.aalto@turku.example' });
      const id = added.data!.addWorkingGroupMember.id;
      const changed = await stack.request(UpdateWorkingGroupMemberDocument, { id, input: { role: 'hyvinvointikoordinaattori', email: null } }, { token: admin });
      expect(changed.data!.updateWorkingGroupMember).toMatchObject({ role: 'hyvinvointikoordinaattori', email: null, name: 'Jukka Aalto' });
      expect(errorCode(await stack.request(UpdateWorkingGroupMemberDocument, { id, input: { name: '  ' } }, { token: admin }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await stack.request(RemoveWorkingGroupMemberDocument, { id }, { token: helsinkiCoordinator }))).toBe('FORBIDDEN');
      expect((await stack.request(RemoveWorkingGroupMemberDocument, { id }, { token: turkuCoordinator })).errors).toBeUndefined();
      expect(errorCode(await stack.request(RemoveWorkingGroupMemberDocument, { id }, { token: admin }))).toBe('NOT_FOUND');
      expect(await latestEvent()).toMatchObject({ type: 'AreaUpdated', payload: { code: 'turku', change: 'WORKING_GROUP' } });
    });
  });

  describe('readiness', () => {
    const readiness = async (code: string, language: string) => {
      const response = await stack.request(AreaReadinessDocument, { code }, { headers: { 'accept-language': language } });
      expect(response.errors).toBeUndefined();
      return Object.fromEntries(response.data!.area!.readiness.checks.map((check) => [check.code, check]));
    };

    it('passes every check for a well-prepared area, with partner facts from the partners event log', async () => {
      const checks = await eventually(async () => {
        const result = await readiness('helsinki', 'en');
        expect(result.CARD_DISTRIBUTOR.passed).toBe(true);
        return result;
      });
      expect(Object.values(checks).every((check) => check.passed)).toBe(true);
      expect(checks.THIRD_SECTOR_ACTOR.reason).toBe('The network has a third-sector actor.');
    });

    it('gives failing reasons in Swedish for Accept-Language: sv', async () => {
      // A new area: no working group, no partners, nobody for the statistics.
      expect((await create('rovaniemi', ['698'])).errors).toBeUndefined();
      const checks = await readiness('rovaniemi', 'sv-FI,sv;q=0.9');
      expect(checks.WORKING_GROUP_SECTORS).toEqual({
        code: 'WORKING_GROUP_SECTORS', passed: false,
        reason: 'Arbetsgruppen saknar en företrädare för kulturen eller för social- och hälsovården eller välfärden.',
      });
      expect(checks.THIRD_SECTOR_ACTOR).toMatchObject({ passed: false, reason: 'Nätverket har ingen aktör från tredje sektorn.' });
      expect(checks.CARD_DISTRIBUTOR).toMatchObject({ passed: false, reason: 'Nätverket har ingen aktör som delar ut kort.' });
      expect(checks.STATISTICS_RESPONSIBLE).toMatchObject({ passed: false, reason: 'Ingen ansvarig för den lokala statistiken har utsetts (steg 6).' });
      expect((await readiness('rovaniemi', 'fi')).STATISTICS_RESPONSIBLE.reason).toContain('vaihe 6');
      expect(checks.PARTNER_AGREEMENTS).toMatchObject({ passed: true, reason: expect.stringContaining('inte i försöksskedet') });
    });

    it('fails the agreement check of a trial area while a partner has not signed', async () => {
      // A partner of Turku whose snapshot has no agreement, written to the partners log as publishEvents does.
      const turkuId = (await areasDb().query("SELECT id FROM areas.areas WHERE code = 'turku'"))[0].id;
      await stack.subgraphs.partners.dataSource.query(`INSERT INTO partners.event_log (type, payload) VALUES ('PartnerRegistered', $1::jsonb)`, [
        JSON.stringify({ partnerId: '7d1f3c2a-5b6e-4f00-9a00-000000000001', areaId: turkuId, roles: ['CULTURE_PARTNER'], sector: 'PRIVATE', active: true }),
      ]);
      const checks = await eventually(async () => {
        const result = await readiness('turku', 'sv');
        expect(result.PARTNER_AGREEMENTS.passed).toBe(false);
        return result;
      });
      expect(checks.PARTNER_AGREEMENTS.reason).toBe('Avtal saknas för 1 partner.');
      // Outside a trial the rule does not apply.
      expect((await readiness('helsinki', 'sv')).PARTNER_AGREEMENTS.passed).toBe(true);
    });
  });
});
