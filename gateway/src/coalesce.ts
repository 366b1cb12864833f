import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { GatewayContext } from './context';

/**
 * Identical anonymous queries that arrive while one of them is being executed share its
 * result instead of planning, fetching and shaping it again (in-flight coalescing, what Hive
 * Router calls inbound deduplication). Nothing is kept once the first one has answered: this
 * is not a cache and serves nothing older than a request that was already running.
 *
 * Only for anonymous callers (everything they see is public and the same for every anonymous
 * caller of the same language), only queries, only answers without errors and with the
 * default status; a request waiting for a result it cannot use executes on its own. Limits,
 * validation and the rate limit have all run for each request before it gets here.
 */
export function coalesceAnonymousQueries(maxWaitMs: number): ApolloServerPlugin<GatewayContext> {
  const inFlight = new Map<string, Promise<FormattedExecutionResult | undefined>>();
  return {
    async requestDidStart() {
      let finish: ((result: FormattedExecutionResult | undefined) => void) | undefined;
      return {
        async responseForOperation(requestContext) {
          const { contextValue, operation, queryHash, request } = requestContext;
          if (operation?.operation !== 'query' || contextValue.caller?.subject !== null) return null;
          const key = `${contextValue.language}\u0000${queryHash}\u0000${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          const running = inFlight.get(key);
          if (running) {
            const shared = await running;
            if (!shared) return null;
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: shared } };
          }
          let resolve!: (result: FormattedExecutionResult | undefined) => void;
          inFlight.set(key, new Promise((done) => (resolve = done)));
          // Whatever happens to this request, the waiters are released (at worst they execute themselves).
          const timer = setTimeout(() => finish?.(undefined), maxWaitMs);
          timer.unref();
          finish = (result) => {
            clearTimeout(timer);
            finish = undefined;
            inFlight.delete(key);
            resolve(result);
          };
          return null;
        },
        async didEncounterErrors() {
          finish?.(undefined);
        },
        async willSendResponse({ response }: GraphQLRequestContextWillSendResponse<GatewayContext>) {
          if (!finish) return;
          const usable = response.body.kind === 'single' && !response.body.singleResult.errors && (response.http.status ?? 200) === 200;
          finish(usable && response.body.kind === 'single' ? response.body.singleResult : undefined);
        },
      };
    },
  };
}
