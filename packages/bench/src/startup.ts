/**
 * `npm start` to ready, installed and built: a throw-away data folder is migrated and seeded
 * once (not timed), as after a first start; then, BENCH_STARTUP_RUNS times (default 3), the real
 * `npm start` is spawned and timed until it prints "platform is up" (the gateway's /ready
 * answered 200 after every subgraph's), then stopped with Ctrl-C. What that covers: npm, the
 * bootstrap's install and build checks (nothing to do), the console's freshness check, the
 * embedded PostgreSQL on existing data, the supervisor's module loading and composition,
 * migrations (none pending), five subgraph processes and the gateway, all built JavaScript.
 * The first run composes and migrates (the data folder was seeded by `kaiku seed`); later runs
 * find nothing changed since the previous start and reuse both (packages/cli/src/startup-cache.ts),
 * unless a file of the workspace changed meanwhile (the table says which).
 *   npm run bench -- startup
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { npmStart, seededDataDir } from './npm-start';
import { benchTempDir } from './platform';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 3);
/** The machine's 1-minute load average: on a shared machine the wall time says more about it than about the start. */
const loadAverage = () => loadavg()[0].toFixed(1);

export async function benchStartup(): Promise<void> {
  const dir = benchTempDir('kaiku-bench-startup-');
  try {
    const pgPort = await seededDataDir(dir);
    const rows: string[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const started = await npmStart(dir, pgPort);
      await started.stop();
      const path = started.unchanged ? 'unchanged: reused' : 'composed, migrated';
      rows.push(`| ${run} | ${path} | **${(started.readyMs / 1000).toFixed(1)}** | ${started.reportedSeconds.toFixed(1)} | ${started.cpuSeconds.toFixed(1)} | ${loadAverage()} |`);
      console.log(rows.at(-1));
    }
    console.log('\n| run | supergraph and migrations | `npm start` to "platform is up" s | as `kaiku up` reports it s | CPU s of all its processes | load average (1 min) at ready |\n|---|---|---|---|---|---|');
    console.log(rows.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
