/**
 * issueCard through the gateway, 20 concurrent clients for BENCH_SECONDS (default 10) per
 * round, the load from its own process (this file, run as a child). Two rounds: asking only the
 * card's id and number (the cards subgraph alone), and as the desk asks (the IssuedCard
 * selection, whose home area code comes from the areas subgraph). Prints cards/s, p50/p95/p99,
 * errors, the CPU each part spends per card, and checks in PostgreSQL that every acknowledged
 * card exists exactly once, with its CardIssued event.
 *   npm run bench -- issuing
 */
import { spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { benchFile } from './child';
import { postJson } from './post-json';
import { cpuByPart, cpuPerRequest, post, startPlatform } from './platform';
import { HELSINKI_UNIT, percentile } from './stack';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 20;
const ROUNDS: Array<[string, string]> = [
  ['id and number', 'mutation($input: IssueCardInput!) { issueCard(input: $input) { id number } }'],
  // The desk's IssueCard operation (packages/client/operations/cards.graphql).
  [
    "the desk's IssuedCard",
    `mutation($input: IssueCardInput!) { issueCard(input: $input) {
      id number kind status validFrom validUntil children groupSizeLimit qrPayload revokedReason homeArea { id code } } }`,
  ],
];

interface IssueLoadSpec {
  url: string;
  mutation: string;
  token: string;
  clients: number;
  seconds: number;
}

interface IssueLoadResult {
  /** Ids of the cards acknowledged. */
  acknowledged: string[];
  errors: number;
  firstError?: string;
  seconds: number;
  latencies: number[];
}

export async function benchIssueCards(): Promise<void> {
  const platform = await startPlatform({ gateways: ['kaiku'] });
  const db = await new DataSource({ type: 'postgres', url: platform.databaseUrl, extra: { max: 2 } }).initialize();
  try {
    const url = platform.gateways.kaiku!.url;
    const token = await platform.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT });
    const counts = async () => {
      const [row] = await db.query(`SELECT (SELECT count(*)::int FROM cards.cards) AS cards,
        (SELECT count(*)::int FROM cards.event_log WHERE type = 'CardIssued') AS events`);
      return row as { cards: number; events: number };
    };
    const rows: string[] = [];
    for (const [label, mutation] of ROUNDS) {
      // Warm-up: the gateway's first plan, the subgraphs' first statements.
      for (let i = 0; i < 20; i += 1) {
        const warm = await post(url, mutation, { input: input(i) }, { authorization: `Bearer ${token}` });
        if (warm.errors) throw new Error(JSON.stringify(warm.errors));
      }
      const before = await counts();
      const cpuBefore = cpuByPart(platform);
      const result = await runIssueLoad({ url, mutation, token, clients: CLIENTS, seconds: SECONDS });
      const cpu = cpuPerRequest(cpuBefore, cpuByPart(platform), Math.max(1, result.acknowledged.length));
      const after = await counts();
      const [{ stored }] = await db.query('SELECT count(DISTINCT id)::int AS stored FROM cards.cards WHERE id = ANY($1::uuid[])', [result.acknowledged]);
      const distinct = new Set(result.acknowledged).size === result.acknowledged.length;
      const newCards = after.cards - before.cards;
      const newEvents = after.events - before.events;
      const once = distinct && stored === result.acknowledged.length && newCards === stored && newEvents === stored
        ? 'yes'
        : `NO (${stored} of ${result.acknowledged.length} acknowledged stored, ${newCards} new cards, ${newEvents} CardIssued events)`;
      const latencies = result.latencies.sort((a, b) => a - b);
      rows.push(`| ${label} | ${CLIENTS} | ${(result.acknowledged.length / result.seconds).toFixed(0)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 95).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${result.errors} | ${once} |`);
      console.log(`${rows.at(-1)}  CPU ms per card: ${cpu}`);
      if (result.firstError) console.log(`First error: ${result.firstError}`);
    }
    console.log(`\nEach round ${SECONDS} s, load from a separate process.`);
    console.log('\n| selection | clients | cards/s | p50 ms | p95 ms | p99 ms | errors | exactly once |\n|---|---|---|---|---|---|---|---|');
    console.log(rows.join('\n'));
  } finally {
    await db.destroy();
    await platform.stop();
  }
}

function input(i: number) {
  return { distributorId: HELSINKI_UNIT, birthYear: 1950 + (i % 50), postcode: '00530', children: i % 4 };
}

function runIssueLoad(spec: IssueLoadSpec): Promise<IssueLoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...benchFile('issue-cards'), JSON.stringify(spec)], {
      cwd: join(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`issue load exited with ${code}`))));
  });
}

/** The load itself (in the child): `clients` loops each posting issueCard until the deadline. */
async function issueLoad(spec: IssueLoadSpec): Promise<IssueLoadResult> {
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const target = new URL(spec.url);
  const agent = new Agent({ keepAlive: true, maxSockets: spec.clients });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${spec.token}` };
  const started = performance.now();
  const deadline = started + spec.seconds * 1000;
  await Promise.all(
    Array.from({ length: spec.clients }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const { status, text } = await postJson(target, agent, headers, JSON.stringify({ query: spec.mutation, variables: { input: input(next++) } }));
          const body = JSON.parse(text) as { data?: { issueCard?: { id: string } }; errors?: unknown[] };
          if (status === 200 && body.data?.issueCard && !body.errors) acknowledged.push(body.data.issueCard.id);
          else {
            errors += 1;
            firstError ??= JSON.stringify(body.errors ?? status).slice(0, 500);
          }
        } catch (error) {
          errors += 1;
          firstError ??= String(error);
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { acknowledged, errors, firstError, seconds, latencies };
}

if (require.main === module) {
  issueLoad(JSON.parse(process.argv[2]) as IssueLoadSpec).then((result) => {
    // A pipe is written asynchronously: exit once the whole line is out (a large one was cut).
    process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
  });
}
