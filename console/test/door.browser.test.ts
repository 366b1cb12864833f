import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { eventually, startStack, type TestStack } from '@kaiku/testing';
import { randomUUID } from 'node:crypto';
import { IssueCardDocument, NationalStatisticsDocument, RegisterCardUseDocument, ReportCardLostDocument, VenueCardUsesDocument } from '../../packages/client/src';
import { HELSINKI_THEATRE, HELSINKI_UNIT, venuesReady } from '../../tests/e2e/cards-support';
import { launchChromium, localContext, seriousViolations } from './browser';

/**
 * The door in a real browser against the whole platform: the gateway serves the built console
 * (`npm test` builds it first when its sources changed).
 */
jest.setTimeout(120_000);

describe('the door in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  let distributor: string;
  let analyst: string;
  // Uses are dated in Finnish time: ask for a window around today.
  const from = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const logs: string[] = [];
  afterEach(() => {
    if (process.env.DEBUG_BROWSER) console.log(logs.join('\n'));
    logs.length = 0;
  });

  beforeAll(async () => {
    if (!existsSync(join(__dirname, '..', 'dist', 'index.html'))) throw new Error('The console is not built: run npm test (it builds it) or node console/scripts/build-if-stale.mjs');
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    browser = await launchChromium();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
    analyst = await stack.token({ role: 'ANALYST' }, 'analyst');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const cardIds = new Map<string, string>();
  async function issue(children: number): Promise<string> {
    const response = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children } }, { token: distributor });
    expect(response.errors).toBeUndefined();
    cardIds.set(response.data!.issueCard.number, response.data!.issueCard.id);
    return response.data!.issueCard.number;
  }

  async function storedUses(number: string): Promise<number> {
    const [{ count }] = await stack.subgraphs.cards.dataSource.query(
      'SELECT count(*)::int AS count FROM cards.card_uses WHERE card_id = $1 AND cancelled_at IS NULL',
      [cardIds.get(number)],
    );
    return count;
  }

  async function nationalUses(): Promise<number> {
    const response = await stack.request(NationalStatisticsDocument, { from, to }, { token: analyst });
    expect(response.errors).toBeUndefined();
    return response.data!.nationalStatistics.totals.uses ?? 0;
  }

  /** The line of today's uses at the venue for a card, found by its number's last 4 characters. */
  const todayLine = (page: Page, number: string) =>
    page.getByRole('region', { name: "Today's uses at this venue" }).getByRole('listitem').filter({ hasText: `…${number.replace(/-/g, '').slice(-4)}` });

  async function signedInDoor(lang = 'en'): Promise<{ page: Page; foreign: string[] }> {
    const { context, foreign } = await localContext(browser);
    const page = await context.newPage();
    if (process.env.DEBUG_BROWSER) await page.addInitScript(() => localStorage.setItem('kaiku.debug', '1'));
    page.on('console', (message) => logs.push(message.text()));
    await page.goto(`${base}/sign-in?role=PARTNER_STAFF&partner=${HELSINKI_THEATRE}&lang=${lang}`);
    await page.waitForURL(/\/door/);
    return { page, foreign };
  }

  it('signs venue staff in from the list of dev roles, and at once with ?role=, with the token in no URL', async () => {
    const { context, foreign } = await localContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/sign-in?lang=en`);
    await page.getByRole('heading', { name: 'Venue staff', level: 2 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Venue staff: Helsinki City Theatre' }).click();
    await page.getByRole('heading', { name: 'Door', level: 1 }).waitFor();
    await page.getByText('Helsinki City Theatre').waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Door' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await context.close();

    const signedIn = await signedInDoor();
    await signedIn.page.getByRole('heading', { name: 'Door', level: 1 }).waitFor();
    await signedIn.page.getByRole('textbox', { name: 'Card number' }).waitFor();
    expect(signedIn.page.url()).not.toMatch(/token|eyJ/);
    expect(await signedIn.page.getAttribute('html', 'lang')).toBe('en');
    expect(await seriousViolations(signedIn.page)).toEqual([]);
    expect([...foreign, ...signedIn.foreign]).toEqual([]);
    await signedIn.page.context().close();
  });

  it('checks a card typed in lower case with spaces, records a use with 2 children, and national statistics grow by one', async () => {
    const number = await issue(3);
    const before = await nationalUses();
    const { page } = await signedInDoor();
    const typed = `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}`.toLowerCase();
    await page.getByRole('textbox', { name: 'Card number' }).fill(typed);
    await page.getByRole('button', { name: 'Check card' }).click();
    await page.getByText('Valid', { exact: true }).waitFor();
    await page.getByText('Children may come along').waitFor();
    await page.getByRole('spinbutton', { name: /Children/ }).fill('2');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Record use' }).click();
    await page.getByText('Use recorded: 3 people.').waitFor();
    await todayLine(page, number).getByRole('button', { name: 'Cancel use' }).waitFor();
    expect(await storedUses(number)).toBe(1);
    // The statistics follower catches up on its own time: poll for the figure.
    await eventually(async () => expect(await nationalUses()).toBe(before + 1), 30_000);
    await page.context().close();
  });

  it('stores a double-clicked use once, and a reload resends nothing new', async () => {
    const number = await issue(0);
    const { page } = await signedInDoor();
    await page.getByRole('textbox', { name: 'Card number' }).fill(number);
    await page.getByRole('button', { name: 'Check card' }).click();
    await page.getByText('Valid', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Record use' }).dblclick();
    await page.getByText('Use recorded: 1 people.').waitFor();
    await page.reload();
    await page.getByRole('textbox', { name: 'Card number' }).waitFor();
    await page.getByRole('heading', { name: "Today's uses at this venue" }).waitFor();
    expect(await storedUses(number)).toBe(1);
    await page.context().close();
  });

  it('names an expired and a lost card in Finnish and in Swedish; a malformed number is named at the field before sending', async () => {
    const expired = await issue(0);
    await stack.subgraphs.cards.dataSource.query("UPDATE cards.cards SET valid_from = '2020-01-01', valid_until = '2021-01-01' WHERE id = $1", [cardIds.get(expired)]);
    const lost = await issue(0);
    const report = await stack.request(ReportCardLostDocument, { number: lost }, { token: distributor });
    expect(report.errors).toBeUndefined();
    const cases: [string, string, string, string, string][] = [
      ['fi', 'Kortin numero', 'Tarkista kortti', 'Vanhentunut', 'Ilmoitettu kadonneeksi'],
      ['sv', 'Kortnummer', 'Kontrollera kortet', 'Har gått ut', 'Anmält förlorat'],
    ];
    for (const [lang, field, button, expiredText, lostText] of cases) {
      const { page } = await signedInDoor(lang);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await page.getByRole('textbox', { name: field }).fill(expired);
      await page.getByRole('button', { name: button }).click();
      await page.getByText(expiredText, { exact: true }).waitFor();
      await page.getByRole('textbox', { name: field }).fill(lost);
      await page.getByRole('button', { name: button }).click();
      await page.getByText(lostText, { exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
    const { page } = await signedInDoor('en');
    let sent = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('verifyCard')) sent += 1;
    });
    await page.getByRole('textbox', { name: 'Card number' }).fill('abcd-0000');
    await page.getByRole('button', { name: 'Check card' }).click();
    await page.getByText(/only the letters and digits printed on cards/).waitFor();
    expect(sent).toBe(0);
    await page.context().close();
  });

  it('records offline: 3 uses wait in the browser through a reload and are stored exactly once each when back online', async () => {
    const numbers = [await issue(1), await issue(1), await issue(1)];
    const { page } = await signedInDoor();
    // The first visit installs the service worker, so the console loads with no network.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.context().setOffline(true);
    for (const number of numbers) {
      await page.getByRole('textbox', { name: 'Card number' }).fill(number);
      await page.getByRole('button', { name: 'Check card' }).click();
      await page.getByText('The card could not be verified').waitFor();
      await page.getByRole('button', { name: 'Record use' }).click();
      await page.getByText('Saved on this device').waitFor();
    }
    await page.getByText('3 uses waiting to be sent').waitFor();
    await page.reload();
    await page.getByText('3 uses waiting to be sent').waitFor();
    for (const number of numbers) expect(await storedUses(number)).toBe(0);
    await page.context().setOffline(false);
    await page.getByText('3 uses waiting to be sent').waitFor({ state: 'detached' });
    await eventually(async () => {
      for (const number of numbers) expect(await storedUses(number)).toBe(1);
    });
    await page.context().close();
  });

  it("lists a use that another staff member of the venue recorded through the API, after a reload, and cancels it: the graph holds it cancelled", async () => {
    const number = await issue(0);
    const { page } = await signedInDoor();
    await page.getByRole('heading', { name: "Today's uses at this venue" }).waitFor();
    const colleague = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre-colleague');
    const recorded = await stack.request(
      RegisterCardUseDocument,
      { input: { cardNumber: number, partnerId: HELSINKI_THEATRE, category: 'CULTURE', adultTickets: 1, idempotencyKey: randomUUID() } },
      { token: colleague },
    );
    expect(recorded.errors).toBeUndefined();
    await page.reload();
    const line = todayLine(page, number);
    await line.getByText(/1 adult\(s\), 0 child\(ren\), Culture/).waitFor();
    expect(await page.getByText(number.replace(/-/g, '').slice(0, 6)).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await line.getByRole('button', { name: 'Cancel use' }).click();
    await line.getByText('cancelled', { exact: true }).waitFor();
    expect(await line.getByRole('button', { name: 'Cancel use' }).count()).toBe(0);
    const listed = await stack.request(VenueCardUsesDocument, { partnerId: HELSINKI_THEATRE }, { token: colleague });
    expect(listed.data!.venueCardUses.uses.find((use) => use.id === recorded.data!.registerCardUse.id)).toMatchObject({ cancelled: true });
    expect(await storedUses(number)).toBe(0);
    await page.context().close();
  });

  it('resends a use whose answer was lost, after a reload, with the same key: stored once', async () => {
    const number = await issue(0);
    const { page } = await signedInDoor();
    let lost = false;
    await page.route('**/graphql', async (route) => {
      if (!lost && route.request().postData()?.includes('registerCardUse')) {
        lost = true;
        await route.fetch(); // the graph stores the use...
        return route.abort('timedout'); // ...and its answer never arrives
      }
      return route.fallback();
    });
    await page.getByRole('textbox', { name: 'Card number' }).fill(number);
    await page.getByRole('button', { name: 'Check card' }).click();
    await page.getByText('Valid', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Record use' }).click();
    await page.getByText('Saved on this device').waitFor();
    expect(await storedUses(number)).toBe(1);
    await page.unroute('**/graphql');
    await page.reload();
    await todayLine(page, number).getByRole('button', { name: 'Cancel use' }).waitFor();
    // The graph lists the stored use at once; the outbox resends its copy with the same key, and then nothing waits.
    await page.getByText(/waiting to be sent/).waitFor({ state: 'detached' });
    await page.getByText('not sent yet').waitFor({ state: 'detached' });
    expect(await storedUses(number)).toBe(1);
    await page.context().close();
  });

  it('lists a use recorded offline that the graph then refuses, with the reason', async () => {
    const expired = await issue(0);
    await stack.subgraphs.cards.dataSource.query("UPDATE cards.cards SET valid_from = '2020-01-01', valid_until = '2021-01-01' WHERE id = $1", [cardIds.get(expired)]);
    const { page } = await signedInDoor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.context().setOffline(true);
    await page.getByRole('textbox', { name: 'Card number' }).fill(expired);
    await page.getByRole('button', { name: 'Check card' }).click();
    await page.getByText('The card could not be verified').waitFor();
    await page.getByRole('button', { name: 'Record use' }).click();
    await page.getByText('1 use waiting to be sent').waitFor();
    await todayLine(page, expired).getByText('not sent yet').waitFor();
    await page.context().setOffline(false);
    const refused = page.getByRole('region', { name: 'Uses the service refused' });
    await refused.getByText(/expired/i).waitFor();
    expect(await storedUses(expired)).toBe(0);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await refused.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('sends an expired session back to sign-in and keeps the uses waiting until the person signs in again', async () => {
    const number = await issue(0);
    const { page } = await signedInDoor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.context().setOffline(true);
    await page.getByRole('textbox', { name: 'Card number' }).fill(number);
    await page.getByRole('button', { name: 'Check card' }).click();
    await page.getByRole('button', { name: 'Record use' }).click();
    await page.getByText('1 use waiting to be sent').waitFor();
    // The session goes bad while offline (a token the gateway no longer accepts).
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('kaiku.session')!);
      sessionStorage.setItem('kaiku.session', JSON.stringify({ ...session, token: `${session.token.slice(0, -4)}AAAA` }));
    });
    await page.reload();
    await page.context().setOffline(false);
    await page.getByText('Your session ended').waitFor();
    expect(page.url()).toMatch(/\/sign-in/);
    expect(await storedUses(number)).toBe(0);
    await page.goto(`${base}/sign-in?role=PARTNER_STAFF&partner=${HELSINKI_THEATRE}&lang=en`);
    await page.waitForURL(/\/door/);
    await todayLine(page, number).getByRole('button', { name: 'Cancel use' }).waitFor();
    expect(await storedUses(number)).toBe(1);
    await page.context().close();
  });

  it("offers the venue's current offers with today's free places, and counts a use against its offer", async () => {
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'theatre-staff');
    const created = await stack.request(
      'mutation($input: OfferInput!) { createOffer(input: $input) { id } }',
      { input: { partnerId: HELSINKI_THEATRE, title: { fi: 'Iltanäytös', sv: 'Kvällsföreställning', en: 'Evening show' }, kind: 'TICKET', category: 'CULTURE', validFrom: '2020-01-01', validUntil: '2100-12-31', cap: { kind: 'PER_PERIOD', amount: 5 } } },
      { token: staff },
    );
    expect(created.errors).toBeUndefined();
    const offerId: string = created.data.createOffer.id;
    await eventually(async () => {
      const rows = await stack.subgraphs.cards.dataSource.query('SELECT 1 FROM cards.offer_facts WHERE offer_id = $1', [offerId]);
      expect(rows).toHaveLength(1);
    }, 15_000);
    const [first, second] = [await issue(0), await issue(0)];
    const { page } = await signedInDoor();
    await page.getByRole('textbox', { name: 'Card number' }).fill(first);
    await page.getByRole('button', { name: 'Check card' }).click();
    const offer = page.getByRole('combobox', { name: 'Offer' });
    await offer.locator('option', { hasText: 'Evening show: 5 free places today' }).waitFor({ state: 'attached' });
    await offer.selectOption({ label: 'Evening show: 5 free places today' });
    await page.getByRole('button', { name: 'Record use' }).click();
    await page.getByText('Use recorded: 1 people.').waitFor();
    const [{ count }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.card_uses WHERE offer_id = $1', [offerId]);
    expect(count).toBe(1);
    await page.getByRole('textbox', { name: 'Card number' }).fill(second);
    await page.getByRole('button', { name: 'Check card' }).click();
    await page.getByRole('combobox', { name: 'Offer' }).locator('option', { hasText: 'Evening show: 4 free places today' }).waitFor({ state: 'attached' });
    await page.context().close();
  });

  it('checks and records with the keyboard alone', async () => {
    const number = await issue(2);
    const { page } = await signedInDoor();
    await page.getByRole('textbox', { name: 'Card number' }).focus();
    await page.keyboard.type(number.toLowerCase());
    await page.keyboard.press('Enter');
    await page.getByText('Valid', { exact: true }).waitFor();
    const record = page.getByRole('button', { name: 'Record use' });
    for (let i = 0; i < 15 && !(await record.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Use recorded: 1 people.').waitFor();
    expect(await storedUses(number)).toBe(1);
    await page.context().close();
  });

  it('passes axe on the start page, the sign-in page and the explorer, and the explorer runs a query with the internet blocked', async () => {
    const { context, foreign } = await localContext(browser);
    const page = await context.newPage();
    for (const path of ['/?lang=fi', '/sign-in?lang=sv']) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (path.startsWith('/sign-in')) await page.getByRole('heading', { name: 'Personal vid besöksmål' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.goto(`${base}/explorer?lang=en`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .CodeMirror').first().click();
    await page.evaluate(() => {
      const editor = (document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { setValue(value: string): void } }).CodeMirror;
      editor.setValue('{ areas { code } }');
    });
    // GraphiQL has parsed the new document once the tab is named after its (anonymous) operation.
    await page.locator('.graphiql-tab', { hasText: '<untitled>' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.result-window').getByText('"helsinki"').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
