/// <reference lib="dom" />
/**
 * `npm run bench -- console`: the console's figures. The build time (a forced `vite build`),
 * the JavaScript the door loads first (gzip, from dist/index.html's script and preloads), and
 * a door check from Enter to the answer in the page, in Debian's Chromium against the whole
 * platform (p50/p95 over BENCH_CHECKS checks, alternating a valid and an expired card so each
 * answer differs from the one before).
 */
// Many checks by one person in a minute: lift the door's per-person limit for the bench only.
process.env.KAIKU_VERIFY_PER_MINUTE ??= '1000000';

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { IssueCardDocument } from '@kaiku/client';
import { launchChromium } from '../../../console/test/browser';
import { benchStack, HELSINKI_UNIT, percentile, THEATRE } from './stack';

const CONSOLE = join(__dirname, '..', '..', '..', 'console');
const CHECKS = Number(process.env.BENCH_CHECKS ?? 200);

export async function benchConsole(): Promise<void> {
  const started = Date.now();
  const build = spawnSync(process.execPath, [join(CONSOLE, 'scripts', 'build-if-stale.mjs'), '--force'], { cwd: CONSOLE, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('console build failed');
  console.log(`console build (forced, incl. node start-up): ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const index = readFileSync(join(CONSOLE, 'dist', 'index.html'), 'utf8');
  const first = [...index.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((match) => match[1]);
  const gzip = first.reduce((sum, file) => sum + gzipSync(readFileSync(join(CONSOLE, 'dist', file))).length, 0);
  console.log(`door's first JavaScript: ${first.length} file(s), ${(gzip / 1024).toFixed(1)} KB gzip`);

  const { stack, stop } = await benchStack();
  const browser = await launchChromium();
  try {
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'bench-distributor');
    const issue = async () => {
      const response = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children: 2 } }, { token: distributor });
      return response.data!.issueCard;
    };
    const valid = await issue();
    const expired = await issue();
    await stack.subgraphs.cards.dataSource.query("UPDATE cards.cards SET valid_from = '2020-01-01', valid_until = '2021-01-01' WHERE id = $1", [expired.id]);
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/sign-in?role=PARTNER_STAFF&partner=${THEATRE}&lang=en`);
    await page.waitForURL(/\/door/);
    const field = page.getByRole('textbox', { name: 'Card number' });
    const times: number[] = [];
    for (let i = 0; i < CHECKS + 10; i += 1) {
      const [number, expected] = i % 2 === 0 ? [valid.number, 'Valid'] : [expired.number, 'Expired'];
      await field.fill(number);
      await page.evaluate((title) => {
        (window as unknown as { benchDone: Promise<number> }).benchDone = new Promise((resolve) => {
          let pressed = 0;
          document.addEventListener('keydown', (event) => { if (event.key === 'Enter') pressed = performance.now(); }, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (pressed && document.querySelector('.answer-title')?.textContent === title) {
              observer.disconnect();
              resolve(performance.now() - pressed);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      }, expected);
      await field.press('Enter');
      const ms = await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
      if (i >= 10) times.push(ms); // the first ten warm up
    }
    times.sort((a, b) => a - b);
    console.log(`door check, Enter to answer in the page (${times.length} checks): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  } finally {
    await browser.close();
    await stop();
  }
}
