import { SignJWT, jwtVerify } from 'jose';
import type { JWK } from 'jose';
import { importKey, SIGNING_ALG } from './keys';
import { INTERNAL_ISSUER, INTERNAL_TOKEN_SECONDS, internalAudience } from './tokens';

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

/** The signed address, or null when the header is missing or not the gateway's. */
export function clientAddressVerifier(publicJwk: JWK, subgraph: string): (token: string | undefined) => Promise<string | null> {
  const key = importKey(publicJwk);
  return async (token) => {
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, await key, { issuer: INTERNAL_ISSUER, audience: audience(subgraph), algorithms: [SIGNING_ALG] });
      return typeof payload.addr === 'string' ? payload.addr : null;
    } catch {
      return null;
    }
  };
}
