/**
 * Label values that come from callers (operation names) are bounded: a client that sends a new
 * operation name with every request must not grow the scrape without limit. Names outside the
 * GraphQL name syntax, and new names past the cap, are counted as `other`.
 */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export const OTHER = 'other';

export class BoundedLabel {
  private readonly seen = new Set<string>();
  constructor(private readonly max: number) {}

  of(value: string | null | undefined, fallback: string): string {
    if (!value) return fallback;
    if (!GRAPHQL_NAME.test(value)) return OTHER;
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return OTHER;
    this.seen.add(value);
    return value;
  }
}

/** An error code as the service set it (`BAD_USER_INPUT`, ...); anything else is `OTHER`. */
export function outcomeOf(codes: Array<unknown>): string {
  if (codes.length === 0) return 'ok';
  const code = codes[0];
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,39}$/.test(code) ? code : 'OTHER';
}
