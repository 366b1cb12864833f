import { SignJWT, jwtVerify, createRemoteJWKSet, errors, type JWK, type JWTPayload } from 'jose';
import { ExpiringCache } from './cache';
import { importKey, SIGNING_ALG } from './keys';
import { grantsFromClaims, type Caller, type RoleGrant } from './roles';

export const DEV_ISSUER = 'urn:kaiku:dev-issuer';
export const PUBLIC_AUDIENCE = 'kaiku';
export const INTERNAL_ISSUER = 'urn:kaiku:gateway';
/** Internal tokens live just long enough for one request's subgraph fetches. */
export const INTERNAL_TOKEN_SECONDS = 60;

export function internalAudience(subgraph: string): string {
  return `urn:kaiku:subgraph:${subgraph}`;
}

export class InvalidTokenError extends Error {}

/**
 * A verified token is remembered, by its exact text, until it expires but for at most this
 * long: a key an OIDC provider withdraws from its JWKS stops working within a minute, as it
 * would once jose refetched the keys. Tokens that fail are never remembered.
 */
export const VERIFIED_TOKEN_CACHE_MS = 60_000;
/** Callers remembered at once (distinct tokens in use within a minute); the oldest go first. */
const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

/**
 * A signed internal token is reused while it has at least this much of its lifetime left, so
 * a subgraph always gets one valid for 30 s more, ample for one request's fetches.
 */
export const INTERNAL_TOKEN_REUSE_SECONDS = INTERNAL_TOKEN_SECONDS / 2;

/** Signs a token of the local dev issuer: what `kaiku token` prints. */
export async function signDevToken(
  privateJwk: JWK,
  subject: string,
  grants: RoleGrant[],
  lifetimeSeconds = 12 * 3600,
): Promise<string> {
  return new SignJWT({ roles: grants })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: privateJwk.kid })
    .setIssuer(DEV_ISSUER)
    .setAudience(PUBLIC_AUDIENCE)
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(await importKey(privateJwk));
}

export type ExternalVerifier = (token: string) => Promise<Caller>;

/**
 * Verifies people's bearer tokens at the gateway: the dev issuer's public key locally, or an
 * OIDC issuer's JWKS in production. Issuer, audience and algorithm are pinned, so `alg: none`,
 * HMAC-with-public-key and foreign tokens all fail.
 */
export function externalVerifier(
  options: { publicJwk: JWK; issuer?: string; audience?: string } | { jwksUrl: string; issuer: string; audience: string },
): ExternalVerifier {
  const issuer = options.issuer ?? DEV_ISSUER;
  const audience = options.audience ?? PUBLIC_AUDIENCE;
  const key = 'jwksUrl' in options ? createRemoteJWKSet(new URL(options.jwksUrl)) : importKey(options.publicJwk);
  return cachedUntilExpiry(VERIFIED_TOKEN_CACHE_MS, async (token) => {
    const resolved = await key;
    return verifyOrThrow(() =>
      typeof resolved === 'function'
        ? jwtVerify(token, resolved, { issuer, audience, algorithms: ['ES256', 'RS256'] })
        : jwtVerify(token, resolved, { issuer, audience, algorithms: [SIGNING_ALG] }),
    );
  });
}

/**
 * Verifies each distinct token once while it stays valid: the same caller sends the same
 * token with every request, and an ES256 verification costs far more than the rest of the
 * check. The key is the whole token, signature included, so only those exact bytes, already
 * verified with the same issuer, audience and algorithms, are taken from memory. An entry
 * ends when the token's `exp` is reached (as jose would refuse it then) or after `maxMs`.
 */
function cachedUntilExpiry(maxMs: number, verify: (token: string) => Promise<{ payload: JWTPayload }>): (token: string) => Promise<Caller> {
  const verified = new ExpiringCache<Caller>(VERIFIED_TOKEN_CACHE_SIZE);
  return async (token) => {
    const now = Date.now();
    const known = verified.get(token, now);
    if (known) return known;
    const { payload } = await verify(token);
    const caller = frozen(callerFromPayload(payload));
    verified.set(token, caller, Math.min(now + maxMs, typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity));
    return caller;
  };
}

/** A caller shared by the requests of one token: nothing may change it. */
function frozen(caller: Caller): Caller {
  for (const grant of caller.grants) {
    if (grant.areas) Object.freeze(grant.areas);
    Object.freeze(grant);
  }
  Object.freeze(caller.grants);
  return Object.freeze(caller);
}

/** The gateway signs the verified caller for one subgraph; the token is useless elsewhere. */
export async function signInternalToken(privateJwk: JWK, caller: Caller, subgraph: string): Promise<string> {
  return new SignJWT({ roles: caller.grants })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: privateJwk.kid })
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(internalAudience(subgraph))
    .setSubject(caller.subject ?? 'anonymous')
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TOKEN_SECONDS}s`)
    .sign(await importKey(privateJwk));
}

/**
 * The gateway's signer of internal tokens: one token per caller and subgraph is signed and
 * then reused for the first half of its lifetime (INTERNAL_TOKEN_REUSE_SECONDS), instead of
 * signing anew for every subgraph fetch. The caller is known by subject and grants, so a
 * change of grants (a new external token) gets a token of its own at once.
 */
export function internalTokenSigner(privateJwk: JWK): (caller: Caller, subgraph: string) => Promise<string> {
  const signed = new ExpiringCache<string>(VERIFIED_TOKEN_CACHE_SIZE);
  return async (caller, subgraph) => {
    const key = `${subgraph}\u0000${caller.subject ?? ''}\u0000${JSON.stringify(caller.grants)}`;
    const now = Date.now();
    const known = signed.get(key, now);
    if (known) return known;
    const token = await signInternalToken(privateJwk, caller, subgraph);
    signed.set(key, token, now + INTERNAL_TOKEN_REUSE_SECONDS * 1000);
    return token;
  };
}

export type InternalVerifier = (token: string) => Promise<Caller>;

/** A subgraph's check of the gateway's token; each distinct token is verified once until it expires. */
export function internalVerifier(publicJwk: JWK, subgraph: string): InternalVerifier {
  const key = importKey(publicJwk);
  return cachedUntilExpiry(INTERNAL_TOKEN_SECONDS * 1000, async (token) =>
    verifyOrThrow(async () =>
      jwtVerify(token, await key, {
        issuer: INTERNAL_ISSUER,
        audience: internalAudience(subgraph),
        algorithms: [SIGNING_ALG],
      }),
    ),
  );
}

function callerFromPayload(payload: JWTPayload): Caller {
  if (!payload.sub) throw new InvalidTokenError('token has no subject');
  return { subject: payload.sub, grants: grantsFromClaims(payload.roles) };
}

async function verifyOrThrow<T>(verify: () => Promise<T>): Promise<T> {
  try {
    return await verify();
  } catch (error) {
    if (error instanceof errors.JOSEError || error instanceof TypeError) {
      throw new InvalidTokenError(describe(error));
    }
    throw error;
  }
}

function describe(error: Error): string {
  if (error instanceof errors.JWTExpired) return 'token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `token claim "${error.claim}" is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is not valid';
  return 'token is not valid';
}
