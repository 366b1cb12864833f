import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** Accept headers that lead Apollo Server to the same answer as none at all (see below). */
const PLAIN_ACCEPT = new Set(['*/*', 'application/json']);

/**
 * Apollo Server behind Express, as @as-integrations/express5 does it but writing the answer
 * with `res.end`: Express's `res.send` also hashes every body for an ETag, which no POST
 * answer is ever revalidated with, and parses the URL again for the query string.
 * jsonBody() must run first (the body is read, limited and parsed there).
 *
 * An Accept header of just `*\/*` or `application/json` (what fetch and curl send) is left out:
 * Apollo Server then answers exactly as it would with it (application/json, no HTML page, no
 * incremental delivery), without running a content negotiation on every request.
 */
export function graphqlHttp<Context extends BaseContext>(
  server: ApolloServer<Context>,
  context: (http: { req: Request; res: Response }) => Promise<Context>,
): RequestHandler {
  server.assertStarted('graphqlHttp()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value === undefined || (key === 'accept' && PLAIN_ACCEPT.has(value as string))) continue;
      headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url;
    const query = url.indexOf('?');
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** Where an error of the straight path waits for Express's own final handler (below). */
const FAILURE = Symbol('kaiku.graphqlFirst.failure');

/** The handlers graphqlFirst mounts: `everyRequest` on the whole app, `graphql` at /graphql. */
export interface GraphqlHandlers {
  everyRequest: RequestHandler;
  graphql: RequestHandler[];
}

/**
 * Mounts `everyRequest` on `app` and `graphql` at /graphql, and returns the request listener of
 * `app` with one straight path for `POST /graphql`, nearly every request a service gets: those
 * same handlers run one after the other, as Express would run them, without the router matching
 * each layer's path and rewriting req.url around every mounted one, and on Node's own request
 * and response: Express swaps their prototypes for its own and adds its properties, which V8
 * makes slow (together about a thirtieth of the gateway's and a subgraph's CPU per use). So
 * these handlers use Node's API only (plus `req.body`, set by jsonBody, and `req.originalUrl`);
 * Express's helpers (res.status, res.json, ...) are not there. Call it before any other route:
 * the app runs the handlers first for every other form of the request (a query string,
 * another method), as the straight path does. An error goes to an Express app's final handler,
 * which answers it as `app` would (neither has error middleware).
 */
export function graphqlFirst(app: Express, { everyRequest, graphql }: GraphqlHandlers): RequestListener {
  app.use(everyRequest);
  app.use('/graphql', ...graphql);
  const handlers = [everyRequest, ...graphql];
  const failure = express();
  failure.disable('x-powered-by');
  // Its final handler shows a stack outside production, as the app's does.
  failure.set('env', app.get('env'));
  failure.use((req, _res, next) => next((req as unknown as Record<symbol, unknown>)[FAILURE]));
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (incoming.method !== 'POST' || incoming.url !== '/graphql') {
      app(incoming as Request, outgoing as Response);
      return;
    }
    const req = incoming as Request;
    const res = outgoing as Response;
    req.originalUrl = '/graphql';
    let index = 0;
    const next = (error?: unknown): void => {
      const handler = handlers[index++];
      if ((error !== undefined && error !== 'route' && error !== 'router') || handler === undefined) {
        (req as unknown as Record<symbol, unknown>)[FAILURE] = error;
        failure(req, res);
        return;
      }
      try {
        const ran = handler(req, res, next) as unknown;
        if (ran instanceof Promise) ran.catch(next);
      } catch (thrown) {
        next(thrown);
      }
    };
    next();
  };
}

/**
 * How long a service keeps an idle keep-alive connection: longer than the gateway keeps one to
 * a subgraph (30 s, gateway/src/subgraph-source.ts) and than the usual load balancer's idle
 * timeout (60 s), so the caller always closes first and never sends a request on a socket this
 * server is closing (Node's default is 5 s).
 */
export const SERVICE_KEEP_ALIVE_MS = 65_000;

/** Listens on `port` (0: a free one) with SERVICE_KEEP_ALIVE_MS; resolves once listening. */
export function listenKeptAlive(app: RequestListener, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const http = createServer(app);
    http.keepAliveTimeout = SERVICE_KEEP_ALIVE_MS;
    http.headersTimeout = SERVICE_KEEP_ALIVE_MS + 1_000;
    http.once('listening', () => resolve(http));
    http.once('error', reject);
    http.listen(port, host);
  });
}

/**
 * Stops taking connections and closes each kept-alive one as soon as its request is answered:
 * with a long keep-alive (the services keep idle connections 65 s, so that the caller always
 * closes first) an answered connection would otherwise hold close() open until the client
 * drops it.
 */
export async function closeServer(http: Server): Promise<void> {
  const sweep = setInterval(() => http.closeIdleConnections(), 50);
  http.closeIdleConnections();
  await new Promise<void>((resolve) => http.close(() => resolve()));
  clearInterval(sweep);
}
