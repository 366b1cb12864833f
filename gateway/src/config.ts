/**
 * The gateway's settings, read once from the environment at start-up (gateway/src/main.ts).
 * Subgraph URLs (`SUBGRAPH_<NAME>_URL`) are a family of names, collected by subgraphUrlsFromEnv.
 */
import { ConfigError, json, offWhenFalse, onWhenTrue, parseEnv, port, setting, text, wholeNumber, type ConfigOf } from '@kaiku/config';
import type { JWK } from 'jose';

export const gatewaySettings = {
  port: setting('PORT', port(4000), { default: '4000', description: 'gateway port' }),
  host: setting('HOST', text('127.0.0.1'), { default: '127.0.0.1', description: 'address every service listens on' }),
  supergraphPath: setting('SUPERGRAPH_PATH', text(), { default: 'supergraph.graphql', description: 'the supergraph the gateway loads' }),
  dataDir: setting('KAIKU_DATA_DIR', text(), { default: '.data', description: 'embedded database, local keys' }),
  oidcJwksUrl: setting('OIDC_JWKS_URL', text(), { description: 'production identity provider; turns the dev issuer off' }),
  oidcIssuer: setting('OIDC_ISSUER', text(), { description: 'issuer the provider\'s tokens must carry' }),
  oidcAudience: setting('OIDC_AUDIENCE', text(), { description: 'audience the provider\'s tokens must carry' }),
  oidcClientId: setting('OIDC_CLIENT_ID', text(), { description: 'the console\'s client at the provider' }),
  oidcScope: setting('OIDC_SCOPE', text(), { description: 'the scope the console asks for' }),
  production: setting('KAIKU_PRODUCTION', onWhenTrue(), { description: '`true`: introspection off, dev tokens refused' }),
  internalPrivateJwk: setting('KAIKU_INTERNAL_PRIVATE_JWK', json<JWK>('the private JWK of the gateway\'s internal key, as JSON'), {
    default: 'from `.data/keys`',
    description: 'the gateway\'s internal signing key',
  }),
  subgraphUrls: setting('SUBGRAPH_<NAME>_URL', text(), { default: 'from the supergraph', description: 'where the gateway finds a subgraph (a family of names: subgraphUrlsFromEnv reads them)' }),
  subgraphTimeoutMs: setting('KAIKU_SUBGRAPH_TIMEOUT_MS', wholeNumber('a whole number of milliseconds', { fallback: 10_000, min: 1 }), {
    default: '10000',
    description: 'gateway timeout per subgraph call',
  }),
  anonymousPerMinute: setting('KAIKU_ANONYMOUS_PER_MINUTE', wholeNumber('a whole number of requests per minute', { fallback: 600, min: 1 }), {
    default: '600',
    description: 'gateway rate limit per address for anonymous callers',
  }),
  coalesceAnonymous: setting('KAIKU_COALESCE_ANONYMOUS', offWhenFalse(), { default: 'on', description: '`false`: identical anonymous queries no longer share a round trip' }),
};

export type GatewayConfig = ConfigOf<typeof gatewaySettings>;

/** Throws ConfigError (one line) on the first wrong setting. */
export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const config = parseEnv(gatewaySettings, env);
  if (config.oidcJwksUrl) {
    for (const [name, value] of [['OIDC_ISSUER', config.oidcIssuer], ['OIDC_AUDIENCE', config.oidcAudience]] as const) {
      if (!value) throw new ConfigError(`${name} must be set when OIDC_JWKS_URL is.`);
    }
  }
  return config;
}

/** `SUBGRAPH_AREAS_URL` → `areas`, `SUBGRAPH_EXT_SAMPLE_URL` → `ext-sample`. */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter(([key, value]) => /^SUBGRAPH_[A-Z0-9_]+_URL$/.test(key) && value)
      .map(([key, value]) => [key.slice('SUBGRAPH_'.length, -'_URL'.length).toLowerCase().replace(/_/g, '-'), value!]),
  );
}
