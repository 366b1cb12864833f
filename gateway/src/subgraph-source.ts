import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { urlToHttpOptions } from 'node:url';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { GraphQLError } from 'graphql';
import { CLIENT_ADDRESS_HEADER } from '@kaiku/identity';
import type { SubgraphCallMetrics } from '@kaiku/metrics';
import type { GatewayContext } from './context';
import { missingFieldErrors, missingPaths } from './fetch-error-paths';
import { isClientError } from './format-error';

/** What a subgraph call answers the gateway (its data, errors and extensions). */
type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** Headers the gateway sets towards subgraphs; nothing a client sends is forwarded as is. */
export const IDENTITY_HEADER = 'x-kaiku-identity';

/**
 * What the gateway signs for a subgraph (@kaiku/identity's internalTokenSigner and
 * clientAddressSigner, shared by every subgraph's source so each token is signed once and reused).
 */
export interface SubgraphSigners {
  identity(caller: GatewayContext['caller'], subgraph: string): Promise<string>;
  address(address: string, subgraph: string): Promise<string>;
}

/**
 * A subgraph as the gateway calls it: with the caller signed for that subgraph only, the
 * request id and language, and a timeout so a hung subgraph cannot hang the gateway.
 *
 * A GraphQLDataSource of its own rather than RemoteGraphQLDataSource: that one builds a
 * node-fetch Request and Headers per call only to hand them to the fetcher (about a twentieth
 * of the gateway's CPU per use); this does what it did for us, with plain objects:
 * POST the JSON, refuse a non-2xx answer, parse a JSON one, honour the subgraph's
 * cache-control in the overall cache policy.
 */
export class SubgraphSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    private readonly url: string,
    private readonly signers: SubgraphSigners,
    private readonly timeoutMs: number,
    private readonly calls?: SubgraphCallMetrics,
  ) {}

  /**
   * A fetch that gets no answer at all (the subgraph is down, hangs past the timeout, or fails
   * with HTTP 5xx) answers instead with one error per field it would have filled, each with
   * its path, so the client learns what is missing and keeps the rest. Apollo Gateway puts no
   * path on a fetch that throws; errors in a response it maps onto the client's paths. The
   * client sees them masked (no URL, port or stack); the log gets the cause with each path.
   */
  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await this.send(options);
    } catch (error) {
      // Only a client's operation has fields to name (not a health check or schema load).
      if (!('incomingRequestContext' in options) || !options.request.query) throw error;
      if (error instanceof GraphQLError && isClientError({ message: error.message, extensions: error.extensions })) throw error;
      const paths = missingPaths(options.document ?? options.request.query, options.request.variables);
      if (paths.length === 0) throw error;
      return { errors: missingFieldErrors(error, paths, this.subgraph) };
    }
  }

  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const headers = await this.headers(options);
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    const response = await this.post(body, isMutation(request.query), headers);
    if (!response.ok) throw errorFromResponse(response);
    const parsed = response.parsed();
    if (parsed === null || typeof parsed !== 'object') throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy;
      if (policy && 'restrict' in policy) policy.restrict(cacheHint(response.headers['cache-control']));
    }
    return parsed as GatewayGraphQLResponse;
  }

  private async headers({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Record<string, string>> {
    const headers: Record<string, string> = {};
    // What Apollo Gateway itself puts on the call (a trace request when it captures traces).
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name] = value;
    headers['content-type'] = 'application/json';
    if (!context?.caller) return headers;
    headers['x-request-id'] = context.requestId;
    headers['accept-language'] = context.language;
    if (context.caller.subject !== null) headers[IDENTITY_HEADER] = await this.signers.identity(context.caller, this.subgraph);
    // Only the holder's card lookup limits attempts per address: sign it for that query alone.
    if (context.clientAddress && /\bholderCard\b/.test(request.query ?? '')) {
      headers[CLIENT_ADDRESS_HEADER] = await this.signers.address(context.clientAddress, this.subgraph);
    }
    return headers;
  }

  /**
   * Every subgraph call has a timeout. A query that fails to connect or times out is tried
   * once more; a mutation never is, since it may have taken effect.
   */
  private async post(body: string, mutation: boolean, headers: Record<string, string>): Promise<SubgraphResponse> {
    const call = () => post(this.url, body, headers, this.timeoutMs);
    const attempt = () => (this.calls ? this.calls.observe(this.subgraph, call, (error) => error instanceof SubgraphTimeoutError) : call());
    try {
      return await attempt();
    } catch (error) {
      if (mutation) throw error;
      return attempt();
    }
  }
}

/**
 * A non-2xx answer as the error the gateway reports (what RemoteGraphQLDataSource made of it),
 * except that a subgraph's HTTP 400 for bad variables (e.g. an impossible date) passes its
 * BAD_USER_INPUT error on, rather than a generic failure.
 */
function errorFromResponse(response: SubgraphResponse): GraphQLError {
  let body: unknown;
  try {
    body = response.parsed();
  } catch {
    body = response.body;
  }
  if (response.status === 400) {
    const first = (body as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined)?.errors?.[0];
    if (first && first.extensions?.code === 'BAD_USER_INPUT') {
      return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT', field: first.extensions.field } });
    }
  }
  const extensions: Record<string, unknown> = { response: { url: response.url, status: response.status, statusText: response.statusText, body } };
  if (response.status === 401) extensions.code = 'UNAUTHENTICATED';
  else if (response.status === 403) extensions.code = 'FORBIDDEN';
  return new GraphQLError(`${response.status}: ${response.statusText}`, { extensions });
}

/** A subgraph's Cache-Control as a cache hint (max-age, private, public; no header: not cacheable). */
function cacheHint(header: string | string[] | undefined): { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } {
  const hint: { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } = { maxAge: 0 };
  if (typeof header !== 'string') return hint;
  for (const part of header.trim().split(/\s*,\s*/)) {
    const [key, value] = part.split(/\s*=\s*/, 2);
    const unquoted = value?.replace(/^"|"$/g, '');
    if (key === 'max-age' && unquoted !== undefined && /^[0-9]+$/.test(unquoted)) hint.maxAge = Number(unquoted);
    if (key === 'private' && value === undefined) hint.scope = 'PRIVATE';
    if (key === 'public' && value === undefined) hint.scope = 'PUBLIC';
  }
  return hint;
}

/** The planner writes each fetch as one operation, its keyword first. */
function isMutation(query: string): boolean {
  return /^\s*mutation\b/.test(query);
}

/**
 * Subgraph calls over node:http with keep-alive agents: WHATWG fetch (undici) with an
 * AbortSignal per call cost the gateway about a tenth of its CPU per request, mostly in
 * stream and signal bookkeeping that a request-and-JSON-answer exchange does not need.
 */
const AGENT_OPTIONS = {
  keepAlive: true,
  maxSockets: 256,
  maxFreeSockets: 64,
  scheduling: 'lifo' as const,
  // The gateway closes an idle connection itself, long before a subgraph would (65 s, see
  // SERVICE_KEEP_ALIVE_MS in @kaiku/metrics' http-layer.ts): when the server closes first, a
  // request sent on that socket at the same moment fails with "socket hang up", and a
  // mutation cannot be retried. Seen at 3 in 10,000 uses under load (the replicas fault test).
  timeout: 30_000,
};
const agents = { http: new HttpAgent(AGENT_OPTIONS), https: new HttpsAgent(AGENT_OPTIONS) };

export class SubgraphTimeoutError extends Error {}

/**
 * A subgraph URL as node:http's request options, parsed once per URL (a handful): given the
 * URL as text, node:http parsed it again (new URL and its conversion) on every call.
 */
const targets = new Map<string, RequestOptions>();
function target(url: string): RequestOptions {
  let options = targets.get(url);
  if (!options) targets.set(url, (options = urlToHttpOptions(new URL(url))));
  return options;
}

function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<SubgraphResponse> {
  return new Promise((resolve, reject) => {
    const secure = url.startsWith('https:');
    headers['content-length'] = String(Buffer.byteLength(body));
    const request = (secure ? httpsRequest : httpRequest)({ ...target(url), method: 'POST', headers, agent: secure ? agents.https : agents.http }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        clearTimeout(timer);
        resolve(new SubgraphResponse(url, response.statusCode ?? 0, response.statusMessage ?? '', response.headers, Buffer.concat(chunks).toString('utf8')));
      });
    });
    const timer = setTimeout(() => request.destroy(new SubgraphTimeoutError(`The subgraph did not answer within ${timeoutMs} ms`)), timeoutMs);
    function fail(error: Error) {
      clearTimeout(timer);
      reject(error);
    }
    request.on('error', fail);
    request.end(body);
  });
}

/** A subgraph's answer, read whole. */
class SubgraphResponse {
  readonly ok: boolean;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: IncomingHttpHeaders,
    readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
  }
  /** The body as JSON when the subgraph says it is JSON, else as text. */
  parsed(): unknown {
    const type = this.headers['content-type'];
    return type && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) ? JSON.parse(this.body) : this.body;
  }
}
