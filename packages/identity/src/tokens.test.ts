import { SignJWT, base64url } from 'jose';
import { generateKeyPairJwk, importKey } from './keys';
import {
  DEV_ISSUER,
  PUBLIC_AUDIENCE,
  externalVerifier,
  internalVerifier,
  InvalidTokenError,
  signDevToken,
  signInternalToken,
} from './tokens';

describe('tokens', () => {
  const grants = [{ role: 'AREA_COORDINATOR' as const, areas: ['helsinki'] }];

  it('verifies a dev token and reads its grants', async () => {
    const keys = await generateKeyPairJwk('k');
    const caller = await externalVerifier({ publicJwk: keys.publicJwk })(await signDevToken(keys.privateJwk, 'u1', grants));
    expect(caller).toEqual({ subject: 'u1', grants });
  });

  it.each([
    ['expired', async (key: Awaited<ReturnType<typeof importKey>>) =>
      new SignJWT({ roles: grants }).setProtectedHeader({ alg: 'ES256' }).setIssuer(DEV_ISSUER).setAudience(PUBLIC_AUDIENCE).setSubject('u').setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key)],
    ['of another audience', async (key: Awaited<ReturnType<typeof importKey>>) =>
      new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).setIssuer(DEV_ISSUER).setAudience('someone-else').setSubject('u').setExpirationTime('1h').sign(key)],
    ['of another issuer', async (key: Awaited<ReturnType<typeof importKey>>) =>
      new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).setIssuer('urn:evil').setAudience(PUBLIC_AUDIENCE).setSubject('u').setExpirationTime('1h').sign(key)],
  ])('refuses a token %s', async (_name, make) => {
    const keys = await generateKeyPairJwk('k');
    const token = await make(await importKey(keys.privateJwk));
    await expect(externalVerifier({ publicJwk: keys.publicJwk })(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a token signed by another key', async () => {
    const [mine, theirs] = [await generateKeyPairJwk('a'), await generateKeyPairJwk('b')];
    const token = await signDevToken(theirs.privateJwk, 'u', grants);
    await expect(externalVerifier({ publicJwk: mine.publicJwk })(token)).rejects.toThrow('signature');
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const keys = await generateKeyPairJwk('k');
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(JSON.stringify({ iss: DEV_ISSUER, aud: PUBLIC_AUDIENCE, sub: 'u', exp: Date.now() / 1000 + 60, roles: [{ role: 'NATIONAL_ADMIN' }] }));
    await expect(externalVerifier({ publicJwk: keys.publicJwk })(`${header}.${payload}.`)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('binds an internal token to one subgraph', async () => {
    const keys = await generateKeyPairJwk('internal');
    const token = await signInternalToken(keys.privateJwk, { subject: 'u', grants }, 'cards');
    await expect(internalVerifier(keys.publicJwk, 'cards')(token)).resolves.toEqual({ subject: 'u', grants });
    await expect(internalVerifier(keys.publicJwk, 'statistics')(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('drops malformed grants from claims', async () => {
    const keys = await generateKeyPairJwk('k');
    const token = await signDevToken(keys.privateJwk, 'u', [{ role: 'KING' } as never, { role: 'ANALYST' }]);
    expect((await externalVerifier({ publicJwk: keys.publicJwk })(token)).grants).toEqual([{ role: 'ANALYST' }]);
  });
});
