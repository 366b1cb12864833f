/**
 * The load of the `uses` benchmark, run as its own process: `clients` loops each posting
 * registerCardUse with a fresh idempotency key (autocannon posts one fixed body, and a use
 * needs a new key every time), over keep-alive connections with node:http. Prints one JSON line: the counts,
 * latencies and every acknowledged key, so the parent can check exactly-once in PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
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
  acknowledged: string[];
  errors: number;
  seconds: number;
  latencies: number[];
  /** CPU the load generator itself used (user + system), ms. */
  cpuMs: number;
}

const MUTATION = 'mutation($input: RegisterCardUseInput!) { registerCardUse(input: $input) { id } }';

async function run(spec: UsesLoadSpec): Promise<UsesLoadResult> {
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const target = new URL(spec.url);
  // node:http over keep-alive sockets, one per client (post-json.ts).
  const agent = new Agent({ keepAlive: true, maxSockets: spec.clients });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${spec.token}` };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + spec.seconds * 1000;
  await Promise.all(
    Array.from({ length: spec.clients }, async () => {
      while (performance.now() < deadline) {
        const idempotencyKey = randomUUID();
        const input = { cardNumber: spec.cards[next++ % spec.cards.length], partnerId: spec.partnerId, category: 'CULTURE', adultTickets: 1, idempotencyKey };
        const t0 = performance.now();
        try {
          const { status, text } = await postJson(target, agent, headers, JSON.stringify({ query: MUTATION, variables: { input } }));
          const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
          if (status === 200 && body.data && !body.errors) acknowledged.push(idempotencyKey);
          else errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();
  return { acknowledged, errors, seconds, latencies, cpuMs: (cpu.user + cpu.system) / 1000 };
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as UsesLoadSpec).then((result) => {
    // A pipe is written asynchronously: exit once the whole line is out (a large one was cut).
    process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
  });
}
