import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { BoundedLabel, outcomeOf } from './labels';

/** Seconds; from a cached directory page (a few ms) to the gateway's subgraph timeout (10 s). */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Counts every GraphQL request by operation name and outcome (`ok`, or the first error's code:
 * BAD_USER_INPUT, FORBIDDEN, INTERNAL_SERVER_ERROR, ...) and times it. Only names and codes are
 * labels: never variables, arguments or results, so no card number or holder data reaches a scrape.
 */
export function graphqlMetricsPlugin(registry: Registry, maxOperations = 200): ApolloServerPlugin<any> {
  const requests = new Counter({
    name: 'kaiku_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok or the first error code)',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'kaiku_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const operations = new BoundedLabel(maxOperations);
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, document, request, response, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          // A document that parsed but failed validation has no resolved operation: take its name as written.
          const named = operationName ?? (document ? nameInDocument(document, request.operationName) : undefined);
          const operationLabel = operations.of(named, operation || document ? 'anonymous' : 'none');
          const body = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = [...(body ?? []), ...(errors ?? [])].map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          requests.inc({ operation: operationLabel, outcome: outcomeOf(codes) });
          duration.observe({ operation: operationLabel }, seconds);
        },
      };
    },
  };
}

function nameInDocument(document: DocumentNode, requested: string | undefined): string | undefined {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (requested) return operations.some((definition) => definition.name?.value === requested) ? requested : undefined;
  return operations.length === 1 ? operations[0].name?.value : undefined;
}
