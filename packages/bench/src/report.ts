import type { LoadResult } from './load';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Rounds of one target summed up: req/s over all rounds, latencies as the median of the rounds. */
export interface Summary {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  rounds: number[];
}

export function summarise(results: LoadResult[]): Summary {
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  return {
    perSecond: requests / (results.length * SECONDS),
    p50: median(results.map((result) => result.p50)),
    p95: median(results.map((result) => result.p95)),
    p99: median(results.map((result) => result.p99)),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    graphqlErrors: results.reduce((sum, result) => sum + result.graphqlErrors, 0),
    rounds: results.map((result) => Math.round(result.perSecond)),
  };
}

export function ms(value: number): string {
  return value.toFixed(1);
}

export function describeRound(name: string, result: LoadResult): string {
  return `  ${name}: ${result.perSecond.toFixed(0)} req/s, p50 ${ms(result.p50)} ms, p95 ${ms(result.p95)} ms, p99 ${ms(result.p99)} ms, errors ${result.errors}, non-2xx ${result.non2xx}, GraphQL errors ${result.graphqlErrors}`;
}

/** Key order does not matter for equality of answers; list order does. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
