import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { GraphQLScalarType, Kind } from 'graphql';
import { BadInputError } from './errors';

/**
 * The API's Date and DateTime scalars, validated by graphql-scalars (its LocalDate and DateTime)
 * under the names and error messages the API has always had: a bad value is BAD_USER_INPUT
 * naming the scalar, like every other bad input.
 */

/** True for a real calendar date written as YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  try {
    GraphQLLocalDate.parseValue(value);
    return true;
  } catch {
    return false;
  }
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new BadInputError('Date', `expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A calendar date, `YYYY-MM-DD`, carried as a string so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 YYYY-MM-DD',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  let parsed: Date | undefined;
  try {
    // RFC 3339: a zone is required, so no instant depends on the server's time zone.
    parsed = typeof value === 'string' ? (GraphQLDateTime.parseValue(value) as Date) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw new BadInputError('DateTime', `expected an ISO 8601 date-time with a zone, got ${JSON.stringify(value)}`);
  }
  return parsed;
}

/** An instant, ISO 8601 with zone. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with a zone',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
