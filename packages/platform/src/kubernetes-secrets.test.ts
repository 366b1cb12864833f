import { Secret } from 'kubernetes-models/v1/Secret';
import { internalKeySecret, platformSecrets, secretYaml } from './kubernetes-secrets';
import { parse } from 'yaml';
import { gatewayConfigFromEnv } from '@kaiku/gateway/src/config';
import { checkSubgraphEnv } from '@kaiku/subgraph-kit';
import { internalVerifier, signInternalToken } from '@kaiku/identity';
import { readPlatformFile } from './platform';

describe('kaiku secret: fresh Secrets for deploy/kubernetes', () => {
  it('makes the internal key pair the gateway signs with and a subgraph verifies with', async () => {
    const manifest = parse(secretYaml(await internalKeySecret())) as { metadata: { name: string }; stringData: Record<string, string> };
    expect(() => new Secret(manifest as never).validate()).not.toThrow();
    expect(manifest.metadata.name).toBe('kaiku-internal-key');
    const gateway = gatewayConfigFromEnv({ KAIKU_INTERNAL_PRIVATE_JWK: manifest.stringData.KAIKU_INTERNAL_PRIVATE_JWK });
    const subgraph = checkSubgraphEnv({ KAIKU_INTERNAL_PUBLIC_JWK: manifest.stringData.KAIKU_INTERNAL_PUBLIC_JWK });
    const token = await signInternalToken(gateway.internalPrivateJwk!, { subject: 'someone', grants: [{ role: 'ANALYST' }] }, 'statistics');
    await expect(internalVerifier(subgraph.internalPublicJwk!, 'statistics')(token)).resolves.toMatchObject({ subject: 'someone' });
  });

  it('makes a fresh value for every secret platform.json names as ${NAME}', () => {
    const platform = readPlatformFile();
    const manifest = platformSecrets([...platform.subgraphs, ...platform.extensions]);
    expect(() => new Secret(manifest as never).validate()).not.toThrow();
    const named = [...platform.subgraphs, ...platform.extensions].flatMap((entry) => Object.values(entry.environment ?? {})).filter((value) => value.startsWith('${'));
    expect(Object.keys(manifest.stringData).map((name) => `\${${name}}`).sort()).toEqual([...new Set(named)].sort());
    for (const value of Object.values(manifest.stringData)) expect(Buffer.from(value, 'base64')).toHaveLength(32);
    expect(platformSecrets([{ environment: { A_SECRET: '${A_SECRET}' } }]).stringData.A_SECRET).not.toBe(platformSecrets([{ environment: { A_SECRET: '${A_SECRET}' } }]).stringData.A_SECRET);
  });
});
