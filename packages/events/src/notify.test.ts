import { notifiesSettled, notifyFollowers } from './notify';

/** A query target whose statements finish only when the test says so. */
function controlledTarget() {
  const sent: Array<{ sql: string; params?: unknown[] }> = [];
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  return {
    sent,
    query(sql: string, params?: unknown[]) {
      sent.push({ sql, params });
      return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
    },
    /** Finishes the oldest statement in flight, then lets the notifier react. */
    async finish(error?: Error) {
      const next = pending.shift();
      if (!next) throw new Error('nothing in flight');
      if (error) next.reject(error);
      else next.resolve();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    inFlight: () => pending.length,
  };
}

describe('notifyFollowers', () => {
  it('sends one NOTIFY on the stream channel', async () => {
    const db = controlledTarget();
    notifyFollowers(db, 'cards');
    expect(db.sent).toEqual([{ sql: 'SELECT pg_notify($1, $2)', params: ['kaiku_events_cards', ''] }]);
    await db.finish();
    await notifiesSettled(db, 'cards');
    expect(db.sent).toHaveLength(1);
  });

  it('coalesces a burst of 100 calls into the one in flight and exactly one more', async () => {
    const db = controlledTarget();
    for (let i = 0; i < 100; i++) notifyFollowers(db, 'cards');
    expect(db.sent).toHaveLength(1);
    await db.finish();
    // The calls that came while the first was in flight: one more, never zero.
    expect(db.sent).toHaveLength(2);
    expect(db.inFlight()).toBe(1);
    await db.finish();
    await notifiesSettled(db, 'cards');
    expect(db.sent).toHaveLength(2);
    // Idle again: the next call sends at once.
    notifyFollowers(db, 'cards');
    expect(db.sent).toHaveLength(3);
    await db.finish();
  });

  it('keeps streams and targets apart', async () => {
    const a = controlledTarget();
    const b = controlledTarget();
    notifyFollowers(a, 'cards');
    notifyFollowers(a, 'areas');
    notifyFollowers(b, 'cards');
    expect(a.sent.map((s) => s.params?.[0])).toEqual(['kaiku_events_cards', 'kaiku_events_areas']);
    expect(b.sent).toHaveLength(1);
    await a.finish();
    await a.finish();
    await b.finish();
  });

  it('swallows a failed NOTIFY and still sends the one owed after it', async () => {
    const db = controlledTarget();
    notifyFollowers(db, 'cards');
    notifyFollowers(db, 'cards');
    await db.finish(new Error('connection lost'));
    expect(db.sent).toHaveLength(2);
    await db.finish();
    await notifiesSettled(db, 'cards');
  });

  it('swallows a target that throws at once', async () => {
    const broken = {
      query: () => {
        throw new Error('pool is closed');
      },
    };
    expect(() => notifyFollowers(broken, 'cards')).not.toThrow();
    await notifiesSettled(broken, 'cards');
  });
});
