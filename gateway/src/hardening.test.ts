import type { Request, Response } from 'express';
import { OPERATION_LIMITS, tokenLimit } from './hardening';

/** Runs the middleware on a body; true when it let the request through. */
function passes(query: string): boolean {
  let passed = false;
  let answered = false;
  const res = { statusCode: 200, setHeader: () => res, end: () => (answered = true) } as unknown as Response;
  tokenLimit({ body: { query } } as Request, res, () => (passed = true));
  return passed && !answered && res.statusCode === 200;
}

describe('tokenLimit', () => {
  it('refuses an over-long document every time, while a remembered one keeps passing', () => {
    const long = `{ ${'a '.repeat(OPERATION_LIMITS.maxTokens + 1)}}`;
    const fine = '{ areas { id } }';
    expect([passes(fine), passes(long), passes(fine), passes(long)]).toEqual([true, false, true, false]);
  });
});
