import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { eventually, finnishDay, startStack, type TestStack } from '@kaiku/testing';
import { IssueCardDocument, RenewCardWithWellbeingDocument } from '../../packages/client/src';
import { HELSINKI_UNIT, venuesReady } from '../../tests/e2e/cards-support';
import { launchChromium, localContext, seriousViolations } from './browser';

/**
 * The wellbeing measure in a real browser: the desk asks the voluntary question at issue and
 * at renewal, and the area's figures show the distribution and the change only once a cell
 * passes the suppression threshold (5 in tests). Four holders answer through the API, the
 * fifth at the desk: the cell turns from suppressed to a number.
 */
jest.setTimeout(240_000);

describe('the wellbeing measure in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  let distributor: string;
  const today = finnishDay();

  beforeAll(async () => {
    if (!existsSync(join(__dirname, '..', 'dist', 'index.html'))) throw new Error('The console is not built: run npm test (it builds it) or node console/scripts/build-if-stale.mjs');
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    browser = await launchChromium();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function signedIn(query: string, path: string): Promise<Page> {
    const { context } = await localContext(browser, { viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${base}/sign-in?${query}&lang=en`);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 120_000 });
    await page.goto(`${base}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  /** The count a wellbeing table shows in a row, once the figures are drawn. */
  async function shown(page: Page, table: string, row: string): Promise<string | null> {
    await page.locator('[data-figures="drawn"]').waitFor();
    const region: Locator = page.getByRole('region', { name: table, exact: true });
    const line = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row, exact: true }) });
    if ((await line.count()) === 0) return null;
    return (await line.getByRole('cell').first().textContent())?.trim() ?? null;
  }

  it('asks at issue and at renewal at the desk; the area shows the change only once its cell passes the threshold', async () => {
    // Four holders answered at issue (3) and at their first renewal (8): four improved.
    for (let holder = 0; holder < 4; holder += 1) {
      const issued = await stack.request(
        IssueCardDocument,
        { input: { distributorId: HELSINKI_UNIT, birthYear: 1975, postcode: '00530', children: 0, wellbeing: { consent: true, score: 3 } } },
        { token: distributor },
      );
      expect(issued.errors).toBeUndefined();
      const renewed = await stack.request(RenewCardWithWellbeingDocument, { number: issued.data!.issueCard.number, wellbeing: { consent: true, score: 8 } }, { token: distributor });
      expect(renewed.errors).toBeUndefined();
    }

    // The fifth holder answers at the desk: at issue 2, then at renewal 9.
    const desk = await signedIn(`role=DISTRIBUTOR&partner=${HELSINKI_UNIT}`, '/desk');
    await desk.getByRole('textbox', { name: 'Birth year' }).fill('1975');
    await desk.getByRole('textbox', { name: 'Postcode' }).fill('00530');
    await desk.getByRole('textbox', { name: 'Number of children' }).fill('0');
    await desk.getByRole('radio', { name: 'Yes, the holder agrees' }).check();
    await desk.getByRole('radio', { name: '2', exact: true }).check();
    expect(await seriousViolations(desk)).toEqual([]);
    await desk.getByRole('button', { name: 'Issue card' }).click();
    await desk.getByText('The card is issued. Print it now.').waitFor();

    // Five answers at issue pass the threshold; four changes do not, and are written as suppressed.
    const area = await signedIn('role=AREA_COORDINATOR&area=helsinki', `/area/helsinki?tab=figures&from=${today}&to=${today}`);
    await eventually(async () => {
      await area.reload();
      expect(await shown(area, 'Answers when the card was issued', '0–4')).toBe('5');
    }, 60_000);
    expect(await shown(area, 'Change from issue to the first renewal', 'Improved')).toBe('suppressed');
    expect(await seriousViolations(area)).toEqual([]);

    // The renewal at the desk is the fifth change: the cell turns into its number.
    await desk.getByRole('button', { name: 'Renew' }).click();
    await desk.getByRole('radio', { name: 'Yes, the holder agrees' }).check();
    await desk.getByRole('radio', { name: '9', exact: true }).check();
    await desk.getByRole('button', { name: 'Confirm renewal' }).click();
    await desk.getByText('The card is renewed').waitFor();
    await eventually(async () => {
      await area.reload();
      expect(await shown(area, 'Change from issue to the first renewal', 'Improved')).toBe('5');
    }, 60_000);
    await desk.context().close();
    await area.context().close();
  });

});
