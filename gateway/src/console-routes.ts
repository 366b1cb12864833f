import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Express } from 'express';
import type { JWK } from 'jose';
import { isRole, signDevToken, type RoleGrant } from '@kaiku/identity';
import { consolePage } from './console-page';

export interface ConsoleOptions {
  /** The built console (default: console/dist of this checkout). */
  distDir?: string;
  production: boolean;
  /** The dev issuer's private key: only while the dev issuer is on; enables /sign-in?role=. */
  devIssuerPrivateJwk?: JWK;
  /** Production sign-in at the OIDC provider the gateway trusts (authorization code + PKCE). */
  oidc?: { authority: string; clientId: string; scope?: string };
}

const API_PREFIXES = ['/graphql', '/health', '/ready', '/export/', '/console/'];
const DEV_TOKEN_HOURS = 12;

/**
 * The console at `/`: hashed assets cached for a year, index.html never cached, client-side
 * routes answered with index.html, a strict Content Security Policy on every page. Also the
 * console's two endpoints: its config and, while the dev issuer is on, dev sign-in tokens.
 */
export function serveConsole(app: Express, options: ConsoleOptions): void {
  const distDir = options.distDir ?? resolve(__dirname, '..', '..', 'console', 'dist');
  const devSignIn = Boolean(options.devIssuerPrivateJwk) && !options.production;
  const csp = contentSecurityPolicy(options.oidc?.authority);

  app.get('/console/config', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.json({
      production: options.production,
      devSignIn,
      explorer: !options.production,
      oidc: options.oidc ? { authority: options.oidc.authority, clientId: options.oidc.clientId, scope: options.oidc.scope ?? 'openid' } : null,
    });
  });

  app.post('/console/dev-token', express.json({ limit: '4kb' }), async (req, res) => {
    if (!devSignIn) return res.status(404).json({ error: 'Dev sign-in is off' });
    const { role, partner, area } = (req.body ?? {}) as { role?: unknown; partner?: unknown; area?: unknown };
    if (!isRole(role)) return res.status(400).json({ error: 'Unknown role' });
    const grant: RoleGrant = { role };
    if (typeof partner === 'string' && partner) grant.partnerId = partner;
    if (typeof area === 'string' && area) grant.areas = [area];
    if ((role === 'PARTNER_STAFF' || role === 'DISTRIBUTOR') && !grant.partnerId) return res.status(400).json({ error: `${role} needs a partner` });
    if (role === 'AREA_COORDINATOR' && !grant.areas) return res.status(400).json({ error: 'AREA_COORDINATOR needs an area' });
    const token = await signDevToken(options.devIssuerPrivateJwk!, `dev-${role.toLowerCase()}`, [grant], DEV_TOKEN_HOURS * 3600);
    res.setHeader('cache-control', 'no-store');
    return res.json({ token });
  });

  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    // Not built (a bare `kaiku up` before the first build): the old signpost page.
    app.get('/', (_req, res) => void res.type('html').send(consolePage('/graphql')));
    return;
  }
  const index = currentFile(indexFile);
  app.use(
    express.static(distDir, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('content-security-policy', csp);
        res.setHeader('x-content-type-options', 'nosniff');
        const hashed = path.startsWith(join(distDir, 'assets'));
        res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((prefix) => req.path.startsWith(prefix)) || req.path.startsWith('/assets/')) return next();
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(index());
  });
}

/**
 * The file as it is now, read again only when it changed: a console built while the gateway
 * runs (or deployed beside it) is what the next page load gets, and its new service worker
 * with it, instead of the index.html of the gateway's start pointing at assets that are gone.
 */
function currentFile(path: string): () => Buffer {
  let seen = { mtimeMs: -1, size: -1, body: Buffer.alloc(0) };
  return () => {
    const { mtimeMs, size } = statSync(path);
    if (mtimeMs !== seen.mtimeMs || size !== seen.size) seen = { mtimeMs, size, body: readFileSync(path) };
    return seen.body;
  };
}

/** No inline script, nothing fetched from elsewhere (the OIDC provider only when configured). */
function contentSecurityPolicy(oidcAuthority?: string): string {
  const provider = oidcAuthority ? ` ${new URL(oidcAuthority).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The design system (styled-components) and GraphiQL set styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${provider}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${provider}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
