import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

export const SIGNING_ALG = 'ES256';

export interface KeyPairJwk {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateKeyPairJwk(kid: string): Promise<KeyPairJwk> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG };
  return { privateJwk, publicJwk };
}

/**
 * The local key pairs: the dev issuer's (signs dev tokens for people) and the gateway's
 * internal one (signs the identity the gateway passes to subgraphs). Generated once into the
 * git-ignored data folder, so tokens stay valid across restarts.
 */
export interface LocalKeys {
  devIssuer: KeyPairJwk;
  internal: KeyPairJwk;
}

export async function loadOrCreateLocalKeys(dataDir: string): Promise<LocalKeys> {
  const dir = join(dataDir, 'keys');
  // The data folder itself stays readable: the embedded PostgreSQL (its own user) keeps its
  // cluster in it. Only the keys folder is private. (A recursive mkdir with mode 0o700 would
  // make the data folder private too when a token is made before the first start.)
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    devIssuer: await loadOrCreate(join(dir, 'dev-issuer.jwk.json'), 'dev-issuer'),
    internal: await loadOrCreate(join(dir, 'internal.jwk.json'), 'gateway-internal'),
  };
}

async function loadOrCreate(file: string, kid: string): Promise<KeyPairJwk> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeyPairJwk;
  const pair = await generateKeyPairJwk(kid);
  writeFileSync(file, JSON.stringify(pair, null, 2), { mode: 0o600 });
  return pair;
}

const imported = new WeakMap<JWK, Promise<KeyLike | Uint8Array>>();

/** Imports a JWK once per object: importing is costly and the gateway signs on every request. */
export function importKey(jwk: JWK): Promise<KeyLike | Uint8Array> {
  let key = imported.get(jwk);
  if (!key) {
    key = importJWK(jwk, SIGNING_ALG);
    imported.set(jwk, key);
  }
  return key;
}
