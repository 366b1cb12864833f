/**
 * Start-up and memory of the stack as `npm start` runs it (installed, data seeded before):
 * PostgreSQL on an existing data folder, the supervisor's module loading and composition (in
 * a child process), each subgraph and extension as its own process, then the gateway, until
 * the gateway's /ready answers 200. Then the RSS of every process, at rest and after load.
 *   npm run bench -- startup
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadServices } from '@kaiku/cli/src/platform';
import { stopProcesses, type ServiceProcess } from '@kaiku/cli/src/processes';
import { seedAll } from '@kaiku/cli/src/seed';
import { freePort } from '@kaiku/database';
import { loadOrCreateLocalKeys } from '@kaiku/identity';
import { rmSync } from 'node:fs';
import { DIRECTORY_QUERY, PAGE, waitForDirectory } from './directory';
import { runLoad } from './load';
import { benchTempDir, memoryOf, postgresPids, startDatabase, startGatewayProcess, startSubgraphs } from './platform';
import { CONNECTIONS } from './report';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 3);

function runChild(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', '@swc-node/register', ...args], { cwd: join(__dirname, '..', '..', '..'), stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`compose failed: ${err.slice(-1000)}`))));
  });
}

export async function benchStartup(): Promise<void> {
  const dir = benchTempDir('kaiku-bench-startup-');
  const services = loadServices();
  try {
    // Set-up, not timed: a data folder with the demo data, as after a first `npm start`.
    const first = await startDatabase(dir);
    await seedAll(first.url, services);
    await first.stop();
    const keys = await loadOrCreateLocalKeys(dir);
    const rows: string[] = [];
    let memoryRows: string[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const running: ServiceProcess[] = [];
      const t0 = performance.now();
      const database = await startDatabase(dir);
      try {
        const tPostgres = performance.now() - t0;
        const ports: Record<string, number> = {};
        const urls: Record<string, string> = {};
        for (const { module } of services) {
          ports[module.name] = await freePort();
          urls[module.name] = `http://127.0.0.1:${ports[module.name]}/graphql`;
        }
        const supergraphPath = join(dir, 'supergraph.graphql');
        await runChild([join(__dirname, 'compose-child.ts'), supergraphPath, JSON.stringify(urls)]);
        const tComposed = performance.now() - t0;
        const subgraphs = await startSubgraphs(services, ports, database.url, dir, keys, running);
        const tSubgraphs = performance.now() - t0;
        const gateway = await startGatewayProcess('kaiku', dir, supergraphPath, running);
        const tReady = performance.now() - t0;
        const s = (value: number) => (value / 1000).toFixed(1);
        rows.push(`| ${run} | ${s(tPostgres)} | ${s(tComposed)} | ${s(tSubgraphs)} | **${s(tReady)}** |`);
        console.log(rows.at(-1));
        if (run === RUNS) {
          const pg = database.dataDir ? postgresPids(database.dataDir) : [];
          const measure = () => {
            const parts: Array<[string, number]> = [
              ...subgraphs.map((child) => [child.name, memoryOf(child.child.pid!).rss] as [string, number]),
              ['gateway', memoryOf(gateway.process.child.pid!).rss],
              [`PostgreSQL (${pg.length} processes)`, pg.reduce((sum, pid) => sum + memoryOf(pid).rss, 0)],
            ];
            return parts;
          };
          const atRest = measure();
          await waitForDirectory(gateway.url);
          await runLoad({ url: gateway.url, body: JSON.stringify({ query: DIRECTORY_QUERY, variables: { first: PAGE } }), connections: CONNECTIONS, seconds: 10 });
          const afterLoad = measure();
          const total = (parts: Array<[string, number]>) => parts.reduce((sum, [, rss]) => sum + rss, 0);
          memoryRows = atRest.map(([name, rss], i) => `| ${name} | ${rss.toFixed(0)} | ${afterLoad[i][1].toFixed(0)} |`);
          memoryRows.push(`| **whole stack** | **${total(atRest).toFixed(0)}** | **${total(afterLoad).toFixed(0)}** |`);
        }
      } finally {
        await stopProcesses([...running].reverse());
        await database.stop();
      }
    }
    console.log('\n| run | PostgreSQL up s | + modules loaded, composed s | + subgraphs /ready s | gateway /ready s |\n|---|---|---|---|---|');
    console.log(rows.join('\n'));
    console.log('\n| process | RSS MB at /ready | RSS MB after 10 s of directory load |\n|---|---|---|');
    console.log(memoryRows.join('\n'));
    console.log('(The supervisor of `npm start` comes on top; here the bench process plays it.)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
