import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
/** The gateway's signed, per-subgraph identity token. */
export const IDENTITY_HEADER = 'x-kaiku-identity';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Keeps a caller-supplied request id only when it is short and plain; otherwise makes one. */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const supplied = headers[REQUEST_ID_HEADER];
  return typeof supplied === 'string' && SAFE_REQUEST_ID.test(supplied) ? supplied : randomUUID();
}
