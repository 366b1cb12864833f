import type { GraphQLResponse, LoadSample } from '@kaiku/testing';

/** What must never reach a client from a failed subgraph call: where it runs, how it failed inside. */
const LEAKS = /127\.0\.0\.1|localhost|https?:|:\d{2,5}\b|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket|fetch failed|aborted|\bat .+\(|\.ts\b|subgraph/i;

/** The response's errors say nothing about URLs, ports, stacks or a subgraph's own answer. */
export function expectNoLeak(response: GraphQLResponse<unknown>, subgraphName: string): void {
  const text = JSON.stringify(response.errors ?? []);
  expect(text).not.toMatch(LEAKS);
  expect(text).not.toContain(subgraphName);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.stacktrace).toBeUndefined();
    expect(Object.keys(error.extensions ?? {}).filter((key) => key !== 'code' && key !== 'requestId')).toEqual([]);
  }
}

/** The samples as a short summary for a failure message. */
export function describeSamples(samples: LoadSample[]): string {
  return samples
    .slice(0, 5)
    .map((sample) => sample.failure ?? `${sample.response?.status} ${JSON.stringify(sample.response?.errors ?? sample.response?.data).slice(0, 300)}`)
    .join('\n');
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
