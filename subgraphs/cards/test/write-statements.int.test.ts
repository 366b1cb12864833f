import { randomUUID } from 'node:crypto';
import { stableId } from '@kaiku/subgraph-kit';
import { startStack, type TestStack } from '@kaiku/testing';

const REGISTER = 'mutation($input: RegisterCardUseInput!) { registerCardUse(input: $input) { id usedOn createdAt } }';
const ISSUE = 'mutation($input: IssueCardInput!) { issueCard(input: $input) { id number validUntil } }';
const HELSINKI = stableId('area', 'helsinki');

/**
 * The hot writes stay cheap: a new use (no offer) and a new card each take one read and one
 * write statement in the cards subgraph (the wake-up of followers after it is background work,
 * not counted), and a retry of a use two. The budget is 3, so a new check may cost at most one
 * more statement before this fails.
 * Workers are off so that no follower's poll runs between the counts; the facts cards would
 * learn from the areas and partners logs are written directly.
 */
describe('cards: statements per write', () => {
  const BUDGET = 3;
  let stack: TestStack;
  const unit = randomUUID();
  const venue = randomUUID();
  let distributor: string;
  let staff: string;

  beforeAll(async () => {
    stack = await startStack({ only: ['areas', 'partners', 'cards'], workers: false });
    const db = stack.subgraphs.cards.dataSource;
    await db.query(`INSERT INTO cards.area_facts (area_id, code, status, local_only) VALUES ($1, 'helsinki', 'ACTIVE', false)`, [HELSINKI]);
    await db.query(
      `INSERT INTO cards.partner_facts (partner_id, area_id, roles, active, principles_version, sector)
       VALUES ($1, $3, ARRAY['CARD_DISTRIBUTOR'], true, NULL, 'PUBLIC'), ($2, $3, ARRAY['CULTURE_PARTNER'], true, '2024-1', 'PRIVATE')`,
      [unit, venue, HELSINKI],
    );
    distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: unit }, 'distributor');
    staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: venue }, 'staff');
  });
  afterAll(() => stack?.stop());

  async function counted<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = stack.subgraphs.cards.statementCount();
    const result = await work();
    return { result, statements: stack.subgraphs.cards.statementCount() - before };
  }

  async function issue(wellbeing?: { consent: boolean; score: number }) {
    const input = { distributorId: unit, birthYear: 1980, postcode: '00530', children: 1, ...(wellbeing ? { wellbeing } : {}) };
    return counted(async () => {
      const response = await stack.request(ISSUE, { input }, { token: distributor });
      expect(response.errors).toBeUndefined();
      return response.data!.issueCard as { id: string; number: string };
    });
  }

  it('issues a card in at most 3 statements, with its event, its wellbeing answer and its log row', async () => {
    await issue(); // warm-up: the first request prepares the statements on a connection
    const plain = await issue();
    const answered = await issue({ consent: true, score: 7 });
    console.log(`statements: issueCard ${plain.statements}, with a wellbeing answer ${answered.statements}`);
    expect(plain.statements).toBeLessThanOrEqual(BUDGET);
    expect(answered.statements).toBeLessThanOrEqual(BUDGET);
    const db = stack.subgraphs.cards.dataSource;
    const [{ cards, logged, answers, events }] = await db.query(
      `SELECT (SELECT count(*)::int FROM cards.cards WHERE id = ANY($1::uuid[])) AS cards,
              (SELECT count(*)::int FROM cards.access_log WHERE action = 'ISSUE_CARD') AS logged,
              (SELECT count(*)::int FROM cards.wellbeing_answers WHERE holder_id = $2) AS answers,
              (SELECT array_agg(type ORDER BY id) FROM cards.event_log) AS events`,
      [[plain.result.id, answered.result.id], answered.result.id],
    );
    expect({ cards, logged, answers }).toEqual({ cards: 2, logged: 3, answers: 1 });
    expect(events).toEqual(['CardIssued', 'CardIssued', 'CardIssued', 'WellbeingAnswered']);
  });

  it('records a use in at most 3 statements, and a retry of it in at most 3, storing it once', async () => {
    const { result: card } = await issue();
    const register = (idempotencyKey: string) =>
      counted(() => stack.request(REGISTER, { input: { cardNumber: card.number, partnerId: venue, category: 'CULTURE', adultTickets: 1, idempotencyKey } }, { token: staff }));
    await register(randomUUID()); // warm-up
    const key = randomUUID();
    const first = await register(key);
    const retry = await register(key);
    console.log(`statements: registerCardUse ${first.statements}, its retry ${retry.statements}`);
    expect(first.result.errors).toBeUndefined();
    expect(retry.result.data).toEqual(first.result.data);
    expect(first.statements).toBeLessThanOrEqual(BUDGET);
    expect(retry.statements).toBeLessThanOrEqual(BUDGET);
    const db = stack.subgraphs.cards.dataSource;
    const [{ uses, events, logged }] = await db.query(
      `SELECT (SELECT count(*)::int FROM cards.card_uses WHERE partner_id = $1 AND idempotency_key = $2) AS uses,
              (SELECT count(*)::int FROM cards.event_log WHERE type = 'CardUseRecorded' AND payload->>'useId' = $3) AS events,
              (SELECT count(*)::int FROM cards.access_log WHERE action = 'RECORD_USE') AS logged`,
      [venue, key, first.result.data.registerCardUse.id],
    );
    // Every call is logged (the warm-up, the use and its retry); the use and its event once.
    expect({ uses, events, logged }).toEqual({ uses: 1, events: 1, logged: 3 });
  });
});
