import { Client, fetchExchange, CombinedError, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { currentToken, signOut } from '../auth/session';

/**
 * The console's one GraphQL client: urql's core, no cache (a door check must always ask the
 * graph), the signed-in person's token on every request, the language for error messages.
 */
const client = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  requestPolicy: 'network-only',
  preferGetMethod: false,
  fetchOptions: () => {
    const token = currentToken();
    const headers: Record<string, string> = { 'accept-language': document.documentElement.lang || 'fi' };
    if (token) headers.authorization = `Bearer ${token}`;
    return { headers };
  },
});

/** The graph could not be reached (offline, gateway down): the view shows its offline state. */
export class OfflineError extends Error {}

/** The graph answered with an error; `code` is its stable extensions.code. */
export class GraphError extends Error {
  constructor(message: string, readonly code: string, readonly field?: string) {
    super(message);
  }
}

function unwrap<Data>(result: { data?: Data; error?: CombinedError }): Data {
  if (result.error?.networkError || (result.error && !result.error.graphQLErrors.length)) throw new OfflineError(result.error.message);
  if (result.error) {
    const first = result.error.graphQLErrors[0];
    const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    // An expired or revoked session goes back to sign-in; the offline queue is kept.
    if (code === 'UNAUTHENTICATED') signOut('expired');
    throw new GraphError(first.message, code, first.extensions?.field as string | undefined);
  }
  return result.data as Data;
}

export async function query<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  return unwrap(await client.query(document, variables).toPromise());
}

export async function mutate<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  return unwrap(await client.mutation(document, variables).toPromise());
}
