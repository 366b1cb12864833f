import { Command, Option } from 'commander';
import { StartupError } from '@kaiku/database';
import { ROLES } from '@kaiku/identity';

/** `kaiku`: the platform's command line. Each command loads only what it needs. */
const program = new Command('kaiku').description('Kaiku platform tools').showHelpAfterError();

program
  .command('up')
  .description('Start the whole platform: PostgreSQL, migrations, demo data, subgraphs, extensions, gateway')
  .option('--no-seed', 'do not write demo data')
  .option('--verbose', 'echo every log line of every service')
  .option('--watch', 'restart a service when a file it loaded changes (`npm run dev`, from sources)')
  .action(async (options: { seed: boolean; verbose?: boolean; watch?: boolean }) => {
    const { up } = await import('./up');
    await up({ seed: options.seed, verbose: Boolean(options.verbose), watch: Boolean(options.watch) });
  });

program
  .command('compose')
  .description('Compose the subgraphs and extensions of platform.json; write supergraph.graphql, packages/client/schema.graphql and docker-compose.yml (nothing when an extension is refused)')
  .option('--check', 'fail if any of those files is not what composition gives now, write nothing')
  .option('--print', "print each subgraph's SDL too")
  .action(async (options: { check?: boolean; print?: boolean }) => {
    const { composeCommand } = await import('./compose-command');
    await composeCommand(options);
  });

program
  .command('seed')
  .description('Migrate every subgraph and write the demo data (once) into DATABASE_URL or the embedded PostgreSQL')
  .action(async () => {
    const { openDatabase } = await import('./database');
    const { loadServices } = await import('./platform');
    const { seedAll } = await import('./seed');
    const database = await openDatabase((line) => console.log(line));
    try {
      await seedAll(database.url, loadServices());
      console.log('Demo data is in place.');
    } finally {
      await database.stop();
    }
  });

program
  .command('migrate')
  .description('Migrate every subgraph and extension of platform.json in DATABASE_URL, without demo data (the Kubernetes migrations Job)')
  .action(async () => {
    const { openDatabase } = await import('./database');
    const { loadServices } = await import('./platform');
    const { seedAll } = await import('./seed');
    const database = await openDatabase((line) => console.log(line));
    try {
      const ready = await seedAll(database.url, loadServices(), { seed: false });
      console.log(`Migrated ${ready.map((service) => service.module.name).join(', ')}.`);
    } finally {
      await database.stop();
    }
  });

program
  .command('secret')
  .argument('<which>', 'internal-key (the gateway\'s key pair) or platform (the secrets platform.json names, e.g. KAIKU_CARDS_SECRET)')
  .description('Print a Kubernetes Secret with fresh values for deploy/kubernetes, for kubectl apply -f - (docs/operations.md)')
  .action(async (which: string) => {
    const { internalKeySecret, platformSecrets, secretYaml } = await import('@kaiku/platform/src/kubernetes-secrets');
    const { readPlatformFile } = await import('./platform');
    if (which === 'internal-key') process.stdout.write(secretYaml(await internalKeySecret()));
    else if (which === 'platform') process.stdout.write(secretYaml(platformSecrets([...readPlatformFile().subgraphs, ...readPlatformFile().extensions])));
    else throw new StartupError(`Unknown secret "${which}": internal-key or platform.`);
  });

program
  .command('token')
  .description('Print a bearer token of the local dev issuer (refused unless the dev issuer is on)')
  .addOption(new Option('--role <role>', 'the role').choices([...ROLES]).makeOptionMandatory())
  .option('--area <code...>', 'area code(s) the role covers (AREA_COORDINATOR)')
  .option('--partner <id>', 'partner id the role covers (DISTRIBUTOR, PARTNER_STAFF)')
  .option('--subject <subject>', 'the user id in the token')
  .option('--hours <hours>', 'lifetime in hours', (value) => Number(value), 12)
  .action(async (options: { role: string; area?: string[]; partner?: string; subject?: string; hours: number }) => {
    const { devToken } = await import('./token');
    console.log(await devToken({ role: options.role, areas: options.area, partner: options.partner, subject: options.subject, hours: options.hours }));
  });

program
  .command('create-extension')
  .description('Scaffold a working area extension (entity, field on Partner, query, mutation, migration, manifest, test)')
  .requiredOption('--area <code>', 'the owning area code')
  .requiredOption('--name <name>', 'kebab-case name, e.g. library-hours')
  .option('--port <port>', 'its port (default: next free after the other extensions)', (value) => Number(value))
  .option('--dir <folder>', 'where extensions live (default extensions/)')
  .action(async (options: { area: string; name: string; port?: number; dir?: string }) => {
    const { createExtension } = await import('./create-extension');
    const { relative } = await import('node:path');
    const { ROOT } = await import('./platform');
    const folder = createExtension({ area: options.area, name: options.name, port: options.port, directory: options.dir });
    const where = relative(ROOT, folder);
    console.log(`Created ${where}.`);
    console.log('Next: npx pnpm install (links it), npm test -- ' + where + ', then enable it in platform.json (one line) and run npm run compose && npm run codegen (docs/extending.md).');
  });

const statistics = program.command('statistics').description('Statistics maintenance');
statistics
  .command('rebuild')
  .description('Recompute every statistics fact and rollup from the cards event log (same result as incremental ingestion)')
  .action(async () => {
    const { openDatabase } = await import('./database');
    const { loadServices } = await import('./platform');
    const { createDataSource, migrate } = await import('@kaiku/subgraph-kit');
    const { join } = await import('node:path');
    const { ROOT } = await import('./platform');
    const { moduleFile } = await import('@kaiku/subgraph-kit/src/entry');
    const module = loadServices().find((service) => service.module.name === 'statistics')!.module;
    const database = await openDatabase((line) => console.log(line));
    const { dataSource } = createDataSource({ url: database.url, schema: module.schema, entities: module.entities, migrations: module.migrations, poolSize: 2 });
    await dataSource.initialize();
    try {
      await migrate(dataSource, module.schema, module.name);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { rebuildStatistics } = require(moduleFile(join(ROOT, 'subgraphs', 'statistics'), 'rebuild'));
      const started = Date.now();
      const events = await rebuildStatistics(dataSource, (done: number) => process.stderr.write(`\r${done} events replayed`));
      console.log(`\nRebuilt statistics from ${events} events in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    } finally {
      await dataSource.destroy();
      await database.stop();
    }
  });

program
  .command('export')
  .argument('<what>', 'statistics')
  .description('Export statistics as CSV for welfare reports and TEAviisari, through the gateway')
  .requiredOption('--area <code>', 'area code')
  .requiredOption('--year <year>', 'year', (value) => Number(value))
  .option('--lang <lang>', 'headers in fi, sv or en', 'fi')
  .option('--out <file>', 'write to a file instead of standard output')
  .option('--gateway <url>', 'the gateway', process.env.KAIKU_GATEWAY_URL ?? 'http://localhost:4000/graphql')
  .option('--token <token>', 'bearer token (default KAIKU_TOKEN; in dev, an ANALYST dev token is made)')
  .action(async (what: string, options: { area: string; year: number; lang: string; out?: string; gateway: string; token?: string }) => {
    if (what !== 'statistics') throw new StartupError(`Unknown export "${what}": only "statistics".`);
    const token = options.token ?? process.env.KAIKU_TOKEN ?? (await (await import('./token')).devToken({ role: 'ANALYST' }));
    const url = `${options.gateway.replace(/\/graphql$/, '')}/export/statistics.csv?${new URLSearchParams({ area: options.area, year: String(options.year), lang: options.lang })}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.text();
    if (!response.ok) throw new StartupError(`Export refused (HTTP ${response.status}): ${JSON.parse(body).errors?.[0]?.message ?? body}`);
    if (options.out) (await import('node:fs')).writeFileSync(options.out, body);
    else process.stdout.write(body);
  });

const importCommand = program.command('import').description('Import data from files');
importCommand
  .command('uses <file>')
  .description('Enter card uses from a paper list or spreadsheet (CSV: card_number, date, category, adult_tickets, child_tickets, course_places, offer)')
  .requiredOption('--partner <id>', 'the venue (partner id) the uses belong to')
  .option('--gateway <url>', 'the gateway', process.env.KAIKU_GATEWAY_URL ?? 'http://localhost:4000/graphql')
  .option('--token <token>', "a PARTNER_STAFF bearer token of the venue (default KAIKU_TOKEN; in dev, a dev token is made)")
  .action(async (file: string, options: { partner: string; gateway: string; token?: string }) => {
    const { importUses, readUsesCsv } = await import('./import-uses');
    const rows = readUsesCsv(file);
    const token = options.token ?? process.env.KAIKU_TOKEN ?? (await (await import('./token')).devToken({ role: 'PARTNER_STAFF', partner: options.partner }));
    const summary = await importUses({ rows, partnerId: options.partner, gatewayUrl: options.gateway, token, progress: process.stderr.isTTY || process.env.KAIKU_PROGRESS === '1' });
    console.log(`${rows.length} rows: ${summary.accepted} recorded now, ${summary.alreadyRecorded} already recorded earlier, ${summary.rejected.length} rejected.`);
    for (const rejection of summary.rejected) console.log(`  row ${rejection.row}: ${rejection.reason} (${rejection.code})`);
    if (summary.rejected.length > 0) process.exitCode = 2;
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof StartupError ? error.message : `kaiku: ${(error as Error).message}`);
  process.exit(1);
});
