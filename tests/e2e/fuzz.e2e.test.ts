import { randomUUID } from 'node:crypto';
import { stableId } from '@kaiku/subgraph-kit';
import { eventually, startStack, type TestStack } from '@kaiku/testing';

/** A seeded generator: a failure names its seed and can be replayed. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}

const HOSTILE_STRINGS = [
  "'; DROP TABLE cards.cards; --",
  '" OR 1=1 --',
  '$1',
  '\\u0000',
  '\u0000\u0001\u0002',
  '𝕂𝔸𝕀𝕂𝕌 🎭🎟️',
  'ä'.repeat(3000),
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '{"$ne": null}',
  'KAIKU1:ABCDEFGHJKM:AAAAAAAAAAAAAAAA',
  '2222-2222-222',
  '\u202Ereversed',
  ' ',
  '',
  'x'.repeat(100_000),
  '9'.repeat(400),
  '%s%s%s%n',
  '2026-02-30',
  '0000-00-00',
  'null',
];

/** Values of the wrong type, out of range, or absurd in size. */
function hostileValue(g: ReturnType<typeof generator>): unknown {
  switch (g.int(9)) {
    case 0: return g.pick(HOSTILE_STRINGS);
    case 1: return g.pick([-1, 0, 2 ** 31, -(2 ** 31) - 1, 1e308, 0.5, Number.MAX_SAFE_INTEGER]);
    case 2: return Array.from({ length: g.pick([0, 1, 10_000]) }, () => g.pick(HOSTILE_STRINGS.slice(0, 5)));
    case 3: return { nested: { deeper: { deepest: g.pick(HOSTILE_STRINGS) } } };
    case 4: return null;
    case 5: return g.pick([true, false]);
    case 6: return randomUUID();
    case 7: return stableId('partner', g.pick(['hki-kaupunginteatteri', 'hki-sosiaalipalvelut', 'nope']));
    default: return g.pick(['CULTURE', 'EDUCATION', 'SPORT', 'NOT_A_CATEGORY']);
  }
}

const OPERATIONS = [
  'query($c: String!) { area(code: $c) { code name { fi } } }',
  'query($s: String, $f: Int, $a: String) { partners(filter: { search: $s }, first: $f, after: $a) { totalCount edges { node { name { fi } } } } }',
  'query($n: String!) { verifyCard(number: $n) { valid reason } }',
  'query($n: String!) { card(number: $n) { id number } }',
  'query($f: Date!, $t: Date!) { nationalStatistics(from: $f, to: $t) { totals { uses } } }',
  'mutation($i: RegisterCardUseInput!) { registerCardUse(input: $i) { id } }',
  'mutation($i: IssueCardInput!) { issueCard(input: $i) { id } }',
  'mutation($n: String!, $r: String!) { revokeCard(number: $n, reason: $r) { id } }',
  'mutation($n: String!) { renewCard(number: $n) { id } }',
  'mutation($i: ImportCardUsesInput!) { importCardUses(input: $i) { accepted } }',
  'mutation($c: String!, $m: Int!, $d: Int!) { setCardRules(areaCode: $c, validityMonths: $m, backdateDays: $d) { areaCode } }',
];

const VARIABLE_NAMES = ['c', 's', 'f', 'a', 'n', 't', 'i', 'r', 'm', 'd'];

/** An input object for a mutation: plausible keys, hostile values (never a valid whole). */
function hostileInput(g: ReturnType<typeof generator>): Record<string, unknown> {
  const keys = ['cardNumber', 'partnerId', 'category', 'adultTickets', 'childTickets', 'idempotencyKey', 'usedOn', 'distributorId', 'birthYear', 'postcode', 'children', 'rows', 'offerId', '__proto__', 'constructor'];
  const input: Record<string, unknown> = {};
  for (let k = g.int(8); k > 0; k -= 1) input[g.pick(keys)] = hostileValue(g);
  // Every generated input keeps one impossible value, so nothing can be recorded.
  input.birthYear = 3000;
  input.cardNumber = 'NOT-A-NUMBER';
  return input;
}

function hostileDocument(g: ReturnType<typeof generator>): string {
  switch (g.int(8)) {
    case 0: return `{ ${'areas { '.repeat(g.int(200))}code${' }'.repeat(g.int(200))} }`;
    case 1: return `{ ${Array.from({ length: g.int(300) }, (_, i) => `a${i}: areas { code }`).join(' ')} }`;
    case 2: return g.pick(HOSTILE_STRINGS);
    case 3: return `query { area(code: "${g.pick(HOSTILE_STRINGS.slice(0, 12)).replace(/"/g, '\\"')}") { code } }`;
    case 4: return `{ partners(first: ${g.pick(['-1', '101', '99999999999', '1.5', '"x"', 'null'])}) { totalCount } }`;
    case 5: return `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`;
    case 6: return `fragment F on Query { ...F } { ...F }`;
    default: return `{ areas { code ${'@skip(if: false) '.repeat(g.int(100))} } }`;
  }
}

/** [5/7]: thousands of hostile or malformed requests: no 5xx, no crash, nothing written. */
describe('fuzzing the gateway', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ seed: true });
    // Let the followers finish with the demo data, so any later row is the fuzzer's doing.
    await eventually(async () => {
      const [{ uses }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS uses FROM cards.card_uses');
      const [{ facts }] = await stack.subgraphs.statistics.dataSource.query('SELECT count(*)::int AS facts FROM statistics.use_facts');
      expect(facts).toBe(uses);
    }, 15_000);
  });
  afterAll(() => stack?.stop());

  async function rowCounts(): Promise<Record<string, number>> {
    const tables: Array<{ schema: string; name: string }> = await stack.subgraphs.cards.dataSource.query(
      "SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_schema IN ('areas', 'partners', 'cards', 'statistics') AND table_type = 'BASE TABLE'",
    );
    const counts: Record<string, number> = {};
    for (const { schema, name } of tables) {
      // The attempt limiters' buckets (shared by every cards replica) are the limit's own state, not data.
      if (`${schema}.${name}` === 'cards.rate_limits') continue;
      const [{ count }] = await stack.subgraphs.cards.dataSource.query(`SELECT count(*)::int AS count FROM "${schema}"."${name}"`);
      counts[`${schema}.${name}`] = count;
    }
    return counts;
  }

  it('answers 5,000 hostile requests without a 5xx and writes nothing', async () => {
    const before = await rowCounts();
    const g = generator(20261125);
    const tokens = [
      undefined,
      'garbage',
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      await stack.token({ role: 'NATIONAL_ADMIN' }, 'fuzz-admin'),
      await stack.token({ role: 'PARTNER_STAFF', partnerId: stableId('partner', 'hki-kaupunginteatteri') }, 'fuzz-staff'),
      await stack.token({ role: 'DISTRIBUTOR', partnerId: stableId('partner', 'hki-sosiaalipalvelut') }, 'fuzz-distributor'),
    ];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    const worker = async () => {
      while (sent < 5000) {
        sent += 1;
        const structured = g.next() < 0.6;
        const query = structured ? g.pick(OPERATIONS) : hostileDocument(g);
        const variables: Record<string, unknown> = {};
        for (const name of VARIABLE_NAMES) if (g.next() < 0.7) variables[name] = name === 'i' && g.next() < 0.8 ? hostileInput(g) : hostileValue(g);
        const body = g.next() < 0.05 ? `{"query": ${JSON.stringify(query).slice(0, -3)}` : JSON.stringify({ query, variables: g.next() < 0.05 ? hostileValue(g) : variables });
        const token = g.pick(tokens);
        const response = await fetch(stack.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body,
        });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) failures.push(`${response.status}: ${body.slice(0, 200)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5000);
    expect((await fetch(stack.gatewayUrl.replace('/graphql', '/ready'))).status).toBe(200);
    expect(await rowCounts()).toEqual(before);
  }, 300_000);
});
