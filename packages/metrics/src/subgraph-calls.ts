import { Counter, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS } from './graphql';

export type CallOutcome = 'ok' | 'http_error' | 'timeout' | 'unreachable';

/** The gateway's calls to subgraphs: each try counted by outcome, and timed. */
export interface SubgraphCallMetrics {
  /** Runs one call; `status` of its answer (5xx is an error), `isTimeout` tells a timeout from other failures. */
  observe<T extends { status: number }>(subgraph: string, call: () => Promise<T>, isTimeout: (error: unknown) => boolean): Promise<T>;
}

export function subgraphCallMetrics(registry: Registry): SubgraphCallMetrics {
  const calls = new Counter({
    name: 'kaiku_gateway_subgraph_calls_total',
    help: 'Calls from the gateway to a subgraph (each try) by outcome: ok, http_error (5xx), timeout, unreachable',
    labelNames: ['subgraph', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'kaiku_gateway_subgraph_call_duration_seconds',
    help: 'Latency of the gateway\'s calls to a subgraph',
    labelNames: ['subgraph'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  return {
    async observe(subgraph, call, isTimeout) {
      const stop = duration.startTimer({ subgraph });
      try {
        const answer = await call();
        calls.inc({ subgraph, outcome: answer.status >= 500 ? 'http_error' : 'ok' });
        return answer;
      } catch (error) {
        calls.inc({ subgraph, outcome: isTimeout(error) ? 'timeout' : 'unreachable' });
        throw error;
      } finally {
        stop();
      }
    },
  };
}
