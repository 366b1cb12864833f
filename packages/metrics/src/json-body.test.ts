import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { jsonBody } from './json-body';

/** The short path parses like express.json(); everything else is express.json() itself. */
describe('jsonBody', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    app.post('/', jsonBody(64), (req, res) => {
      res.json({ body: req.body ?? null });
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string, type = 'application/json') => fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

  it('parses an object or an array', async () => {
    expect(await (await post('{"query":"{ a }"}')).json()).toEqual({ body: { query: '{ a }' } });
    expect(await (await post(' [1,2]', 'application/json; charset=utf-8')).json()).toEqual({ body: [1, 2] });
  });

  it('refuses broken JSON and a bare value with 400, a body past the limit with 413', async () => {
    expect((await post('{"query": ')).status).toBe(400);
    expect((await post('"just a string"')).status).toBe(400);
    expect((await post(JSON.stringify({ padding: 'x'.repeat(100) }))).status).toBe(413);
  });

  it('leaves other types and charsets to express.json()', async () => {
    expect(await (await post('{"a":1}', 'text/plain')).json()).toEqual({ body: null });
    expect(await (await post('{"a":1}', 'application/json; charset=UTF-8')).json()).toEqual({ body: { a: 1 } });
    expect((await post('{"a":1}', 'application/json; charset=latin1')).status).toBe(415);
  });
});
