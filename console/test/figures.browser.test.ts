import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { eventually, finnishDay, startStack, type TestStack } from '@kaiku/testing';
import { IssueCardDocument, RegisterCardUseDocument } from '../../packages/client/src';
import { HELSINKI_THEATRE, HELSINKI_UNIT, areaId, partnerId, publishPartner, venuesReady } from '../../tests/e2e/cards-support';
import { launchChromium, localContext, seriousViolations } from './browser';

/**
 * The figures in a real browser against the whole platform: the area's figures and the
 * national view, uses recorded through the API showing up in the charts and tables once the
 * statistics follower has them, suppressed counts written as suppressed.
 */
jest.setTimeout(180_000);

const VANTAA_UNIT = partnerId('vantaan-sosiaalityo');
const VANTAA_MUSEUM = partnerId('vantaan-kaupunginmuseo');
const CROSS = `query($code: String!, $from: Date!, $to: Date!) { area(code: $code) { statistics(from: $from, to: $to) {
  visitorsFrom { homeArea { code } uses } holdersWentTo { venueArea { code } uses } } } }`;

describe('the figures in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  let analyst: string;
  const today = finnishDay();
  const period = `from=${today}&to=${today}`;

  beforeAll(async () => {
    if (!existsSync(join(__dirname, '..', 'dist', 'index.html'))) throw new Error('The console is not built: run npm test (it builds it) or node console/scripts/build-if-stale.mjs');
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    await publishPartner(stack, { partnerId: VANTAA_MUSEUM, areaId: areaId('vantaa'), roles: ['CULTURE_PARTNER'], principlesVersion: '2024-1' });
    await eventually(async () => {
      const [fact] = await stack.subgraphs.cards.dataSource.query('SELECT 1 FROM cards.partner_facts WHERE partner_id = $1', [VANTAA_UNIT]);
      expect(fact).toBeDefined();
    });
    browser = await launchChromium();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    analyst = await stack.token({ role: 'ANALYST' }, 'analyst');
  });
  const logs: string[] = [];
  afterEach(() => {
    if (process.env.DEBUG_BROWSER) console.log(logs.join('\n'));
    logs.length = 0;
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** A card of the unit's area used once at the venue, through the API, as the door would. */
  async function useThroughApi(unit: string, postcode: string, venue: string): Promise<void> {
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: unit });
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: venue });
    const card = await stack.request(IssueCardDocument, { input: { distributorId: unit, birthYear: 1980, postcode, children: 0 } }, { token: distributor });
    expect(card.errors).toBeUndefined();
    const use = await stack.request(
      RegisterCardUseDocument,
      { input: { cardNumber: card.data!.issueCard.number, partnerId: venue, category: 'CULTURE', adultTickets: 1, idempotencyKey: randomUUID() } },
      { token: staff },
    );
    expect(use.errors).toBeUndefined();
  }

  /** Raw uses (as an analyst sees them) of one cell of Helsinki's lists today. */
  async function rawCell(list: 'visitorsFrom' | 'holdersWentTo', other: string): Promise<number> {
    const response = await stack.request(CROSS, { code: 'helsinki', from: today, to: today }, { token: analyst });
    expect(response.errors).toBeUndefined();
    const cells = response.data.area.statistics[list] as Array<{ homeArea?: { code: string }; venueArea?: { code: string }; uses: number }>;
    return cells.find((cell) => (cell.homeArea ?? cell.venueArea)!.code === other)?.uses ?? 0;
  }

  /** A page signed in with a dev token, as the console keeps a session (sessionStorage). */
  async function signedIn(grant: { role: string; areas?: string[] }, path: string): Promise<Page> {
    const token = await stack.token(grant as Parameters<TestStack['token']>[0], `figures-${grant.role.toLowerCase()}`);
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { roles: unknown[]; exp: number };
    // en-US: date fields take month, day, year in that order whatever the page's language.
    const { context } = await localContext(browser, { locale: 'en-US' });
    await context.addInitScript((session: string) => sessionStorage.setItem('kaiku.session', session), JSON.stringify({ token, grants: payload.roles, expiresAt: payload.exp * 1000 }));
    const page = await context.newPage();
    // The machine is shared: a figures query may wait behind other work, so waits are long.
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => logs.push(String(error)));
    page.on('console', (message) => logs.push(message.text()));
    await page.goto(`${base}${path}`);
    return page;
  }

  /**
   * The cell of a table's row (by its row header) under a column (by its column header), once
   * the figures are drawn; null when the row (or the table of an empty figure) is not there.
   */
  async function cell(table: Locator, row: string, column: string): Promise<string | null> {
    await table.page().locator('[data-figures="drawn"]').waitFor();
    if ((await table.count()) === 0) return null;
    return table.evaluate(
      (element, [rowName, columnName]) => {
        const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
        const index = headers.indexOf(columnName);
        const line = [...element.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent?.trim() === rowName);
        return index < 0 || !line ? null : (line.children[index]?.textContent?.trim() ?? null);
      },
      [row, column],
    );
  }

  /** With SCREENSHOTS=dir, a PNG of the whole page at the phone's and the desktop's width, to look at by eye. */
  async function shots(page: Page, name: string): Promise<void> {
    const dir = process.env.SCREENSHOTS;
    if (!dir) return;
    for (const [label, width] of [['360', 360], ['desktop', 1280]] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(300); // charts follow their container's width (ResizeObserver): screenshots only
      await page.screenshot({ path: join(dir, `${name}-${label}.png`), fullPage: true });
      // A long phone page also in screen-sized parts, readable at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, part = 1; width === 360 && y < height; y += 900, part += 1) {
        await page.screenshot({ path: join(dir, `${name}-${label}-${part}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(900, height - y) } });
      }
    }
  }

  const number = (text: string | null) => (text === null ? 0 : Number(text.replace(/\s/g, '')));

  it("shows a use recorded through the API in the area's chart and table once the statistics follower has it (fi, national admin)", async () => {
    const page = await signedIn({ role: 'NATIONAL_ADMIN' }, `/area/helsinki?tab=figures&${period}&lang=fi`);
    const table = page.getByRole('table', { name: 'Kävijät muilta alueilta (taulukko)' });
    const before = number(await cell(table, 'Vantaa', 'Käyttökerrat'));
    await useThroughApi(VANTAA_UNIT, '01300', HELSINKI_THEATRE);
    await eventually(async () => {
      await page.reload();
      expect(number(await cell(table, 'Vantaa', 'Käyttökerrat'))).toBe(before + 1);
    }, 60_000);
    await shots(page, 'area-admin-fi');
    // The chart draws the same row: Vantaa on its axis, with a bar.
    const figure = page.getByRole('region', { name: 'Kävijät muilta alueilta', exact: true });
    const chart = figure.getByRole('img', { name: /^Kaavio: Kävijät muilta alueilta/ });
    await chart.locator('.recharts-yAxis-tick-labels text', { hasText: 'Vantaa' }).waitFor();
    expect(await chart.locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(0);
    // Every chart of the view has its table.
    const charts = await page.getByRole('img', { name: /^Kaavio: / }).count();
    expect(charts).toBeGreaterThan(0);
    expect(await page.getByRole('table', { name: /\(taulukko\)$/ }).count()).toBe(charts);
    expect(await seriousViolations(page)).toEqual([]);

    // The year's CSV for the welfare report, behind the button, with Finnish headers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Lataa vuosi \d{4} CSV-tiedostona$/ }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^"Alue","Alueen nimi","Vuosi","Myönnetyt kortit"/);
    expect(download.suggestedFilename()).toMatch(/^kaikukortti-helsinki-\d{4}\.csv$/);
    await page.context().close();
  });

  it('shows a coordinator the small counts suppressed exactly as the graph gives them, with the reason (sv)', async () => {
    await useThroughApi(VANTAA_UNIT, '01300', HELSINKI_THEATRE);
    await eventually(async () => expect(await rawCell('visitorsFrom', 'vantaa')).toBeGreaterThan(0), 30_000);
    const raw = await rawCell('visitorsFrom', 'vantaa');
    expect(raw).toBeLessThan(5); // a small count, so the graph hides it from the coordinator
    const page = await signedIn({ role: 'AREA_COORDINATOR', areas: ['helsinki'] }, `/area/helsinki?tab=figures&${period}&lang=sv`);
    const table = page.getByRole('table', { name: 'Besökare från andra områden (tabell)' });
    expect(await cell(table, 'Vanda', 'Användningar')).toBe('skyddad');
    await shots(page, 'area-coordinator-sv');
    await page.getByText(/^”skyddad”: antalet är för litet för att publiceras/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows an analyst the heat-map cell of a cross-area use recorded through the API, and the open data (sv)', async () => {
    const page = await signedIn({ role: 'ANALYST' }, `/nation?${period}&lang=sv`);
    const heat = page.getByRole('table', { name: /^Var korten användes: hemområde × besöksplatsens område: användningar/ });
    const before = number(await cell(heat, 'Helsingfors', 'Vanda'));
    await useThroughApi(HELSINKI_UNIT, '00530', VANTAA_MUSEUM);
    await eventually(async () => {
      await page.reload();
      expect(number(await cell(heat, 'Helsingfors', 'Vanda'))).toBe(before + 1);
    }, 60_000);
    await shots(page, 'nation-sv');
    // The areas with their status, and every chart with its table.
    expect(await cell(page.getByRole('table', { name: /^Områden med kort/ }), 'Helsingfors', 'Status')).toBe('I bruk');
    const charts = await page.getByRole('img', { name: /^Diagram: / }).count();
    expect(charts).toBe(3);
    expect(await page.getByRole('table', { name: /\(tabell\)$/ }).count()).toBe(charts);
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Ladda ner öppna data \d{4} \(CSV\)$/ }).click()]);
    const rows = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('"Område","Områdets namn","År","Beviljade kort","Aktiverade kort","Användningar","Skyddade fält"');
    expect(rows.at(-1)).toMatch(/^"","Hela landet",\d{4},/);
    await page.context().close();
  });

  it('lets a keyboard pick the period: a year with the arrow keys, dates typed and sent with Enter; a wrong period is refused next to its field (fi)', async () => {
    const page = await signedIn({ role: 'ANALYST' }, '/nation?lang=fi');
    await page.getByRole('heading', { name: 'Koko maan luvut' }).waitFor();
    const year = page.getByRole('combobox', { name: 'Vuosi' });
    const thisYear = Number(today.slice(0, 4));
    for (let i = 0; i < 40 && !(await year.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    expect(await year.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(new RegExp(`from=${thisYear - 1}-01-01&to=${thisYear - 1}-12-31`));
    await page.getByRole('heading', { name: 'Koko maan luvut' }).waitFor();
    // On to "Alkaen", "Päättyen" (its month, day and year typed in turn), then "Näytä luvut":
    // an end before the start is refused next to the field, and the figures stay as they were.
    // (Chromium's date fields take a Tab per part: month, day, year.)
    const to = page.getByLabel('Päättyen');
    for (let i = 0; i < 8 && !(await to.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    expect(await to.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(`0630${thisYear - 2}`);
    await eventually(async () => expect(await to.inputValue()).toBe(`${thisYear - 2}-06-30`));
    const show = page.getByRole('button', { name: 'Näytä luvut' });
    for (let i = 0; i < 4 && !(await show.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Loppu ei voi olla ennen alkua').waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toContain(`to=${thisYear - 1}-12-31`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
