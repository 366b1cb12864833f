import type { Request, Response } from 'express';
import { OPERATION_LIMITS, tokenLimit } from './hardening';

/** Runs the middleware on a body; true when it let the request through. */
function passes(query: string): boolean {
  let status: number | undefined;
  let passed = false;
  const res = { status: (code: number) => ((status = code), res), json: () => res } as unknown as Response;
  tokenLimit({ body: { query } } as Request, res, () => (passed = true));
  return passed && status === undefined;
}

describe('tokenLimit', () => {
  it('refuses an over-long document every time, while a remembered one keeps passing', () => {
    const long = `{ ${'a '.repeat(OPERATION_LIMITS.maxTokens + 1)}}`;
    const fine = '{ areas { id } }';
    expect([passes(fine), passes(long), passes(fine), passes(long)]).toEqual([true, false, true, false]);
  });
});
