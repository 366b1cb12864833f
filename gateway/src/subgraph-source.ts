import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { JWK } from 'jose';
import { signInternalToken } from '@kaiku/identity';
import type { GatewayContext } from './context';

/** Headers the gateway sets towards subgraphs; nothing a client sends is forwarded as is. */
export const IDENTITY_HEADER = 'x-kaiku-identity';

/**
 * A subgraph as the gateway calls it: with the caller signed for that subgraph only, the
 * request id and language, and a timeout so a hung subgraph cannot hang the gateway.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly internalPrivateJwk: JWK,
    private readonly timeoutMs: number,
  ) {
    super({ url, fetcher: ((input: string, init: RequestInit) => this.fetchWithTimeout(input, init)) as never });
  }

  /**
   * Every subgraph call has a timeout. A query that fails to connect or times out is tried
   * once more; a mutation never is, since it may have taken effect.
   */
  private async fetchWithTimeout(input: string, init: RequestInit): Promise<Response> {
    const attempt = () => fetch(input, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    try {
      return await attempt();
    } catch (error) {
      if (isMutation(init.body)) throw error;
      return attempt();
    }
  }

  /**
   * A subgraph answers bad variables (e.g. an impossible date) with HTTP 400 and a GraphQL
   * error that names the problem: pass that error on, rather than a generic failure.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    if (response.status === 400) {
      const body = (await this.parseBody(response.clone()).catch(() => undefined)) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
      const first = body?.errors?.[0];
      if (first && first.extensions?.code === 'BAD_USER_INPUT') {
        return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT', field: first.extensions.field } });
      }
    }
    return super.errorFromResponse(response);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http!.headers;
    if (!context?.caller) return;
    headers.set('x-request-id', context.requestId);
    headers.set('accept-language', context.language);
    if (context.caller.subject !== null) {
      headers.set(IDENTITY_HEADER, await signInternalToken(this.internalPrivateJwk, context.caller, this.subgraph));
    }
  }
}

function isMutation(body: unknown): boolean {
  if (typeof body !== 'string') return true;
  try {
    return /^\s*mutation\b/.test(String((JSON.parse(body) as { query?: string }).query ?? ''));
  } catch {
    return true;
  }
}
