import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startStack, type TestStack } from '@kaiku/testing';
import { IssueCardDocument } from '../../packages/client/src';
import { HELSINKI_THEATRE, HELSINKI_UNIT, venuesReady } from '../../tests/e2e/cards-support';
import { CHROMIUM_FLAGS } from './browser';
import { writeQrVideo } from './qr-video';

jest.setTimeout(120_000);

/** A card's QR code shown to Chromium's fake camera (a generated video) is read at the door. */
describe('scanning a QR code at the door', () => {
  let stack: TestStack;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    dir = mkdtempSync(join(tmpdir(), 'kaiku-qr-'));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('checks the card whose QR code the camera sees, and records its use', async () => {
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT }, 'distributor');
    const issued = await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1980, postcode: '00530', children: 2 } }, { token: distributor });
    const card = issued.data!.issueCard;
    const video = join(dir, 'card.y4m');
    writeQrVideo(video, card.qrPayload);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    const context = await browser.newContext({ permissions: ['camera'] });
    const page = await context.newPage();
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    await page.goto(`${base}/sign-in?role=PARTNER_STAFF&partner=${HELSINKI_THEATRE}&lang=en`);
    await page.waitForURL(/\/door/);
    await page.getByRole('button', { name: 'Scan QR code' }).click();
    await page.getByText('Valid', { exact: true }).waitFor({ timeout: 20_000 });
    await page.getByText('Children may come along').waitFor();
    await page.getByRole('button', { name: 'Record use' }).click();
    await page.getByText('Use recorded: 1 people.').waitFor();
    const [{ count }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.card_uses WHERE card_id = $1', [card.id]);
    expect(count).toBe(1);
    await context.close();
  });
});
