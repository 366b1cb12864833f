import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { CLIENT_ERROR_CODES } from './errors';

export const INTERNAL_MESSAGE = 'Internal server error';

/**
 * Shapes every error a client sees: known codes pass with their message; validation errors
 * become BAD_USER_INPUT naming the fields; anything else is masked (it was logged, with the
 * request id, by the error-logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    return {
      message: describeValidation(original.extensions.validationErrors as ValidationError[]),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', field: firstField(original.extensions.validationErrors as ValidationError[]) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export function isMaskedError(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === 'INTERNAL_SERVER_ERROR';
}

function describeValidation(errors: ValidationError[], prefix = ''): string {
  const parts: string[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) parts.push(`${field}: ${message}`);
    if (error.children?.length) parts.push(describeValidation(error.children, field));
  }
  return parts.join('; ');
}

function firstField(errors: ValidationError[], prefix = ''): string | undefined {
  const [first] = errors;
  if (!first) return undefined;
  const field = prefix ? `${prefix}.${first.property}` : first.property;
  return first.children?.length ? firstField(first.children, field) : field;
}
