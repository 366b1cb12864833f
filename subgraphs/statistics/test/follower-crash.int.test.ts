import { followEvents } from '@kaiku/events';
import { eventually, startStack, type TestStack } from '@kaiku/testing';
import { applyCardEvents } from '../src/cards-follower';

/** A follower that dies mid-batch leaves nothing behind; the next one counts every event once. */
describe('statistics follower', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ seed: true, only: ['areas', 'partners', 'cards', 'statistics'], workers: false });
  });
  afterAll(() => stack?.stop());

  const db = () => stack.subgraphs.statistics.dataSource;
  const follow = (handle: Parameters<typeof followEvents>[0]['handle']) =>
    followEvents({ dataSource: db(), stream: 'cards', follower: 'statistics-facts', cursorSchema: 'statistics', pollMs: 3_600_000, batchSize: 100, handle });

  it('resumes after a crash in the middle of a batch with no double count', async () => {
    let crashes = 0;
    const dying = await follow(async (events, manager) => {
      // Apply half of the batch, then die as a killed process would: the transaction never commits.
      await applyCardEvents(events.slice(0, Math.floor(events.length / 2)), manager);
      crashes += 1;
      throw new Error('killed');
    });
    // Other test files' transactions on the cluster may hold the events back for a moment.
    await eventually(() => expect(dying.catchUp()).rejects.toThrow('killed'));
    await dying.stop();
    expect(crashes).toBeGreaterThanOrEqual(1);
    const [{ facts }] = await db().query('SELECT count(*)::int AS facts FROM statistics.use_facts');
    expect(facts).toBe(0);

    // Three more lives, each killed after one good batch, then one that runs to the end.
    for (let life = 0; life < 3; life += 1) {
      let batches = 0;
      const follower = await follow(async (events, manager) => {
        if (batches++ > 0) throw new Error('killed');
        await applyCardEvents(events, manager);
      });
      await follower.catchUp().catch(() => undefined);
      await follower.stop();
    }
    const last = await follow(applyCardEvents);
    const [{ uses }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS uses FROM cards.card_uses');
    const [{ cards }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS cards FROM cards.cards');
    await eventually(async () => {
      await last.catchUp();
      const [counted] = await db().query(
        `SELECT (SELECT count(*)::int FROM statistics.use_facts) AS facts, (SELECT sum(uses)::int FROM statistics.area_uses_by_month) AS monthly,
                (SELECT sum(uses)::int FROM statistics.area_uses_by_day) AS daily, (SELECT count(*)::int FROM statistics.card_facts) AS cards,
                (SELECT sum(cards)::int FROM statistics.cards_issued_by_day) AS issued`,
      );
      expect(counted).toEqual({ facts: uses, monthly: uses, daily: uses, cards, issued: cards });
    });
    await last.stop();
  });
});
