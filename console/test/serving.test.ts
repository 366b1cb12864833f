import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startStack, type TestStack } from '@kaiku/testing';

/** How the gateway serves the console: caching, the CSP, client-side routes, dev sign-in. */
describe('the gateway serving the console', () => {
  let stack: TestStack;
  let production: TestStack;
  const url = (s: TestStack, path: string) => s.gatewayUrl.replace(/\/graphql$/, path);

  beforeAll(async () => {
    [stack, production] = await Promise.all([startStack({ only: ['areas'] }), startStack({ only: ['areas'], gateway: { production: true } })]);
  });
  afterAll(async () => {
    await Promise.all([stack?.stop(), production?.stop()]);
  });

  it('sends index.html uncached with a strict CSP on every client-side route, and hashed assets cached for a year', async () => {
    for (const path of ['/', '/door', '/sign-in?role=ANALYST', '/explorer']) {
      const response = await fetch(url(stack, path));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      const html = await response.text();
      expect(html).toContain('<div id="root">');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    }
    const asset = readdirSync(join(__dirname, '..', 'dist', 'assets')).find((name) => name.endsWith('.js'))!;
    const response = await fetch(url(stack, `/assets/${asset}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(url(stack, '/sw.js'))).headers.get('cache-control')).toBe('no-cache');
  });

  it('leaves the API alone: unknown API paths are not answered with the console', async () => {
    expect((await fetch(url(stack, '/health'))).headers.get('content-type')).toMatch(/json/);
    expect((await fetch(url(stack, '/console/nothing'))).status).toBe(404);
  });

  it('mints dev tokens the graph accepts while the dev issuer is on, and refuses bad requests', async () => {
    const config = await (await fetch(url(stack, '/console/config'))).json();
    expect(config).toMatchObject({ production: false, devSignIn: true, explorer: true, oidc: null });
    const minted = await fetch(url(stack, '/console/dev-token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'ANALYST' }) });
    const { token } = await minted.json();
    const answer = await stack.request('{ areas { code } }', {}, { token });
    expect(answer.errors).toBeUndefined();
    for (const body of [{ role: 'KING' }, { role: 'PARTNER_STAFF' }, { role: 'AREA_COORDINATOR' }]) {
      const refused = await fetch(url(stack, '/console/dev-token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(refused.status).toBe(400);
    }
  });

  it('has no dev sign-in and no explorer in production mode', async () => {
    const config = await (await fetch(url(production, '/console/config'))).json();
    expect(config).toMatchObject({ production: true, devSignIn: false, explorer: false });
    const refused = await fetch(url(production, '/console/dev-token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'NATIONAL_ADMIN' }) });
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain('eyJ');
  });
});
