import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { eventually, startStack, type TestStack } from '@kaiku/testing';
import { launchChromium } from './browser';

/**
 * A new build reaches people who have the old one cached: the service worker of a new build
 * replaces the old one, drops the old build's cache, and the new build is what loads offline.
 * The gateway serves a copy of the built console; the test then puts a "new build" (the same
 * files with another version and a marked index.html) in its place, as a deployment would.
 */
jest.setTimeout(120_000);

const BUILT = join(__dirname, '..', 'dist');

describe('the console after an upgrade', () => {
  let stack: TestStack;
  let browser: Browser;
  let served: string;
  let base: string;

  beforeAll(async () => {
    served = mkdtempSync(join(tmpdir(), 'kaiku-console-'));
    cpSync(BUILT, served, { recursive: true });
    stack = await startStack({ only: ['areas'], gateway: { console: { distDir: served } } });
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    rmSync(served, { recursive: true, force: true });
  });

  const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
  const buildMark = (page: Page) => page.evaluate(() => document.querySelector('meta[name="kaiku-build"]')?.getAttribute('content') ?? 'original');

  it('replaces the old build: the new one shows online at once, its cache alone is kept, and it loads offline', async () => {
    const oldVersion = /const VERSION = '([^']+)'/.exec(readFileSync(join(BUILT, 'sw.js'), 'utf8'))![1];
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/?lang=en`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await cacheNames(page)).toEqual([`kaiku-console-${oldVersion}`]);

    // Deploy a new build over the old one.
    const newVersion = `${oldVersion}-next`;
    const sw = readFileSync(join(BUILT, 'sw.js'), 'utf8').replace(`const VERSION = '${oldVersion}'`, `const VERSION = '${newVersion}'`);
    writeFileSync(join(served, 'sw.js'), sw);
    const index = readFileSync(join(BUILT, 'index.html'), 'utf8').replace('<head>', '<head><meta name="kaiku-build" content="next">');
    writeFileSync(join(served, 'index.html'), index);

    // Pages come from the network first: the new build shows on the next load.
    await page.reload();
    expect(await buildMark(page)).toBe('next');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The browser finds the new worker on that navigation; it takes over and drops the old cache.
    await eventually(async () => expect(await cacheNames(page)).toEqual([`kaiku-console-${newVersion}`]));

    await context.setOffline(true);
    await page.reload();
    expect(await buildMark(page)).toBe('next');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await context.close();
  });
});
