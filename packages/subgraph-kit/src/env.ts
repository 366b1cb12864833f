import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JWK } from 'jose';
import { readSetting } from '@kaiku/config';
import { StartupError } from '@kaiku/database';
import { subgraphSettings } from './config';

export const PROJECT_ROOT = resolve(__dirname, '..', '..', '..');

export function dataDir(): string {
  return resolve(readSetting(subgraphSettings.dataDir) ?? join(PROJECT_ROOT, '.data'));
}

/** The gateway's internal public key: from KAIKU_INTERNAL_PUBLIC_JWK, else the local key file. */
export function internalPublicJwkFromEnv(): JWK | undefined {
  const inline = readSetting(subgraphSettings.internalPublicJwk);
  if (inline) return inline;
  const file = join(dataDir(), 'keys', 'internal.jwk.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).publicJwk as JWK) : undefined;
}

export function requiredEnv(name: string, hint: string): string {
  const value = process.env[name];
  if (!value) throw new StartupError(`${name} is not set: ${hint}`);
  return value;
}

export function portFromEnv(fallback: number): number {
  return readSetting(subgraphSettings.port) ?? fallback;
}
