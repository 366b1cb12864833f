/**
 * The partner directory (50 partners with area, categories, venues, offers and the sport
 * venue extension's facility types: four subgraphs) through our gateway, Hive Gateway with its
 * JS planner and Hive Gateway with the Rust planner, over the same subgraph processes and the
 * same supergraph, in alternating rounds; load from a separate autocannon process.
 *   npm run bench -- directory
 */
import { runLoad, type LoadResult } from './load';
import { cpuByPart, cpuPerRequest, GATEWAY_LABELS, memoryOf, post, processTree, startPlatform, type BenchPlatform, type GatewayKind } from './platform';
import { canonical, CONNECTIONS, describeRound, ms, ROUNDS, SECONDS, summarise, WARMUP_SECONDS } from './report';

export const DIRECTORY_QUERY = `query Directory($first: Int) { partners(first: $first) { totalCount edges { node {
  id name { fi sv en } roles sector website accessibility { fi }
  area { id code status name { fi } }
  categories { code parentCode name { fi } }
  venues { id streetAddress postalCode municipalityCode location { latitude longitude } }
  offers { id kind category title { fi } cap { kind amount percent capacity } }
  sportVenue { facilityTypes } } } } }`;

export const PAGE = Number(process.env.BENCH_PAGE ?? 50);

/** Waits until the anonymous directory shows a full page (the partners subgraph learns areas from the areas event log). */
export async function waitForDirectory(url: string, first = PAGE): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const body = await post(url, DIRECTORY_QUERY, { first }).catch(() => undefined);
    if ((body?.data?.partners?.edges?.length ?? 0) >= first && !body?.errors) return;
    if (Date.now() > deadline) throw new Error(`The directory does not show ${first} partners: ${JSON.stringify(body).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Each gateway must give the same data for the query, or the comparison is not fair. */
async function sameAnswers(platform: BenchPlatform, kinds: GatewayKind[]): Promise<void> {
  const answers = await Promise.all(kinds.map(async (kind) => post(platform.gateways[kind]!.url, DIRECTORY_QUERY, { first: PAGE })));
  const reference = canonical(answers[0].data);
  kinds.forEach((kind, i) => {
    const same = canonical(answers[i].data) === reference && !answers[i].errors;
    console.log(`  ${kind}: ${answers[i].data?.partners?.edges?.length ?? 0} partners, ${JSON.stringify(answers[i].data).length} bytes of data, ${same ? `same data as ${kinds[0]}` : `DIFFERENT ${JSON.stringify(answers[i].errors ?? '').slice(0, 300)}`}`);
    if (!same) throw new Error(`${kind} answers differently from ${kinds[0]}`);
  });
  const withFacilities = answers[0].data.partners.edges.filter((edge: { node: { sportVenue: unknown } }) => edge.node.sportVenue).length;
  console.log(`  ${withFacilities} of the ${PAGE} partners have sport venue facility types (extension subgraph)`);
}

export async function benchDirectory(): Promise<void> {
  // BENCH_GATEWAYS=kaiku,hive to run fewer; BENCH_GATEWAY_PROFILE=<folder> writes a CPU profile of ours there.
  const kinds = (process.env.BENCH_GATEWAYS ?? 'kaiku,kaiku-nocoalesce,hive,hive-rust,hive-nodedup,hive-rust-nodedup').split(',') as GatewayKind[];
  const profile = process.env.BENCH_GATEWAY_PROFILE;
  console.log(`Starting PostgreSQL, 5 subgraph processes and ${kinds.length} gateway processes...`);
  const platform = await startPlatform({ gateways: kinds, gatewayNodeFlags: profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : undefined });
  try {
    await waitForDirectory(platform.gateways[kinds[0]]!.url);
    console.log(`Same data from every gateway (page of ${PAGE}):`);
    await sameAnswers(platform, kinds);
    const body = JSON.stringify({ query: DIRECTORY_QUERY, variables: { first: PAGE } });
    console.log(`Warm-up ${WARMUP_SECONDS} s each, then ${ROUNDS} rounds x ${kinds.length} gateways x ${SECONDS} s, ${CONNECTIONS} connections, load from a separate autocannon process.`);
    for (const kind of kinds) await runLoad({ url: platform.gateways[kind]!.url, body, connections: CONNECTIONS, seconds: WARMUP_SECONDS });
    const results: Record<string, LoadResult[]> = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (let round = 1; round <= ROUNDS; round += 1) {
      console.log(`Round ${round}:`);
      for (const kind of kinds) {
        const before = cpuByPart(platform);
        const result = await runLoad({ url: platform.gateways[kind]!.url, body, connections: CONNECTIONS, seconds: SECONDS });
        results[kind].push(result);
        console.log(describeRound(kind, result));
        console.log(`    CPU ms per request: ${cpuPerRequest(before, cpuByPart(platform), result.requests)}`);
      }
    }
    console.log('\n| gateway | req/s | rounds | p50 ms | p95 ms | p99 ms | errors / non-2xx / GraphQL errors | peak RSS MB |\n|---|---|---|---|---|---|---|---|');
    const summaries = Object.fromEntries(kinds.map((kind) => [kind, summarise(results[kind])]));
    for (const kind of kinds) {
      const summary = summaries[kind];
      const peak = processTree(platform.gateways[kind]!.process.child.pid!).reduce((sum, pid) => sum + memoryOf(pid).peak, 0);
      console.log(`| ${GATEWAY_LABELS[kind]} | ${summary.perSecond.toFixed(0)} | ${summary.rounds.join(' / ')} | ${ms(summary.p50)} | ${ms(summary.p95)} | ${ms(summary.p99)} | ${summary.errors} / ${summary.non2xx} / ${summary.graphqlErrors} | ${peak.toFixed(0)} |`);
    }
    const compare = (ours: GatewayKind, peers: GatewayKind[], what: string) => {
      peers = peers.filter((kind) => summaries[kind]);
      if (!peers.length || !summaries[ours]) return;
      const best = peers.reduce((a, b) => (summaries[a].perSecond >= summaries[b].perSecond ? a : b));
      const ratio = summaries[ours].perSecond / summaries[best].perSecond;
      console.log(`${what}: ${ours} / best peer (${best}): ${ratio.toFixed(2)}x req/s (goal >= 1.2x: ${ratio >= 1.2 ? 'met' : 'MISSED'}); p99 ${ms(summaries[ours].p99)} vs ${ms(summaries[best].p99)} ms (goal no worse: ${summaries[ours].p99 <= summaries[best].p99 ? 'met' : 'MISSED'})`);
    };
    console.log('');
    compare('kaiku', ['hive', 'hive-rust'], 'As shipped (ours coalesces identical anonymous queries, Hive deduplicates subgraph requests)');
    compare('kaiku-nocoalesce', ['hive-nodedup', 'hive-rust-nodedup'], 'Every request executed on its own');
  } finally {
    await platform.stop();
  }
}
