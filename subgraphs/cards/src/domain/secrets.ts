import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, readSetting, subgraphSettings } from '@kaiku/subgraph-kit';

let cached: Buffer | undefined;

/**
 * The key of the cards subgraph's keyed hashes. It never leaves this subgraph: events carry
 * only the hashes, so other subgraphs can count cards and holders but not name them.
 * From KAIKU_CARDS_SECRET, else a key file made once in the data folder.
 */
export function cardsSecret(): Buffer {
  if (cached) return cached;
  const fromEnv = readSetting(subgraphSettings.cardsSecret);
  if (fromEnv) return (cached = Buffer.from(fromEnv, 'utf8'));
  const dir = join(dataDir(), 'keys');
  const file = join(dir, 'cards-secret');
  if (!existsSync(file)) {
    // Only the keys folder is private; the data folder above it holds the embedded cluster.
    mkdirSync(dataDir(), { recursive: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process made it first; use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return (cached = Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'));
}

/** The pseudonymous key of a card or a holder, as published in events. */
export function pseudonym(kind: 'card' | 'holder', id: string): string {
  return createHmac('sha256', cardsSecret()).update(`${kind}:${id}`).digest('base64url').slice(0, 32);
}

/** How the logs show a card number: a short keyed hash, never the number. */
export function numberForLogs(number: string): string {
  return `card#${createHmac('sha256', cardsSecret()).update(`log:${number}`).digest('hex').slice(0, 10)}`;
}
