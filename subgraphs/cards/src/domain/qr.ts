import { createHmac, timingSafeEqual } from 'node:crypto';
import { cardsSecret } from './secrets';

const PREFIX = 'KAIKU1';

/**
 * The QR payload printed on a card: the number and a keyed MAC, so a reader can tell a printed
 * code made by the platform from one typed up by someone guessing numbers.
 */
export function qrPayload(number: string): string {
  return `${PREFIX}:${number}:${mac(number)}`;
}

/** The card number inside a genuine payload; null for a payload that is not ours or altered. */
export function numberFromQr(payload: string): string | null {
  const [prefix, number, given] = payload.trim().split(':');
  if (prefix !== PREFIX || !number || !given) return null;
  const expected = Buffer.from(mac(number));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? number : null;
}

export function isQrPayload(text: string): boolean {
  return text.trim().startsWith(`${PREFIX}:`);
}

function mac(number: string): string {
  return createHmac('sha256', cardsSecret()).update(`qr:${number}`).digest('base64url').slice(0, 16);
}
