import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import { graphqlFirst } from './http-layer';
import { jsonBody } from './json-body';

/**
 * The straight path for POST /graphql answers every request exactly as the Express app it
 * stands in front of: the same status, type and body, for good and bad requests alike.
 */
describe('graphqlFirst', () => {
  const servers: Server[] = [];
  let plain: string;
  let straight: string;
  const seen: string[] = [];

  beforeAll(async () => {
    const app = express();
    app.disable('x-powered-by');
    // As in production: error pages without a stack (which would differ between the paths).
    app.set('env', 'production');
    const counting: RequestHandler = (req, _res, next) => {
      seen.push(req.originalUrl);
      next();
    };
    // Node's API only, as graphqlFirst requires of its handlers.
    const refuseTeapots: RequestHandler = (req, res, next) => {
      if (!(req.body as { teapot?: boolean }).teapot) return next();
      res.statusCode = 418;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ error: 'a teapot' }));
    };
    const answer: RequestHandler = async (req, res) => {
      if ((req.body as { fail?: boolean }).fail) throw Object.assign(new Error('failed on purpose'), { status: 503 });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ body: req.body, url: req.originalUrl }));
    };
    // Mounts the handlers on the app too: `plain` below serves them through Express.
    const listener = graphqlFirst(app, { everyRequest: counting, graphql: [jsonBody(64), refuseTeapots, answer] });
    app.get('/health', (_req, res) => {
      res.json({ status: 'ok' });
    });
    const listen = async (listener: RequestListener) => {
      const server = createServer(listener);
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    };
    plain = await listen(app);
    straight = await listen(listener);
  });
  afterAll(() => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))));

  async function both(path: string, init: RequestInit): Promise<Array<{ status: number; type: string | null; text: string }>> {
    return Promise.all(
      [plain, straight].map(async (base) => {
        const response = await fetch(base + path, init);
        return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
      }),
    );
  }
  const post = (body: string, type = 'application/json') => ({ method: 'POST', headers: { 'content-type': type }, body });

  it.each([
    ['a good request', '/graphql', post('{"query":"{ a }"}'), 200],
    ['a handler that answers itself', '/graphql', post('{"teapot":true}'), 418],
    ['a handler that rejects', '/graphql', post('{"fail":true}'), 503],
    ['broken JSON', '/graphql', post('{"query": '), 400],
    ['a body past the limit', '/graphql', post(JSON.stringify({ padding: 'x'.repeat(100) })), 413],
    ['an unknown charset', '/graphql', post('{"a":1}', 'application/json; charset=latin1'), 415],
    ['a query string (through the app)', '/graphql?x=1', post('{"a":1}'), 200],
    ['another route', '/health', { method: 'GET' }, 200],
    ['no route', '/nowhere', post('{}'), 404],
  ])('answers %s as Express does', async (_name, path, init, status) => {
    const [fromExpress, fromStraightPath] = await both(path, init as RequestInit);
    expect(fromExpress.status).toBe(status);
    expect(fromStraightPath).toEqual(fromExpress);
  });

  it('runs every handler the app runs, the first one included', async () => {
    seen.length = 0;
    await both('/graphql', post('{"query":"{ a }"}'));
    expect(seen).toEqual(['/graphql', '/graphql']);
  });
});
