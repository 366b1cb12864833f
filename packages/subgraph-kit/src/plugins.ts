import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { KaikuContext } from './context';
import { CLIENT_ERROR_CODES } from './errors';
import type { Logger } from './logger';

/**
 * Logs every error that will be masked, with the request id, so operators can find it; at
 * debug level also each request's time. The request's own logger (a pino child) is made only
 * when something is logged: asking the service's logger first keeps it unmade otherwise.
 */
export const errorLoggingPlugin = (serviceLogger: Logger): ApolloServerPlugin<KaikuContext> => ({
  async requestDidStart() {
    const started = performance.now();
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
          if (original instanceof ArgumentValidationError) continue;
          if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) continue;
          contextValue?.logger?.error({ err: original, path: error.path }, 'internal error (masked for the client)');
        }
      },
      async willSendResponse({ contextValue, operationName }) {
        if (!serviceLogger.isLevelEnabled('debug')) return;
        contextValue?.logger?.debug({ operationName, ms: Math.round(performance.now() - started) }, 'request done');
      },
    };
  },
});
