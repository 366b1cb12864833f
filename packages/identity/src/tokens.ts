import { SignJWT, jwtVerify, createRemoteJWKSet, errors, type JWK, type JWTPayload } from 'jose';
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
  return async (token) => {
    const resolved = await key;
    const { payload } = await verifyOrThrow(() =>
      typeof resolved === 'function'
        ? jwtVerify(token, resolved, { issuer, audience, algorithms: ['ES256', 'RS256'] })
        : jwtVerify(token, resolved, { issuer, audience, algorithms: [SIGNING_ALG] }),
    );
    return callerFromPayload(payload);
  };
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

export type InternalVerifier = (token: string) => Promise<Caller>;

export function internalVerifier(publicJwk: JWK, subgraph: string): InternalVerifier {
  const key = importKey(publicJwk);
  return async (token) => {
    const { payload } = await verifyOrThrow(async () =>
      jwtVerify(token, await key, {
        issuer: INTERNAL_ISSUER,
        audience: internalAudience(subgraph),
        algorithms: [SIGNING_ALG],
      }),
    );
    return callerFromPayload(payload);
  };
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
