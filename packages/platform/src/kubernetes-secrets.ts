/**
 * Fresh Secrets for deploy/kubernetes, printed by `npm run kaiku -- secret <which>` for
 * `kubectl apply -f -`: the manifests refer to them and never hold a value (docs/operations.md).
 */
import { randomBytes } from 'node:crypto';
import { generateKeyPairJwk } from '@kaiku/identity';
import { stringify } from 'yaml';
import type { ComposeService } from './docker-compose';
import { INTERNAL_KEY_SECRET, PLATFORM_SECRETS } from './kubernetes-settings';

export interface SecretManifest {
  apiVersion: 'v1';
  kind: 'Secret';
  metadata: { name: string; labels: Record<string, string> };
  type: 'Opaque';
  stringData: Record<string, string>;
}

function secret(name: string, stringData: Record<string, string>): SecretManifest {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, labels: { 'app.kubernetes.io/part-of': 'kaiku' } }, type: 'Opaque', stringData };
}

/** The gateway's internal key pair (ES256): the gateway signs with the private key, every subgraph verifies with the public one. */
export async function internalKeySecret(now = new Date()): Promise<SecretManifest> {
  const pair = await generateKeyPairJwk(`gateway-internal-${now.toISOString().slice(0, 10)}`);
  return secret(INTERNAL_KEY_SECRET, {
    KAIKU_INTERNAL_PRIVATE_JWK: JSON.stringify(pair.privateJwk),
    KAIKU_INTERNAL_PUBLIC_JWK: JSON.stringify(pair.publicJwk),
  });
}

/** Every secret platform.json gives a service as `${NAME}` (KAIKU_CARDS_SECRET today), each 32 random bytes. */
export function platformSecrets(services: Pick<ComposeService, 'environment'>[]): SecretManifest {
  const names = services.flatMap((service) => Object.values(service.environment ?? {}).flatMap((value) => /^\$\{([A-Z0-9_]+)\}$/.exec(value)?.[1] ?? []));
  return secret(PLATFORM_SECRETS, Object.fromEntries([...new Set(names)].sort().map((name) => [name, randomBytes(32).toString('base64')])));
}

export const secretYaml = (manifest: SecretManifest) => stringify(manifest, { lineWidth: 0 });
