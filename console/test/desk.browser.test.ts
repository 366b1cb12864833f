import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { eventually, finnishDay, finnishYear, startStack, type TestStack } from '@kaiku/testing';
import { IssueCardDocument } from '../../packages/client/src';
import { HELSINKI_THEATRE, HELSINKI_UNIT, KESKI_SUOMI_UNIT, partnerId, venuesReady } from '../../tests/e2e/cards-support';
import { launchChromium, localContext, seriousViolations } from './browser';
import { describedBy, qrOnScreenshot } from './desk-support';

/** The card desk in a real browser against the whole platform (the gateway serves the built console). */
// Generous: axe and print-media screenshots are slow on a loaded machine; every step waits on what the page shows.
jest.setTimeout(300_000);

const TURKU_UNIT = partnerId('turun-mielenterveysyhdistys');
const VERIFY = 'query ($number: String!) { verifyCard(number: $number) { valid reason } }';

describe('the card desk in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  let distributor: string;

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

  async function desk(lang = 'en', unit = HELSINKI_UNIT, task = ''): Promise<{ page: Page; foreign: string[] }> {
    const { context, foreign } = await localContext(browser, { viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/sign-in?role=DISTRIBUTOR&partner=${unit}&lang=${lang}`);
    // The dev sign-in goes on to the start page; the machine may be loaded: wait for it, not a clock.
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 120_000 });
    await page.goto(`${base}/desk${task ? `?task=${task}` : ''}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return { page, foreign };
  }

  async function cardCount(unit = HELSINKI_UNIT): Promise<number> {
    const [{ count }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.cards WHERE issued_by_partner_id = $1', [unit]);
    return count;
  }

  async function issueThroughApi(unit = HELSINKI_UNIT, token = distributor): Promise<string> {
    const response = await stack.request(IssueCardDocument, { input: { distributorId: unit, birthYear: 1980, postcode: '00530', children: 1 } }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.issueCard.number;
  }

  async function verify(number: string): Promise<{ valid: boolean; reason: string | null }> {
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE }, 'staff');
    const response = await stack.request(VERIFY, { number }, { token: staff });
    expect(response.errors).toBeUndefined();
    return response.data.verifyCard;
  }

  async function fillIssue(page: Page, fields: { birthYear: string; postcode: string; children: string }, names = { birthYear: 'Birth year', postcode: 'Postcode', children: 'Number of children' }) {
    await page.getByRole('textbox', { name: names.birthYear }).fill(fields.birthYear);
    await page.getByRole('textbox', { name: names.postcode }).fill(fields.postcode);
    await page.getByRole('textbox', { name: names.children }).fill(fields.children);
  }

  /** The card as printed: print media, then the QR read back from a screenshot of the card. */
  async function printedQr(page: Page): Promise<string | null> {
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('.print-sheet[data-ready="true"] .card-face');
    await card.waitFor();
    expect(await page.getByRole('heading', { name: 'Issue a card' }).isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    const read = await qrOnScreenshot(browser, card);
    await page.emulateMedia({ media: 'screen' });
    return read;
  }

  it('issues a card and prints it on a card and on A4: ID-1 at 100 %, and the QR reads back as the card', async () => {
    const { page, foreign } = await desk();
    await page.getByRole('heading', { name: 'Card desk', level: 1 }).waitFor();
    await page.getByText('Helsinki', { exact: false }).first().waitFor();
    expect(await page.getByRole('textbox', { name: /name/i }).count()).toBe(0);
    await page.getByText('the card works just the same without them').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fillIssue(page, { birthYear: '1984', postcode: '00530', children: '2' });
    await page.getByRole('combobox', { name: 'Life situation (optional)' }).selectOption('STUDENT');
    await page.getByRole('button', { name: 'Issue card' }).click();
    await page.getByText('The card is issued. Print it now.').waitFor();
    const numberText = (await page.locator('.issued-number').textContent())!;
    expect(numberText).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{3}$/);
    await page.getByText(`The last character, ${numberText.slice(-1)}, is the check character`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const printed = page.getByRole('article', { name: `Printed card ${numberText}` });
    await printed.getByText('Voimassa / Giltigt till').waitFor();
    await printed.getByText('Helsinki / Helsingfors').waitFor();
    await printed.getByText('Lapsia / Barn').waitFor();
    await printed.getByText('/directory').waitFor();
    expect(await printedQr(page)).toMatch(new RegExp(`^KAIKU1:${numberText.replace(/-/g, '')}:`));
    // The printed card is ID-1 at 100 %: 85.6 x 54 mm at CSS's 96 px to the inch.
    const box = (await printed.boundingBox())!;
    expect(Math.round(box.width)).toBe(Math.round((85.6 / 25.4) * 96));
    expect(Math.round(box.height)).toBe(Math.round((54 / 25.4) * 96));

    await page.getByRole('radio', { name: 'Plain A4 paper, with cut marks' }).check();
    await page.getByText('Cut along the marks.').waitFor();
    expect(await printedQr(page)).toMatch(new RegExp(`^KAIKU1:${numberText.replace(/-/g, '')}:`));
    // window.print() opens the browser's dialog: headless Chromium returns at once.
    await page.getByRole('button', { name: 'Print card' }).click();
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('reports a card lost and prints the replacement at once: the new number passes the door, the old one shows LOST, the holder\'s history is kept', async () => {
    const number = await issueThroughApi();
    const { page } = await desk('en', HELSINKI_UNIT, 'find');
    await page.getByRole('textbox', { name: 'Card number' }).fill(number.toLowerCase());
    await page.getByRole('button', { name: 'Find card' }).click();
    await page.getByRole('button', { name: 'Report lost and print a replacement' }).click();
    await page.getByText(`Card ${number} is closed as lost.`).waitFor();
    const replacement = (await page.locator('.issued-number').textContent())!;
    expect(replacement).not.toBe(number);
    await page.getByRole('article', { name: `Printed card ${replacement}` }).getByText('Lapsia / Barn').waitFor();
    expect(await printedQr(page)).toMatch(new RegExp(`^KAIKU1:${replacement.replace(/-/g, '')}:`));
    expect(await verify(replacement)).toEqual({ valid: true, reason: null });
    expect(await verify(number)).toEqual({ valid: false, reason: 'LOST' });
    const holders = await stack.subgraphs.cards.dataSource.query('SELECT DISTINCT holder_id FROM cards.cards WHERE number = ANY($1)', [[number, replacement].map((n) => n.replace(/-/g, ''))]);
    expect(holders).toHaveLength(1);

    // The old number at the desk: found, shown as lost, nothing left to change.
    await page.getByRole('textbox', { name: 'Card number' }).fill(number);
    await page.getByRole('button', { name: 'Find card' }).click();
    await page.locator('.card-facts').getByText('Lost', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Renew' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('issues a card with the keyboard alone', async () => {
    const before = await cardCount();
    const { page } = await desk();
    const birthYear = page.getByRole('textbox', { name: 'Birth year' });
    for (let i = 0; i < 30 && !(await birthYear.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.type('1990');
    await page.keyboard.press('Tab');
    await page.keyboard.type('00100');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    const issue = page.getByRole('button', { name: 'Issue card' });
    for (let i = 0; i < 10 && !(await issue.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('The card is issued. Print it now.').waitFor();
    expect(await cardCount()).toBe(before + 1);
    await page.context().close();
  });

  it('works in Finnish and in Swedish, with axe passing on every task', async () => {
    for (const [lang, heading, submit, print, tasks] of [
      ['fi', 'Korttipiste', 'Myönnä kortti', 'Tulosta kortti', ['Hae kortti', 'Yksikön kortit', 'Uusittavat', 'Yhteisökortti']],
      ['sv', 'Kortdisk', 'Utfärda kort', 'Skriv ut kortet', ['Sök ett kort', 'Enhetens kort', 'Att förnya', 'Gemenskapskort']],
    ] as const) {
      const { page } = await desk(lang);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const names = lang === 'fi'
        ? { birthYear: 'Syntymävuosi', postcode: 'Postinumero', children: 'Lasten määrä' }
        : { birthYear: 'Födelseår', postcode: 'Postnummer', children: 'Antal barn' };
      await fillIssue(page, { birthYear: '1975', postcode: '00100', children: '0' }, names);
      await page.getByRole('button', { name: submit, exact: true }).click();
      await page.getByRole('button', { name: print }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      for (const task of tasks) {
        await page.getByRole('navigation', { name: lang === 'fi' ? 'Korttipisteen tehtävät' : 'Kortdiskens uppgifter' }).getByRole('link', { name: task }).click();
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect({ task, violations: await seriousViolations(page) }).toEqual({ task, violations: [] });
      }
      await page.context().close();
    }
  });

  it('says next to each field what is wrong, in the person\'s language, before sending anything', async () => {
    const before = await cardCount();
    const { page } = await desk();
    const year = finnishYear();
    await fillIssue(page, { birthYear: String(year - 10), postcode: '0053', children: '21' });
    await page.getByRole('button', { name: 'Issue card' }).click();
    expect(await describedBy(page.getByRole('textbox', { name: 'Birth year' }))).toContain('The holder must be 16 or turn 16 this year.');
    expect(await describedBy(page.getByRole('textbox', { name: 'Postcode' }))).toContain('A postcode has five digits, e.g. 00530.');
    expect(await describedBy(page.getByRole('textbox', { name: 'Number of children' }))).toContain('A card can carry at most 20 children.');
    expect(await page.getByRole('textbox', { name: 'Birth year' }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    // Turning 16 this year is old enough: the message goes when the field is fixed.
    await page.getByRole('textbox', { name: 'Birth year' }).fill(String(year - 16));
    await page.getByRole('textbox', { name: 'Postcode' }).focus();
    await eventually(async () => expect(await describedBy(page.getByRole('textbox', { name: 'Birth year' }))).not.toContain('must be 16'));
    expect(await cardCount()).toBe(before);
    await page.context().close();

    const swedish = (await desk('sv')).page;
    await fillIssue(swedish, { birthYear: '1980', postcode: '0053', children: '1' }, { birthYear: 'Födelseår', postcode: 'Postnummer', children: 'Antal barn' });
    await swedish.getByRole('button', { name: 'Utfärda kort', exact: true }).click();
    expect(await describedBy(swedish.getByRole('textbox', { name: 'Postnummer' }))).toContain('Ett postnummer har fem siffror');
    expect(await cardCount()).toBe(before);
    await swedish.context().close();
  });

  it('shows what the graph answers next to the number: another unit\'s card, a number no card has, an empty revoke reason', async () => {
    const turku = await stack.token({ role: 'DISTRIBUTOR', partnerId: TURKU_UNIT }, 'turku');
    const theirs = await issueThroughApi(TURKU_UNIT, turku);
    const { page } = await desk('en', HELSINKI_UNIT, 'find');
    const field = page.getByRole('textbox', { name: 'Card number' });
    await field.fill(theirs);
    await page.getByRole('button', { name: 'Find card' }).click();
    await eventually(async () => expect(await describedBy(field)).toContain('This card belongs to another issuing unit'));
    await field.fill('2222-2222-22');
    await page.getByRole('button', { name: 'Find card' }).click();
    await eventually(async () => expect(await describedBy(field)).toContain('A card number has 11 letters and digits.'));
    // A well-formed number that no card has: only the graph knows.
    const unused = (await issueThroughApi()).replace(/-/g, '');
    await stack.subgraphs.cards.dataSource.query('DELETE FROM cards.cards WHERE number = $1', [unused]);
    await field.fill(unused);
    await page.getByRole('button', { name: 'Find card' }).click();
    await eventually(async () => expect(await describedBy(field)).toContain('Your unit has no card with this number.'));

    const ours = await issueThroughApi();
    await field.fill(ours);
    await page.getByRole('button', { name: 'Find card' }).click();
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('button', { name: 'Revoke the card' }).click();
    const reason = page.getByRole('textbox', { name: 'Why is the card revoked?' });
    await eventually(async () => expect(await describedBy(reason)).toContain('Say why the card is revoked.'));
    expect(await verify(ours)).toEqual({ valid: true, reason: null });
    await reason.fill('Holder moved abroad');
    await page.getByRole('button', { name: 'Revoke the card' }).click();
    await page.getByText('The card is revoked and no longer works.').waitFor();
    await page.getByText('Holder moved abroad').waitFor();
    expect(await verify(ours)).toEqual({ valid: false, reason: 'REVOKED' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lists the unit\'s cards a page at a time, and the renewal list shows cards ending within 30 days until renewed', async () => {
    for (let i = 0; i < 21; i += 1) await issueThroughApi();
    const due = await issueThroughApi();
    await stack.subgraphs.cards.dataSource.query('UPDATE cards.cards SET valid_until = $2 WHERE number = $1', [due.replace(/-/g, ''), finnishDay(10)]);
    const total = await cardCount();
    const { page } = await desk('en', HELSINKI_UNIT, 'list');
    await page.getByText(`${total} cards, 20 shown.`).waitFor();
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.getByText(`${total} cards, ${Math.min(total, 40)} shown.`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Renewal list' }).click();
    await page.getByText('1 card, 1 shown.').waitFor();
    await page.getByText('No contact details are stored').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `Open card ${due}` }).click();
    // Renewing asks the voluntary wellbeing question first; the answer goes with the renewal.
    const answered = async () => (await stack.subgraphs.cards.dataSource.query("SELECT count(*)::int AS count FROM cards.event_log WHERE type = 'WellbeingAnswered'"))[0].count as number;
    const before = await answered();
    await page.getByRole('button', { name: 'Renew' }).click();
    await page.getByRole('radio', { name: 'Yes, the holder agrees' }).check();
    await page.getByRole('radio', { name: '7', exact: true }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirm renewal' }).click();
    await page.getByText('The card is renewed').waitFor();
    expect(await answered()).toBe(before + 1);
    await page.getByRole('link', { name: 'Renewal list' }).click();
    await page.getByText('0 cards, 0 shown.').waitFor();
    await page.context().close();
  });

  it('issues a community card for the unit\'s group visits and prints it with the group size', async () => {
    const { page } = await desk('en', HELSINKI_UNIT, 'community');
    await page.getByRole('textbox', { name: 'Largest group on one visit' }).fill('51');
    await page.getByRole('button', { name: 'Issue community card' }).click();
    await eventually(async () => expect(await describedBy(page.getByRole('textbox', { name: 'Largest group on one visit' }))).toContain('A group is 1-50 people.'));
    await page.getByRole('textbox', { name: 'Largest group on one visit' }).fill('8');
    await page.getByRole('button', { name: 'Issue community card' }).click();
    await page.getByText('The community card is issued. Print it now.').waitFor();
    const number = (await page.locator('.issued-number').textContent())!;
    await page.getByRole('article', { name: `Printed card ${number}` }).getByText('Ryhmä / Grupp').waitFor();
    expect(await printedQr(page)).toMatch(new RegExp(`^KAIKU1:${number.replace(/-/g, '')}:`));
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('refuses to issue when the unit\'s area is paused, says why, and saves nothing', async () => {
    const admin = await stack.token({ role: 'NATIONAL_ADMIN' }, 'admin');
    const paused = await stack.request('mutation { changeAreaStatus(code: "keski-suomi", status: PAUSED) { status } }', {}, { token: admin });
    expect(paused.errors).toBeUndefined();
    await eventually(async () => {
      const [fact] = await stack.subgraphs.cards.dataSource.query("SELECT status FROM cards.area_facts a JOIN cards.partner_facts p ON p.area_id = a.area_id WHERE p.partner_id = $1", [KESKI_SUOMI_UNIT]);
      expect(fact.status).toBe('PAUSED');
    });
    const before = await cardCount(KESKI_SUOMI_UNIT);
    for (const [lang, names, submit, said] of [
      ['en', { birthYear: 'Birth year', postcode: 'Postcode', children: 'Number of children' }, 'Issue card', "Cards cannot be issued now: your unit's area is not in the network (for example, it is paused). Nothing was saved."],
      ['fi', { birthYear: 'Syntymävuosi', postcode: 'Postinumero', children: 'Lasten määrä' }, 'Myönnä kortti', 'Kortteja ei voi nyt myöntää: yksikkösi alue ei ole mukana verkostossa (esimerkiksi toiminta on tauolla). Mitään ei tallennettu.'],
    ] as const) {
      const { page } = await desk(lang, KESKI_SUOMI_UNIT);
      await fillIssue(page, { birthYear: '1980', postcode: '40100', children: '1' }, names);
      await page.getByRole('button', { name: submit, exact: true }).click();
      await page.getByRole('alert').getByText(said).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
    expect(await cardCount(KESKI_SUOMI_UNIT)).toBe(before);
  });
});
