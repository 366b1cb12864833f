/**
 * Runs one subgraph or extension as its own process, built (`npm start`, the image):
 *   node packages/subgraph-kit/dist/run.js subgraphs/areas
 * or from sources (tests, `npm run dev`; ./entry.ts):
 *   node --conditions=kaiku-source -r @swc-node/register packages/subgraph-kit/src/run.ts subgraphs/areas
 * Settings come from the environment only, checked first (./config.ts): a wrong one stops it with one line.
 */
import { ConfigError } from '@kaiku/config';
import { StartupError } from '@kaiku/database';
import { checkSubgraphEnv } from './config';
import type { SubgraphModule } from './define';
import { moduleFile } from './entry';
import { internalPublicJwkFromEnv, portFromEnv, requiredEnv } from './env';
import { createLogger } from './logger';
import { startSubgraph } from './server';

async function main(): Promise<void> {
  const config = checkSubgraphEnv();
  const folder = process.argv[2];
  if (!folder) throw new StartupError('Usage: run <subgraph folder>, e.g. subgraphs/areas');
  const module = (await import(moduleFile(folder, 'index'))).default as SubgraphModule;
  const logger = createLogger(module.name);
  const port = portFromEnv(module.port);
  let running;
  try {
    running = await startSubgraph(module, {
      databaseUrl: requiredEnv('DATABASE_URL', 'point it at PostgreSQL, e.g. postgres://kaiku:kaiku@localhost:5432/kaiku'),
      port,
      host: config.host,
      internalPublicJwk: internalPublicJwkFromEnv(),
      poolSize: config.poolSize,
      logger,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(`Subgraph ${module.name}: port ${port} is in use: stop what uses it or set another port.`);
    }
    throw error;
  }
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError || error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(`Subgraph in ${process.argv[2]} failed to start: ${(error as Error).message}`);
  }
  process.exit(1);
});
