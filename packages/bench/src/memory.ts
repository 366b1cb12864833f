/**
 * Memory of the whole running stack as `npm start` runs it (installed, built, data seeded
 * before): the sum of the RSS of every process below npm (the supervisor, each subgraph and
 * extension, the gateway, PostgreSQL and its backends) at ready, then sampled every second
 * under BENCH_SECONDS (default 10) of the directory load (BENCH_CONNECTIONS, default 16,
 * anonymous, from another process) and its peak. RSS counts a page shared by several processes
 * once per process (Node's own binary, PostgreSQL's shared buffers); PSS, printed beside it,
 * splits shared pages among them.
 *   npm run bench -- memory
 */
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { DIRECTORY_QUERY, PAGE, waitForDirectory } from './directory';
import { runLoad } from './load';
import { memoryByRole, npmStart, seededDataDir, total, type MemoryRow } from './npm-start';
import { benchTempDir } from './platform';
import { CONNECTIONS, SECONDS } from './report';

const REST_AFTER_READY_MS = 3000;

export async function benchMemory(): Promise<void> {
  const dir = benchTempDir('kaiku-bench-memory-');
  try {
    const pgPort = await seededDataDir(dir);
    // One load generator from one address: the per-address limit for anonymous callers would answer 429.
    const stack = await npmStart(dir, pgPort, { KAIKU_ANONYMOUS_PER_MINUTE: '100000000' });
    try {
      const atReady = memoryByRole(stack.stackPids());
      const backendsAtReady = await backendsByApplication(pgPort);
      // The connections the services opened for their own start (migration checks, the
      // followers' first catch-up) close after a second idle: the stack at rest, a moment later.
      await new Promise((resolve) => setTimeout(resolve, REST_AFTER_READY_MS));
      const atRest = new Map(memoryByRole(stack.stackPids()).map((row) => [row.role, row]));
      const url = 'http://127.0.0.1:4000/graphql';
      await waitForDirectory(url);
      // The peak of the samples under the load alone (not the start-up connections at ready).
      let peak: MemoryRow[] = [];
      const sampler = setInterval(() => {
        const now = memoryByRole(stack.stackPids());
        if (total(now, 'rss') > total(peak, 'rss')) peak = now;
      }, 1000);
      const load = await runLoad({ url, body: JSON.stringify({ query: DIRECTORY_QUERY, variables: { first: PAGE } }), connections: CONNECTIONS, seconds: SECONDS });
      clearInterval(sampler);
      const underLoad = new Map(peak.map((row) => [row.role, row]));
      const mb = (value: number | undefined) => (value ?? 0).toFixed(0);
      console.log(`\nDirectory load: ${load.perSecond.toFixed(0)} req/s, ${load.errors + load.non2xx + load.graphqlErrors} errors, ${CONNECTIONS} connections, ${SECONDS} s.`);
      console.log(`\n| process | at ready RSS MB (PSS) | at rest, ${REST_AFTER_READY_MS / 1000} s after ready | under the directory load, peak RSS MB (PSS) |\n|---|---|---|---|`);
      for (const row of atReady) {
        const loaded = underLoad.get(row.role);
        const rest = atRest.get(row.role);
        const count = row.processes > 1 ? ` (${row.processes}${rest && rest.processes !== row.processes ? ` -> ${rest.processes}` : ''}${loaded && loaded.processes !== row.processes ? ` -> ${loaded.processes}` : ''} processes)` : '';
        console.log(`| ${row.role}${count} | ${mb(row.rss)} (${mb(row.pss)}) | ${mb(rest?.rss)} (${mb(rest?.pss)}) | ${mb(loaded?.rss)} (${mb(loaded?.pss)}) |`);
      }
      const restRows = [...atRest.values()];
      console.log(`| **whole stack** | **${mb(total(atReady, 'rss'))}** (${mb(total(atReady, 'pss'))}) | **${mb(total(restRows, 'rss'))}** (${mb(total(restRows, 'pss'))}) | **${mb(total(peak, 'rss'))}** (${mb(total(peak, 'pss'))}) |`);
      console.log(`PostgreSQL client backends at ready, by application: ${backendsAtReady}.`);
      console.log(`(npm's own process, ${mb(stack.child.pid ? memoryByRole([stack.child.pid])[0]?.rss : 0)} MB, launches the stack and is not counted.)`);
    } finally {
      await stack.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Who holds the client backends (this bench's own connection left out), e.g. `kaiku-cards-listen x1`. */
async function backendsByApplication(pgPort: number): Promise<string> {
  const client = new Client({ host: '127.0.0.1', port: pgPort, user: 'kaiku', password: 'kaiku-local', database: 'kaiku', application_name: 'bench' });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; count: number }>(
      `SELECT coalesce(nullif(application_name, ''), '(none)') AS name, count(*)::int AS count FROM pg_stat_activity
        WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() GROUP BY 1 ORDER BY 1`,
    );
    return rows.map((row) => `${row.name} x${row.count}`).join(', ') || 'none';
  } finally {
    await client.end();
  }
}
