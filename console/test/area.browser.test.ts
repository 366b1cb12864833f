import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { eventually, startStack, type TestStack } from '@kaiku/testing';
import { launchChromium, localContext, seriousViolations } from './browser';

/**
 * The area's workspace in a real browser against the whole platform: the trial (a step done,
 * a member from the other sector, the readiness check turning), the network (a partner and
 * an offer with today's free places), another area's workspace refused without a request,
 * Finnish and Swedish, axe on every tab, and a form by keyboard alone.
 * SCREENSHOTS=folder also saves each tab at 360 px and 1280 px in fi and sv.
 */
jest.setTimeout(180_000);

describe('the area workspace in Chromium', () => {
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  const areasDb = () => stack.subgraphs.areas.dataSource;

  beforeAll(async () => {
    // CONSOLE_DIST=folder serves a copy of the build (a build running beside the test cannot pull files from under it).
    const distDir = process.env.CONSOLE_DIST ?? join(__dirname, '..', 'dist');
    if (!existsSync(join(distDir, 'index.html'))) throw new Error('The console is not built: run npm test (it builds it) or node console/scripts/build-if-stale.mjs');
    stack = await startStack({ seed: true, gateway: { console: { distDir } } });
    browser = await launchChromium();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** A coordinator of `area` signed in through the dev sign-in, on `path`. */
  function coordinator(area: string, path: string, lang = 'en', width = 1280) {
    return signedIn(`role=AREA_COORDINATOR&area=${area}`, path, lang, width);
  }

  /** Signed in through the dev sign-in (`grant` as its query), then on `path`; the graph requests sent from there on. */
  async function signedIn(grant: string, path: string, lang = 'en', width = 1280): Promise<{ page: Page; foreign: string[]; graphBodies: string[] }> {
    const { context, foreign } = await localContext(browser, { viewport: { width, height: 900 } });
    const page = await context.newPage();
    const graphBodies: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') graphBodies.push(request.postData() ?? '');
    });
    await page.goto(`${base}/sign-in?${grant}&lang=${lang}`);
    await page.waitForURL((url) => url.pathname === '/');
    graphBodies.length = 0;
    await page.goto(`${base}${path}`);
    return { page, foreign, graphBodies };
  }

  /** A readiness check's line, found by its name (within a section of the page when given). */
  /** The whole page in slices a person can look at (SCREENSHOTS=folder only). */
  async function shoot(page: Page, name: string): Promise<void> {
    const folder = process.env.SCREENSHOTS;
    if (!folder) return;
    mkdirSync(folder, { recursive: true });
    const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
    for (let y = 0, part = 1; y < height && part <= 12; y += 1000, part += 1) {
      await page.screenshot({ path: join(folder, `${name}-${part}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(1000, height - y) } });
    }
  }

  const check = (page: Page, name: string, within: Page | Locator = page) => within.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });

  it('a coordinator marks a trial step done, adds a member from the other sector and sees the readiness check turn', async () => {
    const { page, foreign } = await coordinator('oulu', '/area/oulu?lang=en');
    await page.getByRole('heading', { name: 'Oulu', level: 1 }).waitFor();
    await page.getByRole('heading', { name: "The trial's ten steps", level: 2 }).waitFor();
    // The moves the graph allows are offered; the others say why not.
    await page.getByRole('button', { name: 'Change to: Trial' }).waitFor();
    await page.getByText('An area becomes active after its trial: start the trial first.').waitFor();
    const both = check(page, 'Working group of both sectors', page.getByRole('region', { name: 'Working group' }));
    await both.getByText('not yet').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Step 1, with a note: the date is today unless changed.
    await page.getByRole('button', { name: 'Mark step 1 done' }).click();
    const stepForm = page.getByRole('form', { name: 'Step 1' });
    await stepForm.getByRole('textbox', { name: 'Notes (optional)' }).fill('Presented to the welfare board');
    expect(await seriousViolations(page)).toEqual([]);
    await stepForm.getByRole('button', { name: 'Save as done' }).click();
    const step1 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '1. Presentation event' }) });
    await step1.getByText(/Done on /).waitFor();
    await step1.getByText('Presented to the welfare board').waitFor();
    await page.getByText('1 of 10 steps done.').waitFor();
    const [stored] = await areasDb().query("SELECT completed_on::text, notes FROM areas.trial_steps ts JOIN areas.areas a ON a.id = ts.area_id WHERE a.code = 'oulu' AND step = 1");
    expect(stored.notes).toBe('Presented to the welfare board');

    // A member from social and health services: a bad email is named at the field before anything is sent.
    await page.getByRole('button', { name: 'Add a member' }).click();
    const memberForm = page.getByRole('form', { name: 'New member of the working group' });
    await memberForm.getByRole('textbox', { name: 'Name', exact: true }).fill('Riikka Sosiaalityö');
    await memberForm.getByRole('textbox', { name: 'Organisation' }).fill('Pohjois-Pohjanmaan hyvinvointialue');
    await memberForm.getByRole('combobox', { name: 'Sector' }).selectOption({ label: 'Social and health services' });
    await memberForm.getByRole('textbox', { name: 'Email (optional)' }).fill('riikka at example');
    await memberForm.getByRole('button', { name: 'Add member' }).click();
    await memberForm.getByText('Give an email address such as name@example.fi.').waitFor();
    expect(await memberForm.getByRole('textbox', { name: 'Email (optional)' }).getAttribute('aria-invalid')).toBe('true');
    await shoot(page, 'member-error-en-1280');
    expect(await seriousViolations(page)).toEqual([]);
    await memberForm.getByRole('textbox', { name: 'Email (optional)' }).fill('riikka@oulu.example');
    await memberForm.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('heading', { name: 'Social and health services (1)' }).waitFor();
    await page.getByText('Riikka Sosiaalityö', { exact: true }).waitFor();
    await both.getByText('met', { exact: true }).waitFor();
    await both.getByText('The working group has members from culture and from social and health or wellbeing services.').waitFor();

    // Oulu has no cooperation agreement yet: record it.
    const agreement = page.getByRole('region', { name: 'Cooperation agreement' });
    await agreement.getByText('No agreement is recorded yet.').waitFor();
    await agreement.getByRole('button', { name: 'Record the agreement' }).click();
    await agreement.getByRole('button', { name: 'Save' }).click();
    await agreement.getByText('Type where the signed agreement is kept.').waitFor();
    await agreement.getByRole('textbox', { name: 'Document reference' }).fill('OULU/2026/14');
    await agreement.getByRole('button', { name: 'Save' }).click();
    await agreement.getByText('OULU/2026/14').waitFor();
    await agreement.getByText('until further notice').waitFor();
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('registers a partner and creates an offer, and sees it listed with its free places', async () => {
    // On a phone: the forms must work at 360 px too.
    const { page } = await coordinator('oulu', '/area/oulu?tab=network&lang=en', 'en', 360);
    await page.getByRole('heading', { name: 'The network', level: 2 }).waitFor();
    await check(page, 'A third-sector card distributor').getByText('not yet').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Register a partner' }).click();
    const register = page.getByRole('form', { name: 'New partner' });
    await register.getByRole('button', { name: 'Register partner' }).click();
    await register.getByText('Type the name in Finnish.').waitFor();
    await register.getByText('Choose at least one role.').waitFor();
    await register.getByText('Choose the sector.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'register-errors-en-360');
    await register.getByRole('textbox', { name: 'Name in Finnish' }).fill('Oulun Sininauha');
    await register.getByRole('group', { name: 'Role in the network' }).getByRole('checkbox', { name: 'Card distributor' }).check();
    await register.getByRole('group', { name: 'Role in the network' }).getByRole('checkbox', { name: 'Culture partner' }).check();
    await register.getByRole('radio', { name: 'Third sector' }).check();
    await register.getByRole('checkbox', { name: 'Culture', exact: true }).check();
    await register.getByRole('button', { name: 'Register partner' }).click();

    // The partner's own page: a new offer with a cap; a cap the graph refuses is named at its field.
    await page.getByRole('heading', { name: 'Oulun Sininauha', level: 2 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New offer' }).click();
    const offerForm = page.getByRole('form', { name: 'New offer' });
    await offerForm.getByRole('textbox', { name: 'Title in Finnish' }).fill('Teatteriretket');
    await offerForm.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Culture' });
    await offerForm.getByRole('combobox', { name: 'Cap on Kaikukortti places' }).selectOption({ label: 'Places per event' });
    await offerForm.getByRole('textbox', { name: 'Places' }).fill('200000');
    await offerForm.getByRole('button', { name: 'Create offer' }).click();
    await offerForm.getByText('Give the number of places: a whole number from 1 to 100,000.').waitFor();
    await shoot(page, 'offer-graph-error-en-360');
    await offerForm.getByRole('textbox', { name: 'Places' }).fill('5');
    await offerForm.getByRole('button', { name: 'Create offer' }).click();
    await page.getByText('Offer created.').waitFor();
    const offer = page.getByRole('region', { name: 'Offers' }).getByRole('listitem').filter({ hasText: 'Teatteriretket' });
    await offer.getByText('5 places free today').waitFor();
    await offer.getByText('Cap: 5 places per event').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Its trial agreement, the national principles, a venue (a postcode of four digits named at the field) and a contact.
    await page.getByRole('button', { name: 'Record the agreement' }).click();
    await page.getByRole('form', { name: "The partner's trial agreement" }).getByRole('button', { name: 'Save' }).click();
    await page.getByText('Agreement recorded.').waitFor();
    await page.getByText(/^Agreement signed /).waitFor();
    await page.getByRole('button', { name: 'Record acceptance' }).click();
    const principles = page.getByRole('form', { name: 'National operating principles' });
    await principles.getByRole('textbox', { name: /Version of the principles/ }).fill('2024-1');
    await principles.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^National operating principles 2024-1 accepted on /).waitFor();
    await page.getByRole('button', { name: 'Add a venue' }).click();
    const venue = page.getByRole('form', { name: 'Add a venue' });
    await venue.getByRole('textbox', { name: 'Street address' }).fill('Isokatu 1');
    await venue.getByRole('textbox', { name: 'Postal code (optional)' }).fill('9010');
    await venue.getByRole('textbox', { name: /Municipality code/ }).fill('564');
    await venue.getByRole('button', { name: 'Add venue' }).click();
    await venue.getByText('A postal code has five digits.').waitFor();
    await venue.getByRole('textbox', { name: 'Postal code (optional)' }).fill('90100');
    await venue.getByRole('button', { name: 'Add venue' }).click();
    await page.getByText('Isokatu 1, 90100 (municipality 564)').waitFor();
    await page.getByRole('button', { name: 'Change contact persons' }).click();
    const contacts = page.getByRole('form', { name: 'Contact persons' });
    await contacts.getByRole('textbox', { name: 'Name' }).fill('Sanna Sininauha');
    await contacts.getByRole('textbox', { name: 'Email (optional)' }).fill('sanna@sininauha.example');
    await contacts.getByRole('button', { name: 'Save contact persons' }).click();
    await page.getByText('Contact persons saved.').waitFor();
    await page.getByText('sanna@sininauha.example').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Change the offer: a per-period cap of 12.
    await offer.getByRole('button', { name: 'Change Teatteriretket' }).click();
    const change = page.getByRole('form', { name: 'Change Teatteriretket' });
    await change.getByRole('combobox', { name: 'Cap on Kaikukortti places' }).selectOption({ label: 'Places over the period' });
    await change.getByRole('textbox', { name: 'Places' }).fill('12');
    await change.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Offer changed.').waitFor();
    await offer.getByText('12 places free today').waitFor();

    // Back in the network: listed by role and sector with its offer, and the third-sector issuer rule met.
    await page.getByRole('link', { name: 'Back to the network' }).click();
    const group = page.getByRole('heading', { name: 'Card distributors and culture partners (1)' });
    await group.waitFor();
    const listed = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Oulun Sininauha' }) });
    await listed.getByText('Third sector', { exact: true }).waitFor();
    await listed.getByText('12 places free today').waitFor();
    await eventually(async () => {
      await page.reload();
      await check(page, 'A third-sector card distributor').getByText('met', { exact: true }).waitFor({ timeout: 2_000 });
    }, 30_000);
    await page.context().close();
  });

  it("shows a coordinator of one area a refusal on another area's workspace, and asks the graph nothing of it", async () => {
    const { page, graphBodies } = await coordinator('helsinki', '/area/oulu?lang=en');
    await page.getByRole('heading', { name: "This is another area's workspace", level: 1 }).waitFor();
    await page.getByRole('link', { name: "Go to your own area's workspace" }).waitFor();
    expect(await page.getByText('Oulu').count()).toBe(0);
    expect(graphBodies.filter((body) => /oulu/i.test(body))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: "Go to your own area's workspace" }).click();
    await page.getByRole('heading', { name: 'Helsinki', level: 1 }).waitFor();
    await page.context().close();
  });

  it('sends a coordinator from /area to their own area, and lets a national admin pick any area and activate it early with a reason', async () => {
    const own = await coordinator('oulu', '/area?lang=en');
    await own.page.waitForURL(/\/area\/oulu/);
    await own.page.getByRole('heading', { name: 'Oulu', level: 1 }).waitFor();
    await own.page.context().close();

    const { page } = await signedIn('role=NATIONAL_ADMIN', '/area?lang=en');
    await page.getByRole('heading', { name: 'Choose an area', level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Turku' }).click();
    await page.getByRole('heading', { name: 'Turku', level: 1 }).waitFor();
    // Six of ten steps are done: a national admin may activate, with the reason that is recorded.
    const activate = page.getByRole('form', { name: 'Change to: Active' });
    await activate.getByText('6 of the ten trial steps are done: activating now needs a reason, which is recorded.').waitFor();
    await activate.getByRole('button', { name: 'Change to: Active' }).click();
    await activate.getByText('Type why the area is activated before its ten steps are done.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is in Finnish and in Swedish, with the reasons in the same language, and passes axe on every tab at 360 px and on a desktop', async () => {
    const cases = [
      { lang: 'fi', h2: 'Kokeilun kymmenen vaihetta', status: 'Tila: Kokeilu', tabs: ['Kokeilu', 'Verkosto', 'Luvut'], reason: 'Työryhmässä on kulttuurin sekä sosiaali- ja terveys- tai hyvinvointipalvelujen edustajat.', rule: 'Verkosto', partners: /^Kumppanit \(/, offers: 'Tarjoukset' },
      { lang: 'sv', h2: 'Försökets tio steg', status: 'Status: Försök', tabs: ['Försök', 'Nätverk', 'Siffror'], reason: 'Arbetsgruppen har företrädare för både kulturen och social- och hälsovården eller välfärden.', rule: 'Nätverket', partners: /^Partner \(/, offers: 'Erbjudanden' },
    ];
    for (const { lang, h2, status, tabs, reason, rule, partners, offers } of cases) {
      for (const width of [360, 1280]) {
        const { page } = await coordinator('turku', `/area/turku?lang=${lang}`, lang, width);
        await page.getByRole('heading', { name: h2, level: 2 }).waitFor();
        await page.getByText(status).waitFor();
        await page.getByText(reason).first().waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await seriousViolations(page)).toEqual([]);
        await shoot(page, `trial-${lang}-${width}`);
        await page.getByRole('link', { name: tabs[1], exact: true }).click();
        await page.getByRole('heading', { name: rule, level: 2 }).waitFor();
        const firstPartner = page.getByRole('region', { name: partners }).getByRole('listitem').getByRole('link').first();
        await firstPartner.waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await shoot(page, `network-${lang}-${width}`);
        await firstPartner.click();
        await page.getByRole('heading', { name: offers, level: 3 }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await shoot(page, `partner-${lang}-${width}`);
        await page.getByRole('link', { name: tabs[2], exact: true }).click();
        await page.waitForURL(/tab=figures/);
        expect(await seriousViolations(page)).toEqual([]);
        await page.context().close();
      }
    }
  });

  it('lets a coordinator mark a step done with the keyboard alone', async () => {
    const { page } = await coordinator('keski-suomi', '/area/keski-suomi?lang=en');
    await page.getByRole('heading', { name: "The trial's ten steps", level: 2 }).waitFor();
    const focusedName = () => page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      // The name of a control only: the page's body would "contain" every button's text.
      if (!element) return '';
      return ['BUTTON', 'A'].includes(element.tagName) ? `${element.tagName}:${element.textContent?.trim() ?? ''}` : element.tagName;
    });
    /** Presses Tab until the focus is on `target` (a date field takes a Tab per part of the date). */
    const tabTo = async (target: string) => {
      for (let presses = 0; (await focusedName()) !== target; presses += 1) {
        if (presses > 80) throw new Error(`${target} not reached by Tab; at ${await focusedName()}`);
        await page.keyboard.press('Tab');
      }
    };
    // From the top of the page to the step's button.
    await tabTo('BUTTON:Mark step 4 done');
    await page.keyboard.press('Enter');
    // The form takes the focus to its first field: the date, today already.
    await eventually(async () => expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('date'));
    await tabTo('SELECT');
    await page.keyboard.press('ArrowDown'); // the first member of the group
    await tabTo('TEXTAREA');
    await page.keyboard.type('Workshop held with the library');
    await tabTo('BUTTON:Save as done');
    await page.keyboard.press('Enter');
    const step4 = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^4\. / }) });
    await step4.getByText(/Done on /).waitFor();
    await step4.getByText('Workshop held with the library').waitFor();
    await step4.getByText(/^Responsible: /).waitFor();
    await page.context().close();
  });
});
