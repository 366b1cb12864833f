import {
  AreaWellbeingDocument,
  IssueCardDocument,
  IssueCommunityCardDocument,
  NationalWellbeingDocument,
  RenewCardWithWellbeingDocument,
  ReportCardLostDocument,
  RevokeCardDocument,
  type WellbeingAnswerInput,
} from '@kaiku/client';
import { errorCode, eventLogApplied, eventually, finnishDay, startStack, type TestStack } from '@kaiku/testing';
import { deleteStaleWellbeingAnswers } from '../../subgraphs/cards/src/domain/wellbeing';
import { rebuildStatistics } from '../../subgraphs/statistics/src/rebuild';
import { HELSINKI_UNIT, KESKI_SUOMI_UNIT, venuesReady } from './cards-support';

/**
 * Issue 14, item 4: the voluntary wellbeing question at issue and at renewal, through the
 * gateway. The score is never readable back, lives only until the first renewal, and every
 * published figure is suppressed below the threshold (5 in tests) for every caller.
 */
describe('wellbeing measure', () => {
  let stack: TestStack;
  let helsinkiDesk: string;
  let keskiSuomiDesk: string;
  const today = finnishDay(0);
  const period = { from: today, to: today };
  const cardsDb = (sql: string, params: unknown[] = []) => stack.subgraphs.cards.dataSource.query(sql, params);
  const statisticsDb = (sql: string, params: unknown[] = []) => stack.subgraphs.statistics.dataSource.query(sql, params);

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    helsinkiDesk = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT });
    keskiSuomiDesk = await stack.token({ role: 'DISTRIBUTOR', partnerId: KESKI_SUOMI_UNIT });
    await venuesReady(stack);
    await eventually(async () => {
      expect(await cardsDb('SELECT 1 FROM cards.partner_facts WHERE partner_id = $1', [KESKI_SUOMI_UNIT])).toHaveLength(1);
    });
  });
  afterAll(() => stack?.stop());

  async function issue(token: string, distributorId: string, wellbeing?: WellbeingAnswerInput | null) {
    const response = await stack.request(IssueCardDocument, { input: { distributorId, birthYear: 1980, postcode: '40100', children: 0, wellbeing } }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.issueCard;
  }

  async function renew(token: string, number: string, wellbeing?: WellbeingAnswerInput | null) {
    const response = await stack.request(RenewCardWithWellbeingDocument, { number, wellbeing }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.renewCard;
  }

  /** What the tables hold: nothing may change when an answer is refused. */
  async function stored() {
    const [cards] = await cardsDb(
      `SELECT (SELECT count(*)::int FROM cards.cards) AS cards, (SELECT count(*)::int FROM cards.wellbeing_answers) AS answers,
              (SELECT count(*)::int FROM cards.event_log) AS events, (SELECT max(valid_until)::text FROM cards.cards) AS latest`,
    );
    return cards;
  }

  const keptScore = async (number: string) =>
    (await cardsDb('SELECT w.score FROM cards.wellbeing_answers w JOIN cards.cards c ON c.holder_id = w.holder_id WHERE c.number = $1', [number.replace(/[^0-9A-Z]/gi, '').toUpperCase()]))[0]?.score;

  const statisticsCaughtUp = () => eventLogApplied(stack, { stream: 'cards', subgraph: 'statistics', cursorSchema: 'statistics', name: 'statistics-facts' });

  async function areaWellbeing(token: string, code = 'keski-suomi') {
    const response = await stack.request(AreaWellbeingDocument, { code, ...period }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.area!.statistics.wellbeing;
  }

  type Figures = Awaited<ReturnType<typeof areaWellbeing>>;
  const bands = (rows: Figures['atIssue']) => Object.fromEntries(rows.map((row) => [row.band, row.answers]));
  const changes = (figures: Figures) => Object.fromEntries(figures.change.map((row) => [row.direction, row.holders]));
  const readers = async () => [
    await stack.token({ role: 'ANALYST' }),
    await stack.token({ role: 'NATIONAL_ADMIN' }),
    await stack.token({ role: 'AREA_COORDINATOR', areas: ['keski-suomi'] }),
  ];

  it('refuses an answer outside 0-10 or without consent with BAD_USER_INPUT and stores nothing', async () => {
    const community = (await stack.request(IssueCommunityCardDocument, { input: { distributorId: HELSINKI_UNIT, groupSizeLimit: 8 } }, { token: helsinkiDesk })).data!.issueCommunityCard;
    const card = await issue(helsinkiDesk, HELSINKI_UNIT);
    const before = await stored();
    const refused = [
      { consent: true, score: 11 },
      { consent: true, score: -1 },
      { consent: false, score: 7 },
    ];
    for (const wellbeing of refused) {
      const issued = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00100', children: 0, wellbeing } }, { token: helsinkiDesk });
      expect(errorCode(issued)).toBe('BAD_USER_INPUT');
      expect(issued.errors![0].message).toMatch(/score|consent/);
      const renewed = await stack.request(RenewCardWithWellbeingDocument, { number: card.number, wellbeing }, { token: helsinkiDesk });
      expect(errorCode(renewed)).toBe('BAD_USER_INPUT');
      expect(renewed.data).toBeNull();
    }
    const noHolder = await stack.request(RenewCardWithWellbeingDocument, { number: community.number, wellbeing: { consent: true, score: 5 } }, { token: helsinkiDesk });
    expect(errorCode(noHolder)).toBe('BAD_USER_INPUT');
    expect(noHolder.errors![0].message).toMatch(/community card/);
    expect(await stored()).toEqual(before);
    expect(await keptScore(card.number)).toBeUndefined();

    // Declined (consent no, no score) and skipped (left out) issue the card and keep no answer.
    const declined = await issue(helsinkiDesk, HELSINKI_UNIT, { consent: false, score: null });
    const skipped = await issue(helsinkiDesk, HELSINKI_UNIT, null);
    expect(await keptScore(declined.number)).toBeUndefined();
    expect(await keptScore(skipped.number)).toBeUndefined();
    expect((await stored()).answers).toBe(before.answers);
  });

  it('publishes the distribution and the change only once a cell passes the threshold, for analysts and admins too', async () => {
    const issued = [];
    for (let i = 0; i < 4; i += 1) issued.push(await issue(keskiSuomiDesk, KESKI_SUOMI_UNIT, { consent: true, score: 7 + (i % 2) }));
    await statisticsCaughtUp();
    const [{ raw }] = await statisticsDb("SELECT sum(answers)::int AS raw FROM statistics.wellbeing_counts WHERE measure = 'ISSUE' AND bucket = 'SCORE_7_8'");
    expect(raw).toBeGreaterThanOrEqual(4);
    // Four answers: the whole distribution is hidden, its zeros too, whoever asks.
    for (const token of await readers()) {
      const figures = await areaWellbeing(token);
      expect(bands(figures.atIssue)).toEqual({ SCORE_0_4: null, SCORE_5_6: null, SCORE_7_8: null, SCORE_9_10: null });
      expect(figures.atIssue.every((row) => row.suppressed.includes('answers'))).toBe(true);
    }

    issued.push(await issue(keskiSuomiDesk, KESKI_SUOMI_UNIT, { consent: true, score: 8 }));
    await statisticsCaughtUp();
    for (const token of await readers()) {
      const figures = await areaWellbeing(token);
      expect(figures).toMatchObject({ fromMonth: today.slice(0, 7), toMonth: today.slice(0, 7) });
      expect(bands(figures.atIssue)).toEqual({ SCORE_0_4: 0, SCORE_5_6: 0, SCORE_7_8: 5, SCORE_9_10: 0 });
      expect(bands(figures.atRenewal)).toEqual({ SCORE_0_4: 0, SCORE_5_6: 0, SCORE_7_8: 0, SCORE_9_10: 0 });
    }

    // Four holders renewed with a higher score: the change and the renewal band stay hidden.
    for (const card of issued.slice(0, 4)) await renew(keskiSuomiDesk, card.number, { consent: true, score: 9 });
    await statisticsCaughtUp();
    const analyst = await stack.token({ role: 'ANALYST' });
    let figures = await areaWellbeing(analyst);
    expect(changes(figures)).toEqual({ IMPROVED: null, SAME: null, WORSENED: null });
    expect(bands(figures.atRenewal).SCORE_9_10).toBeNull();

    await renew(keskiSuomiDesk, issued[4].number, { consent: true, score: 10 });
    await statisticsCaughtUp();
    figures = await areaWellbeing(analyst);
    expect(changes(figures)).toEqual({ IMPROVED: 5, SAME: 0, WORSENED: 0 });
    expect(bands(figures.atRenewal)).toEqual({ SCORE_0_4: 0, SCORE_5_6: 0, SCORE_7_8: 0, SCORE_9_10: 5 });
    for (const card of issued) expect(await keptScore(card.number)).toBeUndefined();

    // Two low answers: hidden, and a second band with them, or 2 would be the total minus 5.
    await issue(keskiSuomiDesk, KESKI_SUOMI_UNIT, { consent: true, score: 2 });
    await issue(keskiSuomiDesk, KESKI_SUOMI_UNIT, { consent: true, score: 4 });
    await statisticsCaughtUp();
    figures = await areaWellbeing(analyst);
    expect(bands(figures.atIssue)).toEqual({ SCORE_0_4: null, SCORE_5_6: 0, SCORE_7_8: null, SCORE_9_10: 0 });

    // The national table shows the area exactly as the area's own figures do.
    const national = await stack.request(NationalWellbeingDocument, period, { token: analyst });
    expect(national.errors).toBeUndefined();
    const row = national.data!.nationalStatistics.byArea.find((area) => area.area.code === 'keski-suomi');
    expect(row!.wellbeing).toEqual(figures);

    // `kaiku statistics rebuild` replays the log into the same counts (the follower then goes on
    // from where the replay ended: with the log read in text order of transaction ids, events
    // past 999 -> 1000 were counted twice).
    await rebuildStatistics(stack.subgraphs.statistics.dataSource);
    expect(await areaWellbeing(analyst)).toEqual(figures);

    // The whole table's wellbeing costs one statement, however many areas it has.
    const statements = async (query: string) => {
      const before = stack.statementCount();
      expect((await stack.request(query, period, { token: analyst })).errors).toBeUndefined();
      return stack.statementCount() - before;
    };
    const withoutWellbeing = 'query ($from: Date!, $to: Date!) { nationalStatistics(from: $from, to: $to) { byArea { area { code } totals { uses } } } }';
    const withWellbeing = 'query ($from: Date!, $to: Date!) { nationalStatistics(from: $from, to: $to) { byArea { area { code } totals { uses } wellbeing { atIssue { answers } change { holders } } } } }';
    await statements(withoutWellbeing);
    expect(national.data!.nationalStatistics.byArea.length).toBeGreaterThan(1);
    expect((await statements(withWellbeing)) - (await statements(withoutWellbeing))).toBeLessThanOrEqual(1);
  });

  it('keeps the score only until the first renewal turns it into a change, and never gives it back through the graph', async () => {
    const card = await issue(helsinkiDesk, HELSINKI_UNIT, { consent: true, score: 6 });
    expect(await keptScore(card.number)).toBe(6);

    // No field of the graph reads it: not on Card, not anywhere as a score.
    const schema = await stack.request('{ __schema { types { name fields { name } inputFields { name } } } }');
    const fieldsOf = (name: string) => schema.data.__schema.types.find((type: { name: string }) => type.name === name).fields.map((field: { name: string }) => field.name);
    expect(fieldsOf('Card').filter((name: string) => /wellbeing|score|satisf/i.test(name))).toEqual([]);
    const outputsWithScore = schema.data.__schema.types.filter((type: { name: string; fields: Array<{ name: string }> | null }) => type.fields?.some((field) => field.name === 'score'));
    expect(outputsWithScore).toEqual([]);
    const asked = await stack.request('query ($number: String!) { card(number: $number) { id wellbeing } }', { number: card.number }, { token: helsinkiDesk });
    expect(errorCode(asked)).toBe('GRAPHQL_VALIDATION_FAILED');

    // The event statistics read names no card or holder and carries the band, not the score.
    const [event] = await cardsDb("SELECT payload FROM cards.event_log WHERE type = 'WellbeingAnswered' ORDER BY id DESC LIMIT 1");
    expect(Object.keys(event.payload).sort()).toEqual(['answeredOn', 'band', 'change', 'homeAreaId', 'moment']);
    expect(event.payload).toMatchObject({ moment: 'ISSUE', band: 'SCORE_5_6', change: null });

    // A replacement card continues the holder, and so the kept score.
    const replacement = (await stack.request(ReportCardLostDocument, { number: card.number }, { token: helsinkiDesk })).data!.reportCardLost;
    expect(await keptScore(replacement.number)).toBe(6);

    await renew(helsinkiDesk, replacement.number, { consent: true, score: 8 });
    expect(await keptScore(replacement.number)).toBeUndefined();
    const [renewal] = await cardsDb("SELECT payload FROM cards.event_log WHERE type = 'WellbeingAnswered' ORDER BY id DESC LIMIT 1");
    expect(renewal.payload).toMatchObject({ moment: 'RENEWAL', band: 'SCORE_7_8', change: 'IMPROVED' });

    // A second renewal's answer has nothing to compare with and is not kept either.
    await renew(helsinkiDesk, replacement.number, { consent: true, score: 3 });
    expect(await keptScore(replacement.number)).toBeUndefined();
    const [second] = await cardsDb("SELECT payload FROM cards.event_log WHERE type = 'WellbeingAnswered' ORDER BY id DESC LIMIT 1");
    expect(second.payload).toMatchObject({ moment: 'RENEWAL', band: 'SCORE_0_4', change: null });

    // A renewal without an answer deletes the kept score all the same.
    const other = await issue(helsinkiDesk, HELSINKI_UNIT, { consent: true, score: 9 });
    await renew(helsinkiDesk, other.number, null);
    expect(await keptScore(other.number)).toBeUndefined();

    // Retention: a revoked card's kept score goes with the next sweep; an open card's stays.
    const revoked = await issue(helsinkiDesk, HELSINKI_UNIT, { consent: true, score: 4 });
    const open = await issue(helsinkiDesk, HELSINKI_UNIT, { consent: true, score: 5 });
    expect((await stack.request(RevokeCardDocument, { number: revoked.number, reason: 'holder moved away' }, { token: helsinkiDesk })).errors).toBeUndefined();
    await deleteStaleWellbeingAnswers(stack.subgraphs.cards.dataSource);
    expect(await keptScore(revoked.number)).toBeUndefined();
    expect(await keptScore(open.number)).toBe(5);

    // Statistics keep counts only: no table of theirs has a row per card for this.
    const columns: Array<{ table_name: string }> = await statisticsDb(
      "SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'statistics' AND (column_name ~ '(wellbeing|score|band|satisf)' OR table_name ~ 'wellbeing')",
    );
    expect(columns.map((column) => column.table_name)).toEqual(['wellbeing_counts']);
  });
});
