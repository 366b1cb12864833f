import { BadInputError } from '@kaiku/subgraph-kit';
import { cardNumberProblem, normaliseCardNumber } from './card-number';
import { isQrPayload, numberFromQr } from './qr';

const PROBLEMS = {
  LENGTH: 'a card number has 11 letters and digits, e.g. ABCD-EFGH-JKM',
  CHARACTERS: 'a card number has only the letters and digits printed on cards (no 0, 1, I, L or O)',
  CHECK_CHARACTER: 'the number has a typing error: check each character',
} as const;

/**
 * The normalised card number from what was typed or scanned (a QR payload), or
 * BAD_USER_INPUT naming `field` with what is wrong.
 */
export function parseCardNumber(typed: string, field: string): string {
  if (typeof typed !== 'string' || typed.length > 200) throw new BadInputError(field, PROBLEMS.LENGTH);
  if (isQrPayload(typed)) {
    const number = numberFromQr(typed);
    if (!number || cardNumberProblem(number)) throw new BadInputError(field, 'the QR code was not made by Kaikukortti or is damaged');
    return number;
  }
  const number = normaliseCardNumber(typed);
  const problem = cardNumberProblem(number);
  if (problem) throw new BadInputError(field, PROBLEMS[problem]);
  return number;
}
