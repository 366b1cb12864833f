/**
 * What every subgraph and extension reads from the environment. run.ts checks all of it before
 * a subgraph starts (checkSubgraphEnv), so a wrong value stops the process with one line; the
 * functions in env.ts, logger.ts and suppression.ts read their setting through these schemas.
 * Tests pass databaseUrl, port and keys to startSubgraph directly and need none of these.
 */
import { json, parseEnv, port, setting, text, wholeNumber, z, type ConfigOf } from '@kaiku/config';
import type { JWK } from 'jose';

/** Subgraphs read their settings through the kit, without a dependency of their own. */
export { ConfigError, readSetting, type Setting } from '@kaiku/config';

/**
 * One connection per request in flight at a busy subgraph: a statement holds its connection
 * until the event loop has read the answer, so under load a pool of 10 made 20 concurrent card
 * uses queue for connections (331 uses/s; 405 with 20, docs/benchmarks.md). Idle ones close.
 */
export const DEFAULT_POOL_SIZE = 20;

export const subgraphSettings = {
  databaseUrl: setting('DATABASE_URL', text(), {
    description: 'PostgreSQL of the subgraphs (npm start: use this one instead of starting the embedded one)',
  }),
  port: setting('PORT', port(), { default: 'the service\'s own port', description: 'port a service listens on' }),
  host: setting('HOST', text('127.0.0.1'), { default: '127.0.0.1', description: 'address every service listens on' }),
  logLevel: setting('LOG_LEVEL', z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'a pino level (fatal, error, warn, info, debug, trace or silent)' }).optional().transform((level) => level ?? 'info'), {
    default: '`info` per service',
    description: 'pino level',
  }),
  dataDir: setting('KAIKU_DATA_DIR', text(), { default: '.data', description: 'embedded database, local keys' }),
  internalPublicJwk: setting('KAIKU_INTERNAL_PUBLIC_JWK', json<JWK>('the public JWK of the gateway\'s internal key, as JSON'), {
    default: 'from `.data/keys`',
    description: 'the gateway\'s internal public key',
  }),
  cardsSecret: setting('KAIKU_CARDS_SECRET', text(), { default: 'from `.data/keys`', description: 'key of the cards subgraph\'s pseudonyms' }),
  suppressionThreshold: setting(
    'KAIKU_SUPPRESSION_THRESHOLD',
    // Read as a number, a word would hide nothing (`3 < NaN` is false).
    wholeNumber('a whole number of at least 1 (the smallest count published)', { fallback: 5, min: 1 }),
    { default: '5', description: 'counts below it are suppressed for everyone but NATIONAL_ADMIN and ANALYST' },
  ),
  poolSize: setting(
    'KAIKU_DB_POOL_SIZE',
    wholeNumber('a whole number of connections, at least 1', { fallback: DEFAULT_POOL_SIZE, min: 1 }),
    { default: String(DEFAULT_POOL_SIZE), description: 'most PostgreSQL connections of each subgraph replica\'s pool (none kept while idle for a second)' },
  ),
  verifyPerMinute: setting('KAIKU_VERIFY_PER_MINUTE', wholeNumber('a whole number of card checks per minute, at least 1', { fallback: 60, min: 1 }), {
    default: '60',
    description: 'card checks per caller and venue',
  }),
};

export type SubgraphEnvConfig = ConfigOf<typeof subgraphSettings>;

/** Throws ConfigError (one line) on the first wrong setting. */
export function checkSubgraphEnv(env: NodeJS.ProcessEnv = process.env): SubgraphEnvConfig {
  return parseEnv(subgraphSettings, env);
}
