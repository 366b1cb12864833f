import { SignJWT, jwtVerify } from 'jose';
import type { JWK } from 'jose';
import { ExpiringCache } from './cache';
import { importKey, SIGNING_ALG } from './keys';
import { INTERNAL_ISSUER, INTERNAL_TOKEN_REUSE_SECONDS, INTERNAL_TOKEN_SECONDS, internalAudience } from './tokens';

/**
 * The client's network address as the gateway saw it, signed for one subgraph, so a
 * subgraph can limit attempts per address (the holder's card lookup) without trusting a
 * header anyone could send. Its own audience: it never passes for an identity token.
 */
export const CLIENT_ADDRESS_HEADER = 'x-kaiku-client';

function audience(subgraph: string): string {
  return `${internalAudience(subgraph)}:client`;
}

export async function signClientAddress(privateJwk: JWK, address: string, subgraph: string): Promise<string> {
  return new SignJWT({ addr: address.slice(0, 64) })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: privateJwk.kid })
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(audience(subgraph))
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TOKEN_SECONDS}s`)
    .sign(await importKey(privateJwk));
}

/** Addresses (or their tokens) remembered at once; the least recently used go first. */
const CACHE_SIZE = 10_000;

/** The gateway's signer of addresses: one token per address and subgraph, reused for the first half of its lifetime. */
export function clientAddressSigner(privateJwk: JWK): (address: string, subgraph: string) => Promise<string> {
  const signed = new ExpiringCache<string>(CACHE_SIZE);
  return async (address, subgraph) => {
    const key = `${subgraph}\u0000${address}`;
    const now = Date.now();
    const known = signed.get(key, now);
    if (known) return known;
    const token = await signClientAddress(privateJwk, address, subgraph);
    signed.set(key, token, now + INTERNAL_TOKEN_REUSE_SECONDS * 1000);
    return token;
  };
}

/**
 * The signed address, or null when the header is missing or not the gateway's. A token that
 * passed is remembered by its exact text until it expires, so it is verified once.
 */
export function clientAddressVerifier(publicJwk: JWK, subgraph: string): (token: string | undefined) => Promise<string | null> {
  const key = importKey(publicJwk);
  const verified = new ExpiringCache<string>(CACHE_SIZE);
  return async (token) => {
    if (!token) return null;
    const now = Date.now();
    const known = verified.get(token, now);
    if (known !== undefined) return known;
    try {
      const { payload } = await jwtVerify(token, await key, { issuer: INTERNAL_ISSUER, audience: audience(subgraph), algorithms: [SIGNING_ALG] });
      if (typeof payload.addr !== 'string') return null;
      verified.set(token, payload.addr, Math.min(now + INTERNAL_TOKEN_SECONDS * 1000, typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity));
      return payload.addr;
    } catch {
      return null;
    }
  };
}
