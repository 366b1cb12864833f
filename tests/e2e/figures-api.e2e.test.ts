import { randomUUID } from 'node:crypto';
import { IssueCardDocument, RegisterCardUseDocument } from '@kaiku/client';
import { suppressColumn } from '@kaiku/subgraph-kit';
import { errorCode, eventually, finnishDay, startStack, type TestStack } from '@kaiku/testing';
import { HELSINKI_THEATRE, HELSINKI_UNIT, areaId, partnerId, publishPartner, venuesReady } from './cards-support';

const VANTAA_UNIT = partnerId('vantaan-sosiaalityo');
const VANTAA_MUSEUM = partnerId('vantaan-kaupunginmuseo');

jest.setTimeout(120_000);

const CELLS = 'homeArea { code } venueArea { code } uses suppressed';
const AREA_CROSS = `query AreaCross($code: String!, $from: Date!, $to: Date!) {
  area(code: $code) { statistics(from: $from, to: $to) { totals { uses } holdersWentTo { ${CELLS} } visitorsFrom { ${CELLS} } } }
}`;
const NATIONAL_CROSS = `query NationalCross($from: Date!, $to: Date!) { nationalStatistics(from: $from, to: $to) { crossArea { ${CELLS} } } }`;

type Cell = { homeArea: { code: string }; venueArea: { code: string }; uses: number | null; suppressed: string[] };
const pair = (cell: Cell) => `${cell.homeArea.code}>${cell.venueArea.code}`;

/** The figures the area views draw: where an area's holders went and who visited it, through the gateway. */
describe("an area's cross-area figures", () => {
  let stack: TestStack;
  let analyst: string;
  let coordinator: string;
  const period = { from: finnishDay(), to: finnishDay() };

  beforeAll(async () => {
    stack = await startStack({ seed: true });
    await venuesReady(stack);
    await publishPartner(stack, { partnerId: VANTAA_MUSEUM, areaId: areaId('vantaa'), roles: ['CULTURE_PARTNER'], principlesVersion: '2024-1' });
    await eventually(async () => {
      const [fact] = await stack.subgraphs.cards.dataSource.query('SELECT 1 FROM cards.partner_facts WHERE partner_id = $1', [VANTAA_UNIT]);
      expect(fact).toBeDefined();
    });
    analyst = await stack.token({ role: 'ANALYST' });
    coordinator = await stack.token({ role: 'AREA_COORDINATOR', areas: ['helsinki'] });
  });
  afterAll(() => stack?.stop());

  async function area(code: string, token: string) {
    const response = await stack.request(AREA_CROSS, { code, ...period }, { token });
    expect(response.errors).toBeUndefined();
    return response.data.area.statistics as { totals: { uses: number | null }; holdersWentTo: Cell[]; visitorsFrom: Cell[] };
  }

  async function national(): Promise<Cell[]> {
    const response = await stack.request(NATIONAL_CROSS, period, { token: analyst });
    expect(response.errors).toBeUndefined();
    return response.data.nationalStatistics.crossArea;
  }

  async function issueAndUse(distributorId: string, postcode: string, venue: string): Promise<void> {
    const distributor = await stack.token({ role: 'DISTRIBUTOR', partnerId: distributorId });
    const staff = await stack.token({ role: 'PARTNER_STAFF', partnerId: venue });
    const card = await stack.request(IssueCardDocument, { input: { distributorId, birthYear: 1980, postcode, children: 0 } }, { token: distributor });
    expect(card.errors).toBeUndefined();
    const use = await stack.request(
      RegisterCardUseDocument,
      { input: { cardNumber: card.data!.issueCard.number, partnerId: venue, category: 'CULTURE', adultTickets: 1, idempotencyKey: randomUUID() } },
      { token: staff },
    );
    expect(use.errors).toBeUndefined();
  }

  it("equal the area's row and column of the national table, and count a new cross-area use once it is followed", async () => {
    const before = await area('helsinki', analyst);
    const count = (cells: Cell[], key: string) => cells.find((cell) => pair(cell) === key)?.uses ?? 0;
    await issueAndUse(VANTAA_UNIT, '01300', HELSINKI_THEATRE);
    await issueAndUse(HELSINKI_UNIT, '00530', VANTAA_MUSEUM);
    await eventually(async () => {
      const after = await area('helsinki', analyst);
      expect(count(after.visitorsFrom, 'vantaa>helsinki') - count(before.visitorsFrom, 'vantaa>helsinki')).toBe(1);
      expect(count(after.holdersWentTo, 'helsinki>vantaa') - count(before.holdersWentTo, 'helsinki>vantaa')).toBe(1);
    }, 30_000);
    const figures = await area('helsinki', analyst);
    const table = await national();
    const sorted = (cells: Cell[]) => [...cells].sort((a, b) => pair(a).localeCompare(pair(b)));
    expect(sorted(figures.holdersWentTo)).toEqual(sorted(table.filter((cell) => cell.homeArea.code === 'helsinki')));
    expect(sorted(figures.visitorsFrom)).toEqual(sorted(table.filter((cell) => cell.venueArea.code === 'helsinki' && cell.homeArea.code !== 'helsinki')));
    // Where the holders went adds up to the area's uses.
    expect(figures.holdersWentTo.reduce((sum, cell) => sum + cell.uses!, 0)).toBe(figures.totals.uses);
  });

  it('are suppressed for the coordinator down each list, primary and secondary, in the same order', async () => {
    const raw = await area('helsinki', analyst);
    const seen = await area('helsinki', coordinator);
    for (const list of ['holdersWentTo', 'visitorsFrom'] as const) {
      expect(seen[list].map(pair)).toEqual(raw[list].map(pair));
      const expected = suppressColumn(raw[list].map((cell) => cell.uses!));
      expect(seen[list].map((cell) => cell.uses)).toEqual(expected);
      expect(seen[list].map((cell) => cell.suppressed)).toEqual(expected.map((value) => (value === null ? ['uses'] : [])));
    }
    // Today's new Vantaa visitor is a small count: hidden, not shown as 1.
    const visitor = seen.visitorsFrom.find((cell) => pair(cell) === 'vantaa>helsinki')!;
    const rawVisitor = raw.visitorsFrom.find((cell) => pair(cell) === 'vantaa>helsinki')!;
    if (rawVisitor.uses! < 5) expect(visitor).toMatchObject({ uses: null, suppressed: ['uses'] });
  });

  it("are refused to a coordinator of another area, and cost the same few statements for every area's lists", async () => {
    const refused = await stack.request(AREA_CROSS, { code: 'keski-suomi', ...period }, { token: coordinator });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const perArea = (fields: string) => `query($from: Date!, $to: Date!) { nationalStatistics(from: $from, to: $to) { byArea { area { code } ${fields} } } }`;
    // A fresh period so no cache answers either query.
    const fresh = { from: finnishDay(-3), to: finnishDay(-1) };
    let start = stack.statementCount();
    expect((await stack.request(perArea(''), fresh, { token: analyst })).errors).toBeUndefined();
    const without = stack.statementCount() - start;
    start = stack.statementCount();
    const fresher = { from: finnishDay(-4), to: finnishDay(-1) };
    expect((await stack.request(perArea(`holdersWentTo { ${CELLS} } visitorsFrom { ${CELLS} }`), fresher, { token: analyst })).errors).toBeUndefined();
    // However many areas: the cross-area table once, and the area names of each of the four
    // lists of cells once (the gateway fetches each path's areas in one batch).
    expect(stack.statementCount() - start - without).toBeLessThanOrEqual(5);
  });
});
