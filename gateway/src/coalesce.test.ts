import { ApolloServer } from '@apollo/server';
import { ANONYMOUS, type Caller } from '@kaiku/identity';
import pino from 'pino';
import { coalesceAnonymousQueries } from './coalesce';
import type { GatewayContext } from './context';

const typeDefs = `
  type Query { slow(tag: String): String, failing: String }
  type Mutation { touch: String }
`;

describe('coalescing identical anonymous queries in flight', () => {
  let calls = 0;
  let server: ApolloServer<GatewayContext>;
  const resolvers = {
    Query: {
      slow: async (_: unknown, { tag }: { tag?: string }) => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return `${tag ?? 'none'}:${calls}`;
      },
      failing: async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('boom');
      },
    },
    Mutation: {
      touch: async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return 'touched';
      },
    },
  };

  beforeAll(async () => {
    server = new ApolloServer<GatewayContext>({ typeDefs, resolvers, plugins: [coalesceAnonymousQueries(5000)] });
    await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => (calls = 0));

  const signedIn = { subject: 'someone', grants: [{ role: 'NATIONAL_ADMIN' }] } as unknown as Caller;
  const run = (query: string, options: { caller?: Caller; language?: GatewayContext['language']; variables?: Record<string, unknown> } = {}) =>
    server.executeOperation(
      { query, variables: options.variables },
      { contextValue: { caller: options.caller ?? ANONYMOUS, language: options.language ?? 'fi', requestId: 'r', logger: pino({ level: 'silent' }) } },
    );
  const data = (response: Awaited<ReturnType<typeof run>>) => (response.body.kind === 'single' ? response.body.singleResult : undefined);

  it('executes identical anonymous queries once while one is in flight', async () => {
    const answers = await Promise.all([run('{ slow(tag: "a") }'), run('{ slow(tag: "a") }'), run('{ slow(tag: "a") }')]);
    expect(calls).toBe(1);
    expect(answers.map((answer) => data(answer)?.data)).toEqual([{ slow: 'a:1' }, { slow: 'a:1' }, { slow: 'a:1' }]);
  });

  it('keeps nothing afterwards: the next request executes again', async () => {
    await run('{ slow(tag: "a") }');
    const later = await run('{ slow(tag: "a") }');
    expect(calls).toBe(2);
    expect(data(later)?.data).toEqual({ slow: 'a:2' });
  });

  it('never shares between signed-in callers', async () => {
    await Promise.all([run('{ slow }', { caller: signedIn }), run('{ slow }', { caller: signedIn }), run('{ slow }')]);
    expect(calls).toBe(3);
  });

  it('shares only the same query, variables and language', async () => {
    const query = 'query($tag: String) { slow(tag: $tag) }';
    await Promise.all([
      run(query, { variables: { tag: 'a' } }),
      run(query, { variables: { tag: 'b' } }),
      run(query, { variables: { tag: 'a' }, language: 'sv' }),
      run('{ slow(tag: "a") }'),
    ]);
    expect(calls).toBe(4);
  });

  it('never shares mutations', async () => {
    await Promise.all([run('mutation { touch }'), run('mutation { touch }')]);
    expect(calls).toBe(2);
  });

  it('does not hand on an answer with errors: a waiting request executes on its own', async () => {
    const answers = await Promise.all([run('{ failing }'), run('{ failing }')]);
    expect(calls).toBe(2);
    for (const answer of answers) expect(data(answer)?.errors?.[0].message).toBe('boom');
  });
});
