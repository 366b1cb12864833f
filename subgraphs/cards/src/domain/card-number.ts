import { randomInt } from 'node:crypto';

/**
 * Card numbers: 10 random characters and a check character, printed as XXXX-XXXX-XXX.
 *
 * The alphabet leaves out the look-alikes 0/O, 1/I/L, and has 31 symbols. 31 is prime, so a
 * weighted sum modulo 31 with distinct non-zero weights catches every single wrong character
 * (weight x difference is never 0 mod 31) and every swap of neighbours (the weights of
 * neighbours differ, so their difference times the symbol difference is never 0 mod 31).
 */
export const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = ALPHABET.length; // 31, prime
const DATA_LENGTH = 10;
export const NUMBER_LENGTH = DATA_LENGTH + 1;

function weightedSum(symbols: string): number {
  let sum = 0;
  for (let i = 0; i < symbols.length; i += 1) sum += (i + 1) * ALPHABET.indexOf(symbols[i]);
  return sum % BASE;
}

/** The check character that makes the weighted sum of all 11 characters 0 mod 31. */
export function checkCharacter(data: string): string {
  const partial = weightedSum(data);
  const weight = DATA_LENGTH + 1;
  // Solve partial + weight * c = 0 (mod 31); 11 is invertible mod 31 (11 * 17 = 187 = 6*31 + 1).
  const inverse = 17;
  const c = (((BASE - partial) % BASE) * inverse) % BASE;
  if (((partial + weight * c) % BASE) !== 0) throw new Error('check character arithmetic failed');
  return ALPHABET[c];
}

/** A fresh random number (crypto-random, never sequential), normalised form. */
export function generateCardNumber(): string {
  let data = '';
  for (let i = 0; i < DATA_LENGTH; i += 1) data += ALPHABET[randomInt(BASE)];
  return data + checkCharacter(data);
}

/** Upper-cases and drops spaces and dashes, as people type numbers in many ways. */
export function normaliseCardNumber(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-‐-―]/g, '');
}

export type CardNumberProblem = 'LENGTH' | 'CHARACTERS' | 'CHECK_CHARACTER';

/** Why a normalised number cannot be a card number, or null when it can. */
export function cardNumberProblem(normalised: string): CardNumberProblem | null {
  if (normalised.length !== NUMBER_LENGTH) return 'LENGTH';
  for (const symbol of normalised) if (!ALPHABET.includes(symbol)) return 'CHARACTERS';
  return weightedSum(normalised) === 0 ? null : 'CHECK_CHARACTER';
}

/** How a number is printed on a card. */
export function formatCardNumber(normalised: string): string {
  return `${normalised.slice(0, 4)}-${normalised.slice(4, 8)}-${normalised.slice(8)}`;
}
