import { graphqlRequest, type GraphQLResponse, type RequestOptions } from './graphql-client';

/** One request a load client made: when it started and ended (ms since the epoch) and what came back. */
export interface LoadSample<Data = any> {
  kind: string;
  started: number;
  ended: number;
  response?: GraphQLResponse<Data>;
  /** Set when there was no GraphQL answer at all (connection refused, not JSON, ...). */
  failure?: string;
}

export interface LoadOperation {
  kind: string;
  query: string;
  variables?: Record<string, unknown>;
  options?: RequestOptions;
}

export interface Load {
  samples: LoadSample[];
  /** Samples of one kind that started at or after `since` (ms since the epoch). */
  since(kind: string, since: number, until?: number): LoadSample[];
  /** Stops the clients and waits for their last requests. */
  stop(): Promise<void>;
}

/**
 * Clients that query a URL back to back until stopped, as users of a busy service would:
 * client i sends operation i mod n, so every operation has its share of clients.
 */
export function startLoad(url: string, clients: number, operations: LoadOperation[], pauseMs = 0): Load {
  const samples: LoadSample[] = [];
  let stopped = false;
  const loops = Array.from({ length: clients }, async (_, i) => {
    const operation = operations[i % operations.length];
    while (!stopped) {
      const sample: LoadSample = { kind: operation.kind, started: Date.now(), ended: 0 };
      try {
        sample.response = await graphqlRequest(url, operation.query, operation.variables, operation.options);
      } catch (error) {
        sample.failure = (error as Error).message;
      }
      sample.ended = Date.now();
      samples.push(sample);
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  });
  return {
    samples,
    since: (kind, since, until = Infinity) => samples.filter((sample) => sample.kind === kind && sample.started >= since && sample.started < until),
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}
