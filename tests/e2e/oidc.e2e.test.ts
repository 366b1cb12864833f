import { createPrivateKey, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { externalVerifier, generateKeyPairJwk, type KeyPairJwk } from '@kaiku/identity';
import { errorCode, startStack, type TestStack } from '@kaiku/testing';

const ISSUER = 'https://login.example.fi/realms/kaiku';
const AUDIENCE = 'kaiku-gateway';

/** Signs an ES256 JWT by hand, so a test can make every kind of wrong token an identity provider could send. */
function jwt(keys: KeyPairJwk, claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode({ alg: 'ES256', typ: 'JWT', kid: keys.privateJwk.kid, ...header })}.${encode(claims)}`;
  const key = createPrivateKey({ key: keys.privateJwk as never, format: 'jwk' });
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

/**
 * [5/7] Production identity: the gateway verifies people's tokens against an OIDC provider's
 * JWKS URL (here a real HTTP server on loopback) with the issuer and audience pinned.
 */
describe('gateway with an OIDC provider', () => {
  let stack: TestStack;
  let jwks: Server;
  let provider: KeyPairJwk;
  let stranger: KeyPairJwk;
  let jwksRequests = 0;
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}) => ({ iss: ISSUER, aud: AUDIENCE, sub: 'oidc-user', iat: now(), exp: now() + 300, roles: [{ role: 'NATIONAL_ADMIN' }], ...overrides });
  const query = '{ areas { code } }';

  beforeAll(async () => {
    provider = await generateKeyPairJwk('provider-key-1');
    stranger = await generateKeyPairJwk('provider-key-1');
    jwks = createServer((req, res) => {
      jwksRequests += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [{ ...provider.publicJwk, use: 'sig', alg: 'ES256' }] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/protocol/openid-connect/certs`;
    stack = await startStack({ only: ['areas'], seed: true, gateway: { verifyToken: externalVerifier({ jwksUrl, issuer: ISSUER, audience: AUDIENCE }) } });
  });
  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  it("accepts the provider's token, fetching its keys from the JWKS URL", async () => {
    const response = await stack.request(query, {}, { token: jwt(provider, claims()) });
    expect(response.errors).toBeUndefined();
    expect(response.data.areas.length).toBeGreaterThan(0);
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it.each([
    ['expired', () => jwt(provider, claims({ exp: now() - 120 }))],
    ['for another audience', () => jwt(provider, claims({ aud: 'some-other-app' }))],
    ['from another issuer', () => jwt(provider, claims({ iss: 'https://evil.example.com' }))],
    ['signed by a key that is not in the JWKS', () => jwt(stranger, claims())],
    ['with alg none', () => `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.`],
    ['with a tampered payload', () => { const [head, , signature] = jwt(provider, claims({ roles: [] })).split('.'); return `${head}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.${signature}`; }],
  ])('refuses a token %s with UNAUTHENTICATED and HTTP 401', async (_name, make) => {
    const response = await stack.request(query, {}, { token: make() });
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  });
});
