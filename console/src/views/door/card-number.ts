/**
 * Card numbers as the cards subgraph defines them (subgraphs/cards/src/domain/card-number.ts):
 * 11 symbols of a 31-letter alphabet, the last a check character. Checked here so a typing
 * error is named at the field before anything is sent.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function normaliseCardNumber(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-\u2010-\u2015]/g, '');
}

export type CardNumberProblem = 'EMPTY' | 'LENGTH' | 'CHARACTERS' | 'CHECK_CHARACTER';

export function cardNumberProblem(normalised: string): CardNumberProblem | null {
  if (!normalised) return 'EMPTY';
  for (const symbol of normalised) if (!ALPHABET.includes(symbol)) return 'CHARACTERS';
  if (normalised.length !== 11) return 'LENGTH';
  let sum = 0;
  for (let i = 0; i < normalised.length; i += 1) sum += (i + 1) * ALPHABET.indexOf(normalised[i]);
  return sum % 31 === 0 ? null : 'CHECK_CHARACTER';
}

/** The payload printed in a card's QR code (the cards subgraph checks its seal). */
export function isQrPayload(text: string): boolean {
  return text.trim().startsWith('KAIKU1:');
}
