import { randomUUID } from 'node:crypto';
import {
  ReportCardLostDocument,
  AreaStatisticsDocument,
  CancelCardUseDocument,
  IssueCardDocument,
  NationalStatisticsDocument,
  PartnerStatisticsDocument,
  PublicStatisticsDocument,
  RegisterCardUseDocument,
} from '@kaiku/client';
import { errorCode, eventLogApplied, eventually, finnishDay, finnishYear, runKaiku as kaiku, startStack, type TestStack } from '@kaiku/testing';
import { HELSINKI_THEATRE, HELSINKI_UNIT, areaId, partnerId, publishPartner, venuesReady } from './cards-support';

const PERIOD = { from: '2025-03-15', to: '2026-11-30' };
const sum = (values: Array<number | null | undefined>) => values.reduce<number>((a, b) => a + (b ?? 0), 0);

/** [4/7] through the gateway: figures from the rollups equal the raw facts, and small counts are protected. */
describe('statistics', () => {
  let stack: TestStack;
  let analyst: string;
  const raw = (sql: string, params: unknown[] = []) => stack.subgraphs.cards.dataSource.query(sql, params);

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    analyst = await stack.token({ role: 'ANALYST' });
    await venuesReady(stack);
    await caughtUp();
  });
  afterAll(() => stack?.stop());

  async function caughtUp() {
    await eventually(async () => {
      const [{ uses }] = await raw('SELECT count(*)::int AS uses FROM cards.card_uses WHERE cancelled_at IS NULL');
      const [{ facts }] = await stack.subgraphs.statistics.dataSource.query('SELECT count(*)::int AS facts FROM statistics.use_facts');
      expect(facts).toBe(uses);
    }, 10_000);
  }

  async function national(token = analyst, period = PERIOD) {
    const response = await stack.request(NationalStatisticsDocument, period, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.nationalStatistics;
  }

  it('gives national totals equal to the ground truth in the cards subgraph', async () => {
    const figures = await national();
    const [truth] = await raw(
      `SELECT count(*)::int AS uses, sum(adult_tickets)::int AS adult, sum(child_tickets)::int AS child, sum(course_places)::int AS course,
              count(DISTINCT c.holder_id)::int AS holders
         FROM cards.card_uses u JOIN cards.cards c ON c.id = u.card_id WHERE u.used_on BETWEEN $1 AND $2 AND u.cancelled_at IS NULL`,
      [PERIOD.from, PERIOD.to],
    );
    const [{ issued }] = await raw(
      'SELECT count(*)::int AS issued FROM cards.cards c WHERE valid_from BETWEEN $1 AND $2 AND NOT EXISTS (SELECT 1 FROM cards.cards o WHERE o.replaced_by_card_id = c.id)',
      [PERIOD.from, PERIOD.to],
    );
    const [{ active }] = await raw("SELECT count(*)::int AS active FROM cards.cards WHERE valid_from <= $1 AND valid_until >= $1 AND state = 'ACTIVE'", [PERIOD.to]);
    expect(figures.totals).toMatchObject({ uses: truth.uses, adultTickets: truth.adult, childTickets: truth.child, coursePlaces: truth.course, cardsUsed: truth.holders, cardsIssued: issued, activeCards: active, suppressed: [] });
    expect(sum(figures.byArea.map((row) => row.totals.uses))).toBe(truth.uses);
    expect(sum(figures.byCategory.map((row) => row.uses))).toBe(truth.uses);
    expect(sum(figures.byCategory.map((row) => row.childTickets))).toBe(truth.child);
    expect(sum(figures.byMonth.map((row) => row.uses))).toBe(truth.uses);
    expect(sum(figures.byMonth.map((row) => row.cardsIssued))).toBe(issued);
    expect(sum(figures.byPartnerSector.map((row) => row.uses))).toBe(truth.uses);
    expect(figures.byPartnerSector.map((row) => row.sector)).toEqual(expect.arrayContaining(['PUBLIC', 'PRIVATE']));
    expect(sum(figures.crossArea.map((row) => row.uses))).toBe(truth.uses);
    const [crossTruth] = await raw('SELECT count(*)::int AS n FROM cards.card_uses WHERE home_area_id <> venue_area_id AND used_on BETWEEN $1 AND $2', [PERIOD.from, PERIOD.to]);
    expect(sum(figures.crossArea.filter((row) => row.homeArea.code !== row.venueArea.code).map((row) => row.uses))).toBe(crossTruth.n);
    expectMatrixEqualsList(figures);
  });

  /** The matrix form of the cross-area table holds exactly the list's cells, zero elsewhere. */
  function expectMatrixEqualsList(figures: Awaited<ReturnType<typeof national>>) {
    const matrix = figures.crossAreaMatrix;
    const home = matrix.homeAreas.map((area) => area.code);
    const venue = matrix.venueAreas.map((area) => area.code);
    const listed = new Map(figures.crossArea.map((row) => [`${row.homeArea.code}>${row.venueArea.code}`, row.uses]));
    home.forEach((h, i) => venue.forEach((v, j) => expect(matrix.uses[i]![j]).toBe(listed.has(`${h}>${v}`) ? listed.get(`${h}>${v}`) : 0)));
    expect(matrix.suppressedCells).toBe(figures.crossArea.filter((row) => row.uses === null).length);
    expect(new Set(home)).toEqual(new Set(figures.crossArea.map((row) => row.homeArea.code)));
  }

  it('equals hand-computed figures after a known set of uses: cross-area, a replacement as one holder, a back-dated use in its month', async () => {
    const day = (offset: number) => finnishDay(-offset);
    const period = { from: day(45), to: day(0) };
    const museum = partnerId('vantaan-kaupunginmuseo');
    await publishPartner(stack, { partnerId: museum, areaId: areaId('vantaa'), roles: ['CULTURE_PARTNER'], principlesVersion: '2024-1' });
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT });
    const theatre = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE });
    const vantaaStaff = await stack.token({ role: 'PARTNER_STAFF', partnerId: museum });
    // A demo card valid 40 days ago whose holder has no use in the period.
    const [old] = await raw(
      `SELECT number FROM cards.cards c WHERE state = 'ACTIVE' AND kind = 'PERSONAL' AND home_area_id = $1 AND valid_from < $2 AND valid_until > now()
          AND NOT EXISTS (SELECT 1 FROM cards.card_uses u JOIN cards.cards o ON o.id = u.card_id WHERE o.holder_id = c.holder_id AND u.used_on >= $3) LIMIT 1`,
      [areaId('helsinki'), day(41), period.from],
    );
    await caughtUp();
    const before = await national(analyst, period);
    const record = async (token: string, cardNumber: string, venue: string, extra: Record<string, unknown> = {}) => {
      const response = await stack.request(RegisterCardUseDocument, { input: { cardNumber, partnerId: venue, category: 'CULTURE', adultTickets: 1, idempotencyKey: randomUUID(), ...extra } }, { token });
      expect(response.errors).toBeUndefined();
    };
    const a = (await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1985, postcode: '00530', children: 2 } }, { token: distributor })).data!.issueCard;
    await record(theatre, a.number, HELSINKI_THEATRE, { childTickets: 2 });
    await record(vantaaStaff, a.number, museum);
    const b = (await stack.request(ReportCardLostDocument, { number: a.number }, { token: distributor })).data!.reportCardLost;
    await record(theatre, b.number, HELSINKI_THEATRE);
    await record(theatre, old.number, HELSINKI_THEATRE, { usedOn: day(40) });
    await caughtUp();
    const after = await national(analyst, period);

    const delta = (key: keyof typeof after.totals) => (after.totals[key] as number) - (before.totals[key] as number);
    // By hand: 4 uses, 4 adult and 2 child tickets; one new card (the replacement continues
    // its holder); two holders (A/B and the old card's).
    expect({ uses: delta('uses'), adultTickets: delta('adultTickets'), childTickets: delta('childTickets'), cardsIssued: delta('cardsIssued'), cardsUsed: delta('cardsUsed') }).toEqual({
      uses: 4,
      adultTickets: 4,
      childTickets: 2,
      cardsIssued: 1,
      cardsUsed: 2,
    });
    const cross = (figures: typeof after, home: string, venue: string) => figures.crossArea.find((row) => row.homeArea.code === home && row.venueArea.code === venue)?.uses ?? 0;
    expect(cross(after, 'helsinki', 'vantaa') - cross(before, 'helsinki', 'vantaa')).toBe(1);
    expect(cross(after, 'helsinki', 'helsinki') - cross(before, 'helsinki', 'helsinki')).toBe(3);
    const month = (figures: typeof after, m: string) => figures.byMonth.find((row) => row.month === m)?.uses ?? 0;
    expect(month(after, day(40).slice(0, 7)) - month(before, day(40).slice(0, 7))).toBe(1);
    expect(month(after, day(0).slice(0, 7)) - month(before, day(0).slice(0, 7))).toBe(3);
  });

  it('compares with the same period a year earlier', async () => {
    const figures = await national();
    const earlier = await national(analyst, { from: '2024-03-15', to: '2025-11-30' });
    expect(figures.previousYear).toEqual({ uses: earlier.totals.uses, cardsIssued: earlier.totals.cardsIssued, suppressed: [] });
  });

  it('gives an area its figures and demographics that add up to its cards', async () => {
    const response = await stack.request(AreaStatisticsDocument, { code: 'helsinki', ...PERIOD }, { token: analyst });
    const figures = response.data!.area!.statistics;
    const [truth] = await raw('SELECT count(*)::int AS uses FROM cards.card_uses WHERE home_area_id = $1 AND used_on BETWEEN $2 AND $3 AND cancelled_at IS NULL', [areaId('helsinki'), PERIOD.from, PERIOD.to]);
    expect(figures.totals.uses).toBe(truth.uses);
    for (const dimension of ['ageGroups', 'children', 'lifeSituations', 'genders', 'postcodeAreas'] as const) {
      expect(sum(figures.demographics[dimension].map((group) => group.cards))).toBe(figures.totals.cardsIssued);
    }
  });

  it('gives national and two areas their own demographics in one request', async () => {
    const ages = 'demographics { ageGroups { group cards } }';
    const response = await stack.request(
      `query($from: Date!, $to: Date!) {
        nationalStatistics(from: $from, to: $to) { totals { cardsIssued } ${ages} }
        helsinki: area(code: "helsinki") { statistics(from: $from, to: $to) { totals { cardsIssued } ${ages} } }
        vantaa: area(code: "vantaa") { statistics(from: $from, to: $to) { totals { cardsIssued } ${ages} } }
      }`,
      PERIOD,
      { token: analyst },
    );
    expect(response.errors).toBeUndefined();
    const { nationalStatistics, helsinki, vantaa } = response.data;
    const cards = (figures: { demographics: { ageGroups: Array<{ cards: number }> } }) => sum(figures.demographics.ageGroups.map((group) => group.cards));
    expect(cards(nationalStatistics)).toBe(nationalStatistics.totals.cardsIssued);
    expect(cards(helsinki.statistics)).toBe(helsinki.statistics.totals.cardsIssued);
    expect(cards(vantaa.statistics)).toBe(vantaa.statistics.totals.cardsIssued);
    expect(helsinki.statistics.totals.cardsIssued).toBeGreaterThan(0);
    expect(cards(helsinki.statistics) + cards(vantaa.statistics)).toBeLessThanOrEqual(cards(nationalStatistics));

    // An area asked alone reads only its own cards, and gets the same groups.
    const alone = await stack.request(`query($from: Date!, $to: Date!) { area(code: "helsinki") { statistics(from: $from, to: $to) { ${ages} } } }`, PERIOD, { token: analyst });
    expect(alone.data.area.statistics.demographics).toEqual(helsinki.statistics.demographics);
  });

  it('gives a venue and an issuing unit their own figures', async () => {
    const response = await stack.request(PartnerStatisticsDocument, { id: HELSINKI_UNIT, ...PERIOD }, { token: analyst });
    // Replacement cards continue their holder and are not counted as issued.
    const [issued] = await raw(
      'SELECT count(*)::int AS n FROM cards.cards c WHERE issued_by_partner_id = $1 AND valid_from BETWEEN $2 AND $3 AND NOT EXISTS (SELECT 1 FROM cards.cards o WHERE o.replaced_by_card_id = c.id)',
      [HELSINKI_UNIT, PERIOD.from, PERIOD.to],
    );
    expect(response.data!.partner!.statistics.asIssuer.cardsIssued).toBe(issued.n);
    const venue = await stack.request(PartnerStatisticsDocument, { id: HELSINKI_THEATRE, ...PERIOD }, { token: analyst });
    const [uses] = await raw('SELECT count(*)::int AS n FROM cards.card_uses WHERE partner_id = $1 AND used_on BETWEEN $2 AND $3 AND cancelled_at IS NULL', [HELSINKI_THEATRE, PERIOD.from, PERIOD.to]);
    expect(venue.data!.partner!.statistics.asVenue.totals.uses).toBe(uses.n);
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE });
    expect(errorCode(await stack.request(PartnerStatisticsDocument, { id: HELSINKI_UNIT, ...PERIOD }, { token: staff }))).toBe('FORBIDDEN');
  });

  it('suppresses small counts for area coordinators, with a second cell where one could be worked out', async () => {
    const coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['helsinki'] });
    const rawFigures = (await stack.request(AreaStatisticsDocument, { code: 'helsinki', ...PERIOD }, { token: analyst })).data!.area!.statistics;
    const shown = (await stack.request(AreaStatisticsDocument, { code: 'helsinki', ...PERIOD }, { token: coordinator })).data!.area!.statistics;
    let hiddenCells = 0;
    const check = (rawRows: Array<Record<string, unknown>>, shownRows: Array<Record<string, unknown>>, measures: string[]) => {
      for (const measure of measures) {
        const rawColumn = rawRows.map((row) => row[measure] as number);
        const shownColumn = shownRows.map((row) => row[measure] as number | null);
        shownColumn.forEach((value, i) => {
          if (rawColumn[i] > 0 && rawColumn[i] < 5) expect(value).toBeNull();
          if (value !== null) expect(value === 0 || value >= 5).toBe(true);
          if (value === null) expect(shownRows[i].suppressed).toContain(measure);
        });
        const hidden = shownColumn.filter((value) => value === null).length;
        hiddenCells += hidden;
        // One hidden cell alone could be worked out from the published total.
        expect(hidden).not.toBe(1);
      }
    };
    check(rawFigures.byCategory, shown.byCategory, ['uses', 'adultTickets', 'childTickets']);
    check(rawFigures.byMonth, shown.byMonth, ['uses', 'cardsIssued']);
    check(rawFigures.demographics.ageGroups.map((g) => ({ ...g, suppressed: [] })), shown.demographics.ageGroups.map((g) => ({ ...g, suppressed: g.suppressed ? ['cards'] : [] })), ['cards']);
    expect(hiddenCells).toBeGreaterThan(0);
    expect(rawFigures.totals.suppressed).toEqual([]);

    const vantaa = await stack.token({ role: 'AREA_COORDINATOR', areas: ['vantaa'] });
    expect(errorCode(await stack.request(AreaStatisticsDocument, { code: 'helsinki', ...PERIOD }, { token: vantaa }))).toBe('FORBIDDEN');
    // The national cross-area table, suppressed for a coordinator, in both forms.
    const nationalShown = await national(coordinator);
    expect(nationalShown.crossArea.some((row) => row.uses === null)).toBe(true);
    expectMatrixEqualsList(nationalShown);
    expect(errorCode(await stack.request(NationalStatisticsDocument, PERIOD))).toBe('UNAUTHENTICATED');
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT });
    expect(errorCode(await stack.request(NationalStatisticsDocument, PERIOD, { token: distributor }))).toBe('FORBIDDEN');
  });

  it('publishes open yearly figures to anyone, every small count suppressed', async () => {
    const year = finnishYear();
    const response = await stack.request(PublicStatisticsDocument, { year });
    expect(response.errors).toBeUndefined();
    const figures = response.data!.publicStatistics;
    for (const row of figures.byArea) {
      for (const value of [row.cardsIssued, row.cardsUsed, row.uses]) if (value != null) expect(value === 0 || value >= 5).toBe(true);
      for (const measure of ['cardsIssued', 'cardsUsed', 'uses'] as const) expect(figures.byArea.filter((r) => r[measure] === null).length).not.toBe(1);
    }
    expect(errorCode(await stack.request(PublicStatisticsDocument, { year: 1999 }))).toBe('BAD_USER_INPUT');
  });

  it('refuses bad periods naming the field', async () => {
    for (const [period, field] of [
      [{ from: '2026-02-01', to: '2026-01-01' }, 'from'],
      [{ from: '2010-01-01', to: '2010-12-31' }, 'from'],
      [{ from: '2015-01-01', to: '2030-12-31' }, 'to'],
    ] as const) {
      const response = await stack.request(NationalStatisticsDocument, period, { token: analyst });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain(field);
    }
    expect(errorCode(await stack.request(NationalStatisticsDocument, { from: '2026-02-30', to: '2026-03-01' }, { token: analyst }))).toBe('BAD_USER_INPUT');
  });

  it('keeps the rollups in step as uses are recorded and cancelled', async () => {
    const today = finnishDay();
    const period = { from: today, to: today };
    const before = (await national(analyst, period)).totals;
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT });
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE });
    const card = (await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1960, postcode: '00100', children: 2 } }, { token: distributor })).data!.issueCard;
    const use = (await stack.request(RegisterCardUseDocument, { input: { cardNumber: card.number, partnerId: HELSINKI_THEATRE, category: 'CULTURE', adultTickets: 1, childTickets: 2, idempotencyKey: randomUUID() } }, { token: staff })).data!.registerCardUse;
    await eventually(async () => expect((await national(analyst, period)).totals).toMatchObject({ uses: before.uses! + 1, childTickets: before.childTickets! + 2, cardsIssued: before.cardsIssued! + 1, cardsUsed: before.cardsUsed! + 1 }));
    await stack.request(CancelCardUseDocument, { useId: use.id }, { token: staff });
    await eventually(async () => expect((await national(analyst, period)).totals).toMatchObject({ uses: before.uses, childTickets: before.childTickets, cardsUsed: before.cardsUsed }));
  });

  it('exports an area\'s year as CSV through the gateway and the CLI, with headers in three languages', async () => {
    const year = finnishYear();
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const url = (area: string, lang = 'sv', y = year) => `${base}/export/statistics.csv?area=${area}&year=${y}&lang=${lang}`;
    const response = await fetch(url('helsinki'), { headers: { authorization: `Bearer ${analyst}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    // UTF-8 with a byte order mark, so spreadsheet programs read ä and ö right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = bytes.subarray(3).toString('utf8').trim().split('\n');
    expect(header).toContain('"Beviljade kort","Aktiverade kort","Användningar","Kultur, vuxna"');
    const figures = (await stack.request(AreaStatisticsDocument, { code: 'helsinki', from: `${year}-01-01`, to: `${year}-12-31` }, { token: analyst })).data!.area!.statistics.totals;
    expect(row.split(',').slice(3, 6).map(Number)).toEqual([figures.cardsIssued, figures.cardsUsed, figures.uses]);

    const vantaa = await stack.token({ role: 'AREA_COORDINATOR', areas: ['vantaa'] });
    expect((await fetch(url('helsinki'), { headers: { authorization: `Bearer ${vantaa}` } })).status).toBe(403);
    expect((await fetch(url('helsinki'))).status).toBe(401);
    expect((await fetch(url('helsinki', 'de'), { headers: { authorization: `Bearer ${analyst}` } })).status).toBe(400);
    expect((await fetch(url('atlantis'), { headers: { authorization: `Bearer ${analyst}` } })).status).toBe(404);

    const cli = await kaiku(['export', 'statistics', '--area', 'helsinki', '--year', String(year), '--lang', 'en', '--gateway', stack.gatewayUrl, '--token', analyst]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('"Cards issued","Cards activated","Uses"');
  });

  it('rebuilds everything from the event log to exactly the incremental figures', async () => {
    await caughtUp();
    const snapshot = async () => {
      const tables = ['use_facts', 'card_facts', 'area_uses_by_day', 'area_uses_by_month', 'cross_area_uses_by_day', 'cross_area_uses_by_month', 'sector_uses_by_day', 'sector_uses_by_month', 'partner_uses_by_day', 'partner_uses_by_month', 'holder_periods', 'holders_used', 'cards_issued_by_day', 'active_card_deltas'];
      const out: Record<string, string> = {};
      for (const table of tables) {
        const [{ digest }] = await stack.subgraphs.statistics.dataSource.query(
          `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM statistics.${table} t WHERE NOT (to_jsonb(t) ? 'delta') OR (to_jsonb(t)->>'delta')::int <> 0`,
        );
        out[table] = digest;
      }
      return out;
    };
    const logApplied = () => eventLogApplied(stack, { stream: 'cards', subgraph: 'statistics', cursorSchema: 'statistics', name: 'statistics-facts' });
    await logApplied();
    const before = await snapshot();
    const figures = await national();
    const run = await kaiku(['statistics', 'rebuild'], { DATABASE_URL: stack.database.url, LOG_LEVEL: 'silent' });
    expect(run.stdout).toMatch(/Rebuilt statistics from \d+ events/);
    expect(run.code).toBe(0);
    // A transaction running elsewhere in the cluster can hold back the newest events from the
    // rebuild; the follower applies them right after.
    await logApplied();
    expect(await snapshot()).toEqual(before);
    expect(await national()).toEqual(figures);
  });
});
