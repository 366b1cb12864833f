import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Lexer, Source, TokenKind } from 'graphql';
import type { RequestHandler } from 'express';

/**
 * Limits on what one operation may ask, checked before planning. The values leave room for
 * every operation in packages/client/operations (the deepest, the directory with offers and
 * venues, has depth 7 and cost under 1,000) and stop hostile documents early.
 */
export const OPERATION_LIMITS = {
  /** Nesting of selections (fragments flattened). */
  maxDepth: 12,
  /** Aliases in one operation: aliasing is how one request multiplies expensive fields. */
  maxAliases: 15,
  /** Lexical tokens in the document: bounds parsing work. */
  maxTokens: 3000,
  /** Directives in one operation. */
  maxDirectives: 25,
  /** graphql-armor's cost: objects 2, scalars 1, times 1.5 per level of depth. */
  maxCost: 10_000,
} as const;

/** graphql-armor's Apollo Server protection; field suggestions are hidden in production. */
export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    // Counted by `tokenLimit` below instead: armor's token check throws while parsing, which
    // Apollo Server answers with a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** True when the document has more lexical tokens than allowed; stops counting at the limit. */
export function exceedsTokenLimit(query: string, limit = OPERATION_LIMITS.maxTokens): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF; count += 1) if (count >= limit) return true;
  } catch {
    return false; // a syntax error: the parser reports it properly
  }
  return false;
}

/**
 * Documents already counted and found within the limit, by their exact text: clients send the
 * same few operations again and again, and lexing one costs more than the rest of this check.
 * Bounded (at most 1,000 documents of up to 20,000 characters; when full it starts over).
 * Documents over the limit are never remembered.
 */
const WITHIN_LIMIT_REMEMBERED = 1000;
const LONGEST_REMEMBERED = 20_000;
const withinLimit = new Set<string>();

function overTokenLimit(query: string): boolean {
  if (withinLimit.has(query)) return false;
  if (exceedsTokenLimit(query)) return true;
  if (query.length > LONGEST_REMEMBERED) return false;
  if (withinLimit.size >= WITHIN_LIMIT_REMEMBERED) withinLimit.clear();
  withinLimit.add(query);
  return false;
}

/**
 * Express middleware: refuses an over-long document before Apollo parses it, as a 400. With
 * Node's API only, as graphqlFirst (@kaiku/metrics) runs it on Node's request and response.
 */
export const tokenLimit: RequestHandler = (req, res, next) => {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && overTokenLimit(query)) {
    res.statusCode = 400;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(
      JSON.stringify({
        errors: [{ message: `The document has more than ${OPERATION_LIMITS.maxTokens} tokens`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
      }),
    );
    return;
  }
  next();
};
