/**
 * Runs the gateway as its own process. Settings from the environment:
 * PORT (4000), HOST, SUPERGRAPH_PATH, SUBGRAPH_<NAME>_URL, KAIKU_PRODUCTION,
 * and either the local dev issuer (keys in KAIKU_DATA_DIR) or OIDC_JWKS_URL + OIDC_ISSUER + OIDC_AUDIENCE.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { externalVerifier, loadOrCreateLocalKeys } from '@kaiku/identity';
import { startGateway } from './server';

const root = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const dataDir = resolve(process.env.KAIKU_DATA_DIR ?? join(root, '.data'));
  const keys = await loadOrCreateLocalKeys(dataDir);
  const oidc = process.env.OIDC_JWKS_URL;
  const verifyToken = oidc
    ? externalVerifier({ jwksUrl: oidc, issuer: need('OIDC_ISSUER'), audience: need('OIDC_AUDIENCE') })
    : externalVerifier({ publicJwk: keys.devIssuer.publicJwk });
  const subgraphUrls = Object.fromEntries(
    Object.entries(process.env)
      .filter(([key, value]) => /^SUBGRAPH_[A-Z0-9_]+_URL$/.test(key) && value)
      .map(([key, value]) => [key.slice('SUBGRAPH_'.length, -'_URL'.length).toLowerCase().replace(/_/g, '-'), value!]),
  );
  const internalPrivateJwk = process.env.KAIKU_INTERNAL_PRIVATE_JWK
    ? JSON.parse(process.env.KAIKU_INTERNAL_PRIVATE_JWK)
    : keys.internal.privateJwk;
  const port = Number(process.env.PORT ?? 4000);
  let gateway;
  try {
    gateway = await startGateway({
      supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH ?? join(root, 'supergraph.graphql'), 'utf8'),
      port,
      host: process.env.HOST ?? '127.0.0.1',
      subgraphUrls,
      verifyToken,
      internalPrivateJwk,
      production: process.env.KAIKU_PRODUCTION === 'true',
      subgraphTimeoutMs: Number(process.env.KAIKU_SUBGRAPH_TIMEOUT_MS ?? 10_000),
      anonymousPerMinute: Number(process.env.KAIKU_ANONYMOUS_PER_MINUTE ?? 600),
      coalesceAnonymous: process.env.KAIKU_COALESCE_ANONYMOUS !== 'false',
      // The console's dev sign-in exists only while the dev issuer is on.
      devIssuerPrivateJwk: oidc || process.env.KAIKU_PRODUCTION === 'true' ? undefined : keys.devIssuer.privateJwk,
      console: {
        oidc: oidc && process.env.OIDC_CLIENT_ID ? { authority: need('OIDC_ISSUER'), clientId: process.env.OIDC_CLIENT_ID, scope: process.env.OIDC_SCOPE } : undefined,
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

function need(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} must be set when OIDC_JWKS_URL is.`);
    process.exit(1);
  }
  return value;
}

main().catch((error: unknown) => {
  console.error(`Gateway failed to start: ${(error as Error).message}`);
  process.exit(1);
});
