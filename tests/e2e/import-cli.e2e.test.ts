import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IssueCardDocument } from '@kaiku/client';
import { finnishDay, runKaiku as kaiku, startStack, type TestStack } from '@kaiku/testing';
import { HELSINKI_THEATRE, HELSINKI_UNIT, countRows, venuesReady } from './cards-support';

/** `kaiku import uses FILE --partner ID`: a paper list entered later, through the gateway. */
describe('kaiku import uses', () => {
  let stack: TestStack;
  let folder: string;
  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    folder = mkdtempSync(join(tmpdir(), 'kaiku-import-'));
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('records valid rows, reports the others by row, and records nothing twice', async () => {
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: HELSINKI_UNIT });
    const issue = async () =>
      (await stack.request(IssueCardDocument, { input: { distributorId: HELSINKI_UNIT, birthYear: 1970, postcode: '00100', children: 1 } }, { token: distributor })).data!.issueCard.number;
    const [a, b] = [await issue(), await issue()];
    const today = finnishDay();
    const file = join(folder, 'uses.csv');
    writeFileSync(
      file,
      ['Card number;Date;Category;Adult tickets;Child tickets', `${a};${today};culture;1;1`, `${b.toLowerCase()};${today};CULTURE;1;0`, `${b};${today};CULTURE;1;5`].join('\n'),
    );
    const token = await stack.token({ role: 'PARTNER_STAFF', partnerId: HELSINKI_THEATRE });
    const env = { KAIKU_PROGRESS: '1', LOG_LEVEL: 'silent' };
    const args = ['import', 'uses', file, '--partner', HELSINKI_THEATRE, '--gateway', stack.gatewayUrl, '--token', token];
    const before = await countRows(stack, 'cards.card_uses');

    const first = await kaiku(args, env);
    expect(first.stdout).toContain('3 rows: 2 recorded now, 0 already recorded earlier, 1 rejected.');
    expect(first.stdout).toMatch(/row 4: childTickets: the card allows at most 1 children/);
    expect(first.stderr).toContain('Importing uses');
    expect(first.code).toBe(2);
    expect(await countRows(stack, 'cards.card_uses')).toBe(before + 2);

    const second = await kaiku(args, env);
    expect(second.stdout).toContain('3 rows: 0 recorded now, 2 already recorded earlier, 1 rejected.');
    expect(await countRows(stack, 'cards.card_uses')).toBe(before + 2);
  });

  it('names an unknown column', async () => {
    const file = join(folder, 'bad.csv');
    writeFileSync(file, 'card,colour\nX,red\n');
    const run = await kaiku(['import', 'uses', file, '--partner', HELSINKI_THEATRE, '--gateway', stack.gatewayUrl, '--token', 'x'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Unknown column "colour"');
  });
});
