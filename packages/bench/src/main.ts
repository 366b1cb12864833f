/** `npm run bench -- <scenario>`: benchmarks that print their figures (never part of `npm test`). */
import { benchConsole } from './console';
import { benchDashboards } from './dashboards';
import { benchDesk } from './desk';
import { benchDirectory } from './directory';
import { benchMemory } from './memory';
import { benchDirectoryPage } from './directory-page';
import { benchIssueCards } from './issue-cards';
import { benchOverhead } from './overhead';
import { benchRegisterUses } from './register-uses';
import { benchStartup } from './startup';
import { benchStatements } from './statements';
import { benchStatistics } from './statistics';

const scenarios: Record<string, () => Promise<void>> = {
  uses: benchRegisterUses,
  issuing: benchIssueCards,
  statistics: benchStatistics,
  directory: benchDirectory,
  overhead: benchOverhead,
  statements: benchStatements,
  startup: benchStartup,
  memory: benchMemory,
  console: benchConsole,
  dashboards: benchDashboards,
  desk: benchDesk,
  'directory-page': benchDirectoryPage,
};

async function main(): Promise<void> {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(scenarios);
  for (const name of names) {
    const run = scenarios[name];
    if (!run) throw new Error(`Unknown scenario "${name}": ${Object.keys(scenarios).join(', ')}`);
    console.log(`\n== ${name} ==`);
    await run();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
