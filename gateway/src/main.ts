/**
 * Runs the gateway as its own process. Its settings (gateway/src/config.ts) are checked before
 * anything starts: a wrong one stops it with one line naming the variable and what it expects.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '@kaiku/config';
import { externalVerifier, loadOrCreateLocalKeys } from '@kaiku/identity';
import { gatewayConfigFromEnv, subgraphUrlsFromEnv } from './config';
import { startGateway } from './server';

const root = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const config = gatewayConfigFromEnv();
  const dataDir = resolve(config.dataDir ?? join(root, '.data'));
  const keys = await loadOrCreateLocalKeys(dataDir);
  const oidc = config.oidcJwksUrl;
  const verifyToken = oidc
    ? externalVerifier({ jwksUrl: oidc, issuer: config.oidcIssuer!, audience: config.oidcAudience! })
    : externalVerifier({ publicJwk: keys.devIssuer.publicJwk });
  const port = config.port;
  let gateway;
  try {
    gateway = await startGateway({
      supergraphSdl: readFileSync(config.supergraphPath ?? join(root, 'supergraph.graphql'), 'utf8'),
      port,
      host: config.host,
      subgraphUrls: subgraphUrlsFromEnv(),
      verifyToken,
      internalPrivateJwk: config.internalPrivateJwk ?? keys.internal.privateJwk,
      production: config.production,
      subgraphTimeoutMs: config.subgraphTimeoutMs,
      anonymousPerMinute: config.anonymousPerMinute,
      coalesceAnonymous: config.coalesceAnonymous,
      // The console's dev sign-in exists only while the dev issuer is on.
      devIssuerPrivateJwk: oidc || config.production ? undefined : keys.devIssuer.privateJwk,
      console: {
        oidc: oidc && config.oidcClientId ? { authority: config.oidcIssuer!, clientId: config.oidcClientId, scope: config.oidcScope } : undefined,
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Gateway: port ${port} is in use: stop what uses it or set PORT to a free port.`);
      process.exit(1);
    }
    throw error;
  }
  const stop = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Gateway failed to start: ${(error as Error).message}`);
  process.exit(1);
});
