import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JWK } from 'jose';
import { StartupError } from '@kaiku/database';

export const PROJECT_ROOT = resolve(__dirname, '..', '..', '..');

export function dataDir(): string {
  return resolve(process.env.KAIKU_DATA_DIR ?? join(PROJECT_ROOT, '.data'));
}

/** The gateway's internal public key: from KAIKU_INTERNAL_PUBLIC_JWK, else the local key file. */
export function internalPublicJwkFromEnv(): JWK | undefined {
  const inline = process.env.KAIKU_INTERNAL_PUBLIC_JWK;
  if (inline) {
    try {
      return JSON.parse(inline) as JWK;
    } catch {
      throw new StartupError('KAIKU_INTERNAL_PUBLIC_JWK is not JSON: set it to the public JWK of the gateway\'s internal key.');
    }
  }
  const file = join(dataDir(), 'keys', 'internal.jwk.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).publicJwk as JWK) : undefined;
}

export function requiredEnv(name: string, hint: string): string {
  const value = process.env[name];
  if (!value) throw new StartupError(`${name} is not set: ${hint}`);
  return value;
}

export function portFromEnv(fallback: number): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StartupError(`PORT must be a port number, got "${raw}".`);
  return port;
}
