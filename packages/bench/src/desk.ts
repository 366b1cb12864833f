/// <reference lib="dom" />
/**
 * `npm run bench -- desk`: issuing a card at the desk, from the click on "Issue card" to the
 * printed layout ready (the card's print sheet in the page with its QR image decoded, so
 * window.print() would print it complete), in Debian's Chromium against the whole platform:
 * p50/p95 over BENCH_ISSUES issues (default 100) after 5 that warm up.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { launchChromium } from '../../../console/test/browser';
import { benchStack, HELSINKI_UNIT, percentile } from './stack';

const CONSOLE = join(__dirname, '..', '..', '..', 'console');
const ISSUES = Number(process.env.BENCH_ISSUES ?? 100);
const WARM_UP = 5;

export async function benchDesk(): Promise<void> {
  const build = spawnSync(process.execPath, [join(CONSOLE, 'scripts', 'build-if-stale.mjs')], { cwd: CONSOLE, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('console build failed');
  const { stack, stop } = await benchStack();
  const browser = await launchChromium();
  try {
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/sign-in?role=DISTRIBUTOR&partner=${HELSINKI_UNIT}&lang=en`);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${base}/desk`);
    const times: number[] = [];
    for (let i = 0; i < ISSUES + WARM_UP; i += 1) {
      await page.getByRole('textbox', { name: 'Birth year' }).fill(String(1950 + (i % 50)));
      await page.getByRole('textbox', { name: 'Postcode' }).fill('00530');
      await page.getByRole('textbox', { name: 'Number of children' }).fill(String(i % 4));
      await page.evaluate(() => {
        (window as unknown as { benchDone: Promise<number> }).benchDone = new Promise((resolve) => {
          let clicked = 0;
          document.addEventListener('click', () => { clicked = performance.now(); }, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const qr = document.querySelector<HTMLImageElement>('.print-sheet[data-ready="true"] img.card-qr');
            if (!clicked || !qr) return;
            observer.disconnect();
            void qr.decode().then(() => resolve(performance.now() - clicked));
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
      });
      await page.getByRole('button', { name: 'Issue card' }).click();
      const ms = await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
      if (i >= WARM_UP) times.push(ms);
      await page.getByRole('button', { name: 'Issue another card' }).click();
    }
    times.sort((a, b) => a - b);
    console.log(`desk issue, click to printed layout ready (${times.length} issues): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  } finally {
    await browser.close();
    await stop();
  }
}
