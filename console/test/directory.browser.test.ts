import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { finnishDay, startStack, type TestStack } from '@kaiku/testing';
import { partnerId } from '../../tests/e2e/cards-support';
import { launchChromium, localContext, seriousViolations } from './browser';

/** The public directory in a real browser against the whole platform, with no sign-in. */
jest.setTimeout(120_000);

const KALEVA = partnerId('kalevan-uimahalli');

describe('the public directory in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;

  // Starting the whole platform can take minutes on a loaded machine.
  beforeAll(async () => {
    if (!existsSync(join(__dirname, '..', 'dist', 'index.html'))) throw new Error('The console is not built: run npm test (it builds it) or node console/scripts/build-if-stale.mjs');
    stack = await startStack({ seed: true });
    browser = await launchChromium();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    // An offer with 8 places a day for card holders at the swimming hall, as its coordinator would add it.
    const coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['tampereen-seutu'] }, 'tampere-coordinator');
    const created = await stack.request(
      `mutation($input: OfferInput!) { createOffer(input: $input) { id } }`,
      {
        input: {
          partnerId: KALEVA,
          title: { fi: 'Aamu-uinti', sv: 'Morgonsim', en: 'Morning swim' },
          kind: 'TICKET',
          category: 'sport.swimming-hall',
          validFrom: finnishDay(-1),
          validUntil: finnishDay(60),
          cap: { kind: 'PER_EVENT', amount: 8 },
        },
      },
      { token: coordinator },
    );
    expect(created.errors).toBeUndefined();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function anonymousPage(): Promise<{ page: Page; foreign: string[] }> {
    const { context, foreign } = await localContext(browser);
    return { page: await context.newPage(), foreign };
  }

  it('finds a swimming hall in Tampere in Swedish, keeps the search in the URL, and opens its page with free places today', async () => {
    const { page, foreign } = await anonymousPage();
    await page.goto(`${base}/directory?lang=sv`);
    await page.getByRole('heading', { name: 'Var kortet gäller', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByRole('option', { name: 'Tammerfors', exact: true }).waitFor({ state: 'attached' });
    await page.getByRole('combobox', { name: 'Kommun eller område' }).selectOption({ label: 'Tammerfors' });
    await page.getByRole('combobox', { name: 'Vad' }).selectOption({ label: 'Simhall' });
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL(/where=municipality%3A837/);
    expect(new URL(page.url()).searchParams.get('category')).toBe('sport.swimming-hall');
    await page.getByRole('heading', { name: '1 plats hittades' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The URL is the search: opened anew, it shows the same result.
    const shared = await anonymousPage();
    await shared.page.goto(page.url());
    await shared.page.getByRole('link', { name: 'Kaleva simhall' }).waitFor();
    expect(await shared.page.getByRole('combobox', { name: 'Kommun eller område' }).inputValue()).toBe('municipality:837');
    await shared.page.context().close();

    await page.getByRole('link', { name: 'Kaleva simhall' }).click();
    await page.getByRole('heading', { name: 'Kaleva simhall', level: 1 }).waitFor();
    const morning = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Morgonsim' }) });
    await morning.getByText('I dag: 8 lediga platser').waitFor();
    const swim = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Simtur' }) });
    await swim.getByText('I dag: ingen gräns för korthavare').waitFor();
    await page.getByText('Sammonkatu 60, 33540 Tammerfors').waitFor();
    await page.getByRole('heading', { name: 'Tillgänglighet' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Tillbaka till sökningen' }).click();
    await page.getByRole('link', { name: 'Kaleva simhall' }).waitFor();
    expect(page.url()).toContain('where=municipality%3A837');
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('searches with the keyboard only: choices by typing, Enter to search, Enter on a result', async () => {
    const { page } = await anonymousPage();
    await page.goto(`${base}/directory?lang=en`);
    await page.getByRole('option', { name: 'Tampere Region' }).waitFor({ state: 'attached' });
    const where = page.getByRole('combobox', { name: 'Municipality or area' });
    for (let presses = 0; presses < 30 && !(await where.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    expect(await where.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Tampere Region');
    expect(await where.inputValue()).toBe('area:tampereen-seutu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Swimming hall');
    expect(await page.getByRole('combobox', { name: 'What' }).inputValue()).toBe('sport.swimming-hall');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('uimahalli');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '2 places found' }).waitFor();
    const results = page.getByRole('region', { name: '2 places found' }).getByRole('link');
    expect(await results.allTextContents()).toEqual(['Kaleva Swimming Hall', 'Nokia Swimming Hall']);
    await page.getByRole('link', { name: 'Kaleva Swimming Hall' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Kaleva Swimming Hall', level: 1 }).waitFor();
    await page.context().close();
  });

  it('says so when nothing matches and offers wider searches, each a link that widens it', async () => {
    const { page } = await anonymousPage();
    await page.goto(`${base}/directory?where=municipality%3A837&category=education.art-school&lang=en`);
    await page.getByRole('heading', { name: '0 places found' }).waitFor();
    await page.getByText('No places match your search').waitFor();
    await page.getByText('Try a wider search:').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'every municipality and area' }).click();
    await page.getByRole('heading', { name: /^[1-9]\d* places? found$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('where')).toBeNull();
    expect(new URL(page.url()).searchParams.get('category')).toBe('education.art-school');
    await page.context().close();
  });

  it('says a partner page that does not exist is not in the directory', async () => {
    const { page } = await anonymousPage();
    await page.goto(`${base}/directory/00000000-0000-4000-8000-000000000000?lang=en`);
    await page.getByRole('heading', { name: 'This place is not in the directory', level: 1 }).waitFor();
    await page.context().close();
  });
});
