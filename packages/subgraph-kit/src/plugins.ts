import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { KaikuContext } from './context';
import { CLIENT_ERROR_CODES } from './errors';

/** Logs every error that will be masked, with the request id, so operators can find it. */
export const errorLoggingPlugin: ApolloServerPlugin<KaikuContext> = {
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
        contextValue?.logger?.debug({ operationName, ms: Math.round(performance.now() - started) }, 'request done');
      },
    };
  },
};
