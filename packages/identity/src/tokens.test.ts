import { SignJWT, base64url } from 'jose';
import { generateKeyPairJwk, importKey } from './keys';
import {
  DEV_ISSUER,
  PUBLIC_AUDIENCE,
  externalVerifier,
  internalTokenSigner,
  internalVerifier,
  INTERNAL_TOKEN_REUSE_SECONDS,
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

  describe('remembering signature work', () => {
    afterEach(() => jest.useRealTimers());
    const at = (ms: number) => jest.useFakeTimers({ now: ms, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });

    it('accepts a remembered token only until its exp, as jose would', async () => {
      const keys = await generateKeyPairJwk('k');
      const verify = externalVerifier({ publicJwk: keys.publicJwk });
      const token = await signDevToken(keys.privateJwk, 'u1', grants, 30);
      const first = await verify(token);
      expect(await verify(token)).toBe(first);
      at(Date.now() + 31_000);
      await expect(verify(token)).rejects.toThrow('expired');
    });

    it('remembers nothing that failed, and a cached token still fails for another audience', async () => {
      const [mine, theirs] = [await generateKeyPairJwk('a'), await generateKeyPairJwk('b')];
      const verify = externalVerifier({ publicJwk: mine.publicJwk });
      const foreign = await signDevToken(theirs.privateJwk, 'u', grants);
      await expect(verify(foreign)).rejects.toBeInstanceOf(InvalidTokenError);
      await expect(verify(foreign)).rejects.toBeInstanceOf(InvalidTokenError);
      const internal = await generateKeyPairJwk('internal');
      const token = await signInternalToken(internal.privateJwk, { subject: 'u', grants }, 'cards');
      await internalVerifier(internal.publicJwk, 'cards')(token);
      await expect(internalVerifier(internal.publicJwk, 'statistics')(token)).rejects.toBeInstanceOf(InvalidTokenError);
    });

    it('gives callers that nobody can change, though requests share them', async () => {
      const keys = await generateKeyPairJwk('k');
      const caller = await externalVerifier({ publicJwk: keys.publicJwk })(await signDevToken(keys.privateJwk, 'u1', grants));
      expect(Object.isFrozen(caller) && Object.isFrozen(caller.grants) && Object.isFrozen(caller.grants[0].areas)).toBe(true);
    });

    it('reuses a signed internal token per caller and subgraph for half its lifetime only', async () => {
      const keys = await generateKeyPairJwk('internal');
      const sign = internalTokenSigner(keys.privateJwk);
      const start = Date.now();
      const caller = { subject: 'u', grants };
      const token = await sign(caller, 'cards');
      expect(await sign({ subject: 'u', grants: [...grants] }, 'cards')).toBe(token);
      expect(await sign(caller, 'statistics')).not.toBe(token);
      expect(await sign({ subject: 'u', grants: [{ role: 'ANALYST' }] }, 'cards')).not.toBe(token);
      expect(await sign({ subject: 'v', grants }, 'cards')).not.toBe(token);
      at(start + INTERNAL_TOKEN_REUSE_SECONDS * 1000 + 1);
      const renewed = await sign(caller, 'cards');
      expect(renewed).not.toBe(token);
      await expect(internalVerifier(keys.publicJwk, 'cards')(renewed)).resolves.toEqual(caller);
    });
  });
});
