/**
 * The load of the `uses` benchmark, run as its own process: `clients` connections each posting
 * registerCardUse with a fresh idempotency key, through autocannon (pinned in @kaiku/bench):
 * its setupRequest writes a new body per request, and it sends over raw keep-alive sockets
 * with its own HTTP parser, so the load generator takes as little of the machine's two cores
 * as it can (node:http's client cost about twice its CPU per request). Prints one JSON line:
 * the counts, latencies and every acknowledged key, so the parent can check exactly-once in
 * PostgreSQL.
 *
 * autocannon drops the requests still in flight when its time is up, as a client whose
 * connection breaks: each is then sent again with its key, as such a client would, and its
 * answer is the use stored once (or stored now). These replays come after the timed window.
 */
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import type { AutocannonInstance } from './load';
import { postJson } from './post-json';

export interface UsesLoadSpec {
  url: string;
  token: string;
  partnerId: string;
  cards: string[];
  clients: number;
  seconds: number;
}

export interface UsesLoadResult {
  /** Keys of the uses acknowledged within the timed window. */
  acknowledged: string[];
  /** Keys of the requests cut off at the end and acknowledged when sent again. */
  replayed: string[];
  errors: number;
  seconds: number;
  latencies: number[];
  /** CPU the load generator itself used (user + system), ms. */
  cpuMs: number;
}

const MUTATION = 'mutation($input: RegisterCardUseInput!) { registerCardUse(input: $input) { id } }';

/** What each connection remembers of the request it has in flight (autocannon's per-connection context). */
interface InFlight {
  key?: string;
}

async function run(spec: UsesLoadSpec): Promise<UsesLoadResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as (options: Record<string, unknown>) => AutocannonInstance;
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const pending = new Map<string, string>();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const instance = autocannon({
    url: spec.url,
    connections: spec.clients,
    duration: spec.seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${spec.token}` },
        // The context is fresh for every request (one request in the list): it carries the key
        // from the request to its response, one request in flight per connection.
        setupRequest: (request: Record<string, unknown>, context: InFlight) => {
          context.key = randomUUID();
          const input = { cardNumber: spec.cards[next++ % spec.cards.length], partnerId: spec.partnerId, category: 'CULTURE', adultTickets: 1, idempotencyKey: context.key };
          const body = JSON.stringify({ query: MUTATION, variables: { input } });
          pending.set(context.key, body);
          return { ...request, body };
        },
        onResponse: (status: number, text: string, context: InFlight) => {
          if (context.key) pending.delete(context.key);
          if (context.key && acknowledges(status, text)) acknowledged.push(context.key);
          else failed += 1;
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await new Promise<{ errors: number; timeouts: number }>((resolve) => instance.on('done', resolve));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const replayed = await replay(spec, pending);
  // Connection errors and timeouts have no response; answers that are not a stored use do.
  const errors = failed + result.errors + result.timeouts + (pending.size - replayed.length);
  return { acknowledged, replayed, errors, seconds, latencies, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** True when the answer is a stored use: HTTP 200, data and no errors. */
function acknowledges(status: number, text: string): boolean {
  if (status !== 200) return false;
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    return Boolean(body.data) && !body.errors;
  } catch {
    return false;
  }
}

/** Sends each cut-off request again (same key, same body); the keys acknowledged. */
async function replay(spec: UsesLoadSpec, pending: Map<string, string>): Promise<string[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.clients });
  const target = new URL(spec.url);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${spec.token}` };
  const replayed: string[] = [];
  await Promise.all(
    [...pending].map(async ([key, body]) => {
      const { status, text } = await postJson(target, agent, headers, body).catch(() => ({ status: 0, text: '' }));
      if (acknowledges(status, text)) replayed.push(key);
    }),
  );
  agent.destroy();
  return replayed;
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as UsesLoadSpec).then((result) => {
    // A pipe is written asynchronously: exit once the whole line is out (a large one was cut).
    process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
  });
}
