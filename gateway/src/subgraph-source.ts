import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import { urlToHttpOptions } from 'node:url';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { GraphQLError } from 'graphql';
import { CLIENT_ADDRESS_HEADER } from '@kaiku/identity';
import type { SubgraphCallMetrics } from '@kaiku/metrics';
import type { GatewayContext } from './context';
import { missingFieldErrors, missingPaths } from './fetch-error-paths';
import { isClientError } from './format-error';

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
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly signers: SubgraphSigners,
    private readonly timeoutMs: number,
    private readonly calls?: SubgraphCallMetrics,
  ) {
    super({ url, fetcher: ((input: string, init: RequestInit) => this.fetchWithTimeout(input, init)) as never });
  }

  /**
   * Every subgraph call has a timeout. A query that fails to connect or times out is tried
   * once more; a mutation never is, since it may have taken effect.
   */
  private async fetchWithTimeout(input: string, init: RequestInit): Promise<SubgraphResponse> {
    const call = () => post(input, init, this.timeoutMs);
    const attempt = () => (this.calls ? this.calls.observe(this.subgraph, call, (error) => error instanceof SubgraphTimeoutError) : call());
    try {
      return await attempt();
    } catch (error) {
      if (isMutation(init.body)) throw error;
      return attempt();
    }
  }

  /**
   * A fetch that gets no answer at all (the subgraph is down, hangs past the timeout, or fails
   * with HTTP 5xx) answers instead with one error per field it would have filled, each with
   * its path, so the client learns what is missing and keeps the rest. Apollo Gateway puts no
   * path on a fetch that throws; errors in a response it maps onto the client's paths. The
   * client sees them masked (no URL, port or stack); the log gets the cause with each path.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      // Only a client's operation has fields to name (not a health check or schema load).
      if (!('incomingRequestContext' in options) || !options.request.query) throw error;
      if (error instanceof GraphQLError && isClientError({ message: error.message, extensions: error.extensions })) throw error;
      const paths = missingPaths(options.document ?? options.request.query, options.request.variables);
      if (paths.length === 0) throw error;
      return { errors: missingFieldErrors(error, paths, this.subgraph) };
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
      headers.set(IDENTITY_HEADER, await this.signers.identity(context.caller, this.subgraph));
    }
    // Only the holder's card lookup limits attempts per address: sign it for that query alone.
    if (context.clientAddress && /\bholderCard\b/.test(request.query ?? '')) {
      headers.set(CLIENT_ADDRESS_HEADER, await this.signers.address(context.clientAddress, this.subgraph));
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

function post(url: string, init: RequestInit, timeoutMs: number): Promise<SubgraphResponse> {
  return new Promise((resolve, reject) => {
    const secure = url.startsWith('https:');
    const body = typeof init.body === 'string' ? init.body : '';
    const headers = { ...(init.headers as Record<string, string>), 'content-length': String(Buffer.byteLength(body)) };
    const request = (secure ? httpsRequest : httpRequest)({ ...target(url), method: init.method ?? 'POST', headers, agent: secure ? agents.https : agents.http }, (response) => {
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

/** Just what RemoteGraphQLDataSource reads of a fetch Response. */
class SubgraphHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
  *entries(): IterableIterator<[string, string]> {
    for (const key of Object.keys(this.raw)) yield [key, this.get(key)!];
  }
  keys(): IterableIterator<string> {
    return Object.keys(this.raw)[Symbol.iterator]();
  }
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }
  forEach(callback: (value: string, key: string) => void): void {
    for (const [key, value] of this.entries()) callback(value, key);
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

export class SubgraphResponse {
  readonly ok: boolean;
  readonly redirected = false;
  readonly bodyUsed = false;
  readonly headers: SubgraphHeaders;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    rawHeaders: IncomingHttpHeaders,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new SubgraphHeaders(rawHeaders);
  }
  async text(): Promise<string> {
    return this.body;
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const buffer = Buffer.from(this.body, 'utf8');
    return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
  }
  clone(): SubgraphResponse {
    return this;
  }
}
