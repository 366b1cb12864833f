/**
 * What the gateway costs: single-subgraph queries through our gateway and straight at the
 * subgraph's own URL, in alternating rounds; load from a separate autocannon process.
 *   npm run bench -- overhead
 */
import { waitForDirectory } from './directory';
import { runLoad, type LoadResult } from './load';
import { cpuByPart, cpuPerRequest, post, startPlatform } from './platform';
import { canonical, CONNECTIONS, describeRound, ms, ROUNDS, SECONDS, summarise, WARMUP_SECONDS } from './report';

const QUERIES = [
  { name: 'areas', subgraph: 'areas', query: '{ areas { code name { fi sv } status } }', variables: {} },
  {
    name: 'partners page of 20 (partners only)',
    subgraph: 'partners',
    query: 'query($first: Int) { partners(first: $first) { totalCount edges { node { id name { fi sv } roles sector website } } } }',
    variables: { first: 20 },
  },
];

export async function benchOverhead(): Promise<void> {
  console.log('Starting PostgreSQL, 5 subgraph processes and our gateway (with and without coalescing)...');
  const profile = process.env.BENCH_GATEWAY_PROFILE; // a folder: CPU profiles of both gateway processes
  const platform = await startPlatform({ gateways: ['kaiku', 'kaiku-nocoalesce'], gatewayNodeFlags: profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : undefined });
  try {
    const gateway = platform.gateways.kaiku!.url;
    const plain = platform.gateways['kaiku-nocoalesce']!.url;
    await waitForDirectory(gateway);
    const rows: string[] = [];
    for (const { name, subgraph, query, variables } of QUERIES) {
      const direct = platform.subgraphUrls[subgraph];
      const [viaGateway, straight] = await Promise.all([post(gateway, query, variables), post(direct, query, variables)]);
      if (viaGateway.errors || straight.errors || canonical(viaGateway.data) !== canonical(straight.data)) {
        throw new Error(`${name}: the gateway and the subgraph answer differently: ${JSON.stringify([viaGateway, straight]).slice(0, 500)}`);
      }
      console.log(`\n${name}: same data through the gateway and straight (${JSON.stringify(straight.data).length} bytes). Warm-up ${WARMUP_SECONDS} s each, ${ROUNDS} rounds x ${SECONDS} s, ${CONNECTIONS} connections.`);
      const body = JSON.stringify({ query, variables });
      const targets = { gateway, plain, direct };
      for (const url of Object.values(targets)) await runLoad({ url, body, connections: CONNECTIONS, seconds: WARMUP_SECONDS });
      const results: Record<keyof typeof targets, LoadResult[]> = { gateway: [], plain: [], direct: [] };
      for (let round = 1; round <= ROUNDS; round += 1) {
        for (const target of ['direct', 'plain', 'gateway'] as const) {
          const before = cpuByPart(platform);
          const result = await runLoad({ url: targets[target], body, connections: CONNECTIONS, seconds: SECONDS });
          results[target].push(result);
          console.log(describeRound(`round ${round} ${target}`, result));
          console.log(`    CPU ms per request: ${cpuPerRequest(before, cpuByPart(platform), result.requests)}`);
        }
      }
      const d = summarise(results.direct);
      rows.push(`| ${name} | direct at the subgraph | ${d.perSecond.toFixed(0)} | ${ms(d.p50)} | ${ms(d.p95)} | ${ms(d.p99)} | ${d.errors + d.non2xx + d.graphqlErrors} | |`);
      for (const [target, label] of [['plain', 'through the gateway, coalescing off'], ['gateway', 'through the gateway (as shipped)']] as const) {
        const g = summarise(results[target]);
        const ratio = g.perSecond / d.perSecond;
        rows.push(`| ${name} | ${label} | ${g.perSecond.toFixed(0)} | ${ms(g.p50)} | ${ms(g.p95)} | ${ms(g.p99)} | ${g.errors + g.non2xx + g.graphqlErrors} | **${ratio.toFixed(2)}x** (goal >= 0.8x: ${ratio >= 0.8 ? 'met' : 'missed'}) |`);
      }
    }
    console.log('\n| query | path | req/s | p50 ms | p95 ms | p99 ms | errors | gateway / direct |\n|---|---|---|---|---|---|---|---|');
    console.log(rows.join('\n'));
  } finally {
    await platform.stop();
  }
}
