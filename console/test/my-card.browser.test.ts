import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type Page } from 'playwright-core';
import { finnishDay, startStack, type TestStack } from '@kaiku/testing';
import { IssueCardDocument, RegisterCardUseDocument } from '../../packages/client/src';
import { HELSINKI_THEATRE, HELSINKI_UNIT, venuesReady } from '../../tests/e2e/cards-support';
import { CHROMIUM_FLAGS, launchChromium, localContext, seriousViolations } from './browser';
import { writeQrVideo } from './qr-video';

/** The holder's own page in a real browser, with no sign-in. */
jest.setTimeout(120_000);

/** A different character in place of the check character: a typing error. */
const mistyped = (number: string) => {
  const plain = number.replace(/-/g, '');
  return plain.slice(0, -1) + (plain.at(-1) === 'X' ? 'Y' : 'X');
};

describe('my card in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  let distributor: string;
  let staff: string;

  // Starting the whole platform can take minutes on a loaded machine.
  beforeAll(async () => {
    if (!existsSync(join(__dirname, '..', 'dist', 'index.html'))) throw new Error('The console is not built: run npm test (it builds it) or node console/scripts/build-if-stale.mjs');
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    browser = await launchChromium();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
    staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre-door');
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function issue(children: number) {
    const response = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children } }, { token: distributor });
    expect(response.errors).toBeUndefined();
    return response.data!.issueCard;
  }

  async function myCardPage(lang: string): Promise<{ page: Page; foreign: string[] }> {
    const { context, foreign } = await localContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/my-card?lang=${lang}`);
    return { page, foreign };
  }

  /** The answer's value for a term of its description list. */
  const value = (page: Page, term: string) => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');

  it('shows a holder their card, and the uses this year grow by one after a use recorded through the API', async () => {
    const card = await issue(2);
    const { page, foreign } = await myCardPage('en');
    await page.getByRole('heading', { name: 'My card', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Card number' }).fill(card.number.toLowerCase());
    await page.getByRole('button', { name: 'Show my card' }).click();
    await page.getByText('Your card is valid').waitFor();
    expect(await value(page, 'Children who may come along free').textContent()).toBe('2');
    expect(await value(page, 'Home area').textContent()).toBe('Helsinki');
    expect(await value(page, 'Uses this year').textContent()).toBe('0');
    expect(await value(page, 'Renew at').textContent()).toContain('Helsinki Adult Social Work');
    expect(await value(page, 'Renew at').textContent()).toContain('Toinen linja 4 A');
    expect(await page.getByRole('note').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    // The number is in no URL.
    expect(page.url()).not.toContain(card.number.replace(/-/g, '').slice(0, 6));

    const use = await stack.request(
      RegisterCardUseDocument,
      { input: { cardNumber: card.number, partnerId: HELSINKI_THEATRE, category: 'CULTURE', adultTickets: 1, childTickets: 0, idempotencyKey: randomUUID() } },
      { token: staff },
    );
    expect(use.errors).toBeUndefined();
    await page.getByRole('button', { name: 'Show my card' }).click();
    await page.getByText('Your card is valid').waitFor();
    await value(page, 'Uses this year').getByText('1', { exact: true }).waitFor();
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('gives an unknown number the same answer as a mistyped one, in Finnish and in Swedish', async () => {
    const card = await issue(0);
    const { generateCardNumber } = await import('../../subgraphs/cards/src/domain/card-number');
    for (const [lang, field, button, words] of [
      ['fi', 'Kortin numero', 'Näytä korttini', 'Tarkista numero'],
      ['sv', 'Kortnummer', 'Visa mitt kort', 'Kontrollera numret'],
    ]) {
      const { page } = await myCardPage(lang);
      const answers: string[] = [];
      for (const number of [generateCardNumber(), mistyped(card.number)]) {
        // A fresh page for each, so the words seen are the answer to this number.
        await page.reload();
        await page.getByRole('textbox', { name: field }).fill(number);
        await page.getByRole('button', { name: button }).click();
        const said = page.getByText(words);
        await said.waitFor();
        answers.push((await said.textContent())!);
        expect(await page.getByText(/Korttisi on voimassa|Ditt kort gäller/).count()).toBe(0);
      }
      expect(answers[1]).toBe(answers[0]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('reminds the holder to renew, and where, when the card expires within 30 days', async () => {
    const card = await issue(1);
    await stack.subgraphs.cards.dataSource.query('UPDATE cards.cards SET valid_until = $2 WHERE id = $1', [card.id, finnishDay(12)]);
    const { page } = await myCardPage('sv');
    await page.getByRole('textbox', { name: 'Kortnummer' }).fill(card.number);
    await page.getByRole('button', { name: 'Visa mitt kort' }).click();
    await page.getByRole('note').getByText(/Ditt kort slutar gälla om 12 dagar .*Förnya det hos Helsingfors socialarbete för vuxna\./).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("reads the holder's card from its QR code with the camera (the door's scanner)", async () => {
    const card = await issue(1);
    const dir = mkdtempSync(join(tmpdir(), 'kaiku-my-card-qr-'));
    const video = join(dir, 'card.y4m');
    writeQrVideo(video, card.qrPayload);
    const camera = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    try {
      const page = await (await camera.newContext({ permissions: ['camera'] })).newPage();
      await page.goto(`${base}/my-card?lang=en`);
      await page.getByRole('button', { name: 'Scan QR code' }).click();
      await page.getByText('Your card is valid').waitFor({ timeout: 20_000 });
      expect(await value(page, 'Children who may come along free').textContent()).toBe('1');
    } finally {
      await camera.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
