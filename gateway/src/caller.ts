import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, InvalidTokenError, type Caller, type ExternalVerifier } from '@kaiku/identity';

/** "Bearer <token>", the scheme in any case. Made once: a literal in the function is a new RegExp per call. */
const BEARER = /^Bearer\s+([A-Za-z0-9_\-.]+)$/i;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * The caller of a request: anonymous without an Authorization header, the verified token's
 * subject with one. A header that is present but wrong is refused, never downgraded to
 * anonymous, so a broken client notices.
 */
export async function callerFromHeaders(headers: IncomingHttpHeaders, verify: ExternalVerifier): Promise<Caller> {
  const header = headers.authorization;
  if (header === undefined || header === '') return ANONYMOUS;
  const match = BEARER.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  try {
    return await verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(`The bearer token is not accepted: ${error.message}`);
    throw error;
  }
}
