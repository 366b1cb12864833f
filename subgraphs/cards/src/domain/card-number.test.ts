import { ALPHABET, cardNumberProblem, checkCharacter, formatCardNumber, generateCardNumber, normaliseCardNumber } from './card-number';

describe('card numbers', () => {
  it('are random, of the alphabet, and pass their own check', () => {
    const numbers = new Set(Array.from({ length: 2000 }, generateCardNumber));
    expect(numbers.size).toBe(2000);
    for (const number of numbers) expect(cardNumberProblem(number)).toBeNull();
  });

  it('catch every single wrong character and every swap of neighbours', () => {
    for (let sample = 0; sample < 50; sample += 1) {
      const number = generateCardNumber();
      for (let i = 0; i < number.length; i += 1) {
        for (const symbol of ALPHABET) {
          if (symbol === number[i]) continue;
          const wrong = number.slice(0, i) + symbol + number.slice(i + 1);
          expect(cardNumberProblem(wrong)).toBe('CHECK_CHARACTER');
        }
        if (i + 1 < number.length && number[i] !== number[i + 1]) {
          const swapped = number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2);
          expect(cardNumberProblem(swapped)).toBe('CHECK_CHARACTER');
        }
      }
    }
  });

  it('normalise what people type', () => {
    const number = generateCardNumber();
    const typed = ` ${formatCardNumber(number).toLowerCase().replace('-', ' - ')} `;
    expect(normaliseCardNumber(typed)).toBe(number);
  });

  it('name the problem of a malformed number', () => {
    expect(cardNumberProblem('ABC')).toBe('LENGTH');
    expect(cardNumberProblem('0OIL2345678')).toBe('CHARACTERS');
    expect(checkCharacter('2222222222')).toHaveLength(1);
  });
});
