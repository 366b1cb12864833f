/**
 * Where each setting of the services' schemas (gateway/src/config.ts,
 * packages/subgraph-kit/src/config.ts) comes from in Kubernetes. Every variable a schema reads
 * must be listed here and nothing else: the generator refuses to run otherwise, and
 * kubernetes.test.ts fails, so a new setting gets a decision before the manifests are made again.
 */
import { gatewaySettings } from '@kaiku/gateway/src/config';
import { subgraphSettings, type Setting } from '@kaiku/subgraph-kit';

export type SettingSource =
  /** In the ConfigMap `kaiku-config`: `default` takes the schema's default as the README shows it. */
  | { from: 'config'; value: string | 'default'; why?: string }
  /** From a Secret (the manifests never hold a secret's value). */
  | { from: 'secret'; secret: string; why?: string }
  /** Set per Deployment by the generator (its port, the subgraphs' addresses, platform.json's `environment`). */
  | { from: 'deployment'; why: string }
  /** Not set: the service's default is right in a container. */
  | { from: 'unset'; why: string };

export const CONFIG_MAP = 'kaiku-config';
export const DATABASE_SECRET = 'kaiku-database';
export const INTERNAL_KEY_SECRET = 'kaiku-internal-key';
/** Secrets platform.json gives a service as `${NAME}` (e.g. KAIKU_CARDS_SECRET for cards). */
export const PLATFORM_SECRETS = 'kaiku-secrets';

export const KUBERNETES_SETTINGS: Record<string, SettingSource> = {
  PORT: { from: 'deployment', why: 'the container port of each service (platform.json, the module\'s port)' },
  HOST: { from: 'config', value: '0.0.0.0', why: 'the pod\'s address, so probes, Prometheus and the Service reach it' },
  SUPERGRAPH_PATH: { from: 'unset', why: 'the image carries supergraph.graphql, composed from the same platform.json' },
  DATABASE_URL: { from: 'secret', secret: DATABASE_SECRET, why: 'PostgreSQL is external: a managed service or an operator\'s cluster' },
  LOG_LEVEL: { from: 'config', value: 'info' },
  KAIKU_DATA_DIR: {
    from: 'config',
    value: '/tmp/kaiku',
    why: 'the root filesystem is read-only; every key comes from a Secret, the gateway writes only unused dev-issuer keys here',
  },
  OIDC_JWKS_URL: { from: 'config', value: '', why: 'the identity provider people sign in with: set it (with OIDC_ISSUER and OIDC_AUDIENCE)' },
  OIDC_ISSUER: { from: 'config', value: '' },
  OIDC_AUDIENCE: { from: 'config', value: '' },
  OIDC_CLIENT_ID: { from: 'config', value: '' },
  OIDC_SCOPE: { from: 'config', value: '' },
  KAIKU_PRODUCTION: { from: 'config', value: 'true', why: 'introspection off, dev tokens refused' },
  KAIKU_INTERNAL_PRIVATE_JWK: { from: 'secret', secret: INTERNAL_KEY_SECRET, why: 'the gateway alone holds the private key' },
  KAIKU_INTERNAL_PUBLIC_JWK: { from: 'secret', secret: INTERNAL_KEY_SECRET, why: 'every subgraph verifies the gateway\'s tokens with it' },
  KAIKU_CARDS_SECRET: { from: 'deployment', why: 'platform.json gives it to cards alone, as ${KAIKU_CARDS_SECRET}: a key of the Secret kaiku-secrets' },
  'SUBGRAPH_<NAME>_URL': { from: 'deployment', why: 'the gateway reaches each subgraph through its Service' },
  KAIKU_SUBGRAPH_TIMEOUT_MS: { from: 'config', value: 'default' },
  KAIKU_ANONYMOUS_PER_MINUTE: { from: 'config', value: 'default', why: 'per gateway replica' },
  KAIKU_COALESCE_ANONYMOUS: { from: 'config', value: 'true' },
  KAIKU_VERIFY_PER_MINUTE: { from: 'config', value: 'default' },
  KAIKU_DB_POOL_SIZE: { from: 'config', value: 'default', why: 'per subgraph replica' },
  KAIKU_SUPPRESSION_THRESHOLD: { from: 'config', value: 'default' },
};

export const GATEWAY_SETTINGS: Setting<unknown>[] = Object.values(gatewaySettings);
export const SUBGRAPH_SETTINGS: Setting<unknown>[] = Object.values(subgraphSettings);

/** Schema variables without a decision above, and decisions for variables no schema reads. */
export function settingsOutOfStep(): { undecided: string[]; unknown: string[] } {
  const read = new Set([...GATEWAY_SETTINGS, ...SUBGRAPH_SETTINGS].map((entry) => entry.name));
  return {
    undecided: [...read].filter((name) => !(name in KUBERNETES_SETTINGS)),
    unknown: Object.keys(KUBERNETES_SETTINGS).filter((name) => !read.has(name)),
  };
}

/** The ConfigMap value of a setting (the schema default when it says `default`). */
export function configValue(name: string): string | undefined {
  const source = KUBERNETES_SETTINGS[name];
  if (source?.from !== 'config') return undefined;
  if (source.value !== 'default') return source.value;
  return [...GATEWAY_SETTINGS, ...SUBGRAPH_SETTINGS].find((entry) => entry.name === name)!.default;
}
