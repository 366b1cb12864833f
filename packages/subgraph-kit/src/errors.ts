import { GraphQLError } from 'graphql';

/** The stable error codes of the public contract (api-contract.md). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/** Codes that reach clients as they are; anything else is masked as an internal error. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  // Apollo Server's own request errors: they describe the client's document, not our internals.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export class KaikuError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Bad input names the offending field, so a form can point at it. */
export class BadInputError extends KaikuError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', `${field}: ${message}`, { field });
  }
}

export class NotFoundError extends KaikuError {
  constructor(what: string, field?: string) {
    super('NOT_FOUND', `${what} was not found`, field ? { field } : {});
  }
}

export class ConflictError extends KaikuError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, field ? { field } : {});
  }
}

export class ForbiddenError extends KaikuError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends KaikuError {
  constructor(message = 'Sign in first: this needs a valid bearer token') {
    super('UNAUTHENTICATED', message);
  }
}

/** Too many attempts in a short time (e.g. card checks): wait and try again. */
export class RateLimitedError extends KaikuError {
  constructor(message = 'Too many requests: wait a moment and try again') {
    super('RATE_LIMITED', message);
  }
}
