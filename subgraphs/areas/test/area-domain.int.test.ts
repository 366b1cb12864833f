import { eventLogTableSql, publishEvents } from '@kaiku/events';
import { eventually, startStack, type TestStack } from '@kaiku/testing';
import { entityByIdLoader, stableId } from '@kaiku/subgraph-kit';
import { Area } from '../src/entities/area';

/** The areas subgraph alone on real PostgreSQL: reference data, database rules, seed events, partner facts. */
describe('areas subgraph', () => {
  let stack: TestStack;
  const db = () => stack.subgraphs.areas.dataSource;
  beforeAll(async () => {
    stack = await startStack({ only: ['areas'], seed: true });
    // Stands in for the partners subgraph: its event log, written as publishEvents does.
    await db().query('CREATE SCHEMA IF NOT EXISTS partners');
    for (const sql of eventLogTableSql('partners')) await db().query(sql);
  });
  afterAll(() => stack?.stop());

  it('loads the 308 municipalities with regions and wellbeing services counties', async () => {
    const [{ count }] = await db().query('SELECT count(*)::int AS count FROM areas.municipalities');
    expect(count).toBe(308);
    const [helsinki] = await db().query("SELECT * FROM areas.municipalities WHERE code = '091'");
    expect(helsinki).toMatchObject({ name_fi: 'Helsinki', name_sv: 'Helsingfors', region_code: '01' });
  });

  it('seeds municipalities per area from the reference data', async () => {
    const rows: Array<{ code: string; count: number }> = await db().query(
      `SELECT a.code, count(am.*)::int AS count FROM areas.areas a LEFT JOIN areas.area_municipalities am ON am.area_id = a.id GROUP BY a.code`,
    );
    const counts = Object.fromEntries(rows.map((row) => [row.code, row.count]));
    expect(counts).toEqual({
      helsinki: 1, vantaa: 1, turku: 1, oulu: 1, 'tampereen-seutu': 8, 'pohjois-karjala': 13, 'keski-suomi': 22, kymenlaakso: 6,
    });
  });

  it('publishes the full snapshot for every seeded area', async () => {
    const events: Array<{ type: string; payload: Record<string, unknown> }> = await db().query('SELECT type, payload FROM areas.event_log ORDER BY id');
    expect(events).toHaveLength(8);
    const helsinki = events.find((event) => event.payload.code === 'helsinki');
    expect(helsinki).toEqual({
      type: 'AreaRegistered',
      payload: expect.objectContaining({
        areaId: stableId('area', 'helsinki'), code: 'helsinki', kind: 'MUNICIPALITY', status: 'ACTIVE', localOnly: false, municipalityCodes: ['091'],
      }),
    });
  });

  it('refuses in the database a municipality in two areas that have not ended, and frees it when one ends', async () => {
    const oulu = stableId('area', 'oulu');
    const helsinki = stableId('area', 'helsinki');
    await expect(db().query("INSERT INTO areas.area_municipalities (area_id, municipality_code) VALUES ($1, '091')", [oulu])).rejects.toThrow(
      /area_municipalities_one_live_area/,
    );
    await db().transaction(async (manager) => {
      await manager.query("UPDATE areas.areas SET status = 'ENDED' WHERE id = $1", [helsinki]);
      await manager.query("INSERT INTO areas.area_municipalities (area_id, municipality_code) VALUES ($1, '091')", [oulu]);
      const flags = await manager.query("SELECT area_id, area_ended FROM areas.area_municipalities WHERE municipality_code = '091' ORDER BY area_ended");
      expect(flags).toEqual([{ area_id: oulu, area_ended: false }, { area_id: helsinki, area_ended: true }]);
      // Leave the demo data as it was.
      throw new Error('rollback');
    }).catch((error) => expect(String(error)).toMatch('rollback'));
  });

  it('keeps partner facts from the partners event log, treating a missing agreementSigned as false', async () => {
    const turku = stableId('area', 'turku');
    await db().transaction((manager) =>
      publishEvents(manager, 'partners', [
        { type: 'PartnerRegistered', payload: { partnerId: stableId('partner', 't1'), areaId: turku, roles: ['CARD_DISTRIBUTOR'], sector: 'THIRD_SECTOR', active: true } },
        { type: 'PartnerRegistered', payload: { partnerId: stableId('partner', 't2'), areaId: turku, roles: ['CULTURE_PARTNER'], sector: 'PUBLIC', active: true, agreementSigned: true } },
      ]),
    );
    const facts = await eventually(async () => {
      const rows = await db().query('SELECT partner_id, agreement_signed, roles, sector FROM areas.partner_facts ORDER BY sector');
      expect(rows).toHaveLength(2);
      return rows;
    });
    expect(facts[1]).toMatchObject({ sector: 'THIRD_SECTOR', roles: ['CARD_DISTRIBUTOR'], agreement_signed: false });

    // A later snapshot replaces the earlier one.
    await db().transaction((manager) =>
      publishEvents(manager, 'partners', [
        { type: 'AgreementSigned', payload: { partnerId: stableId('partner', 't1'), areaId: turku, roles: ['CARD_DISTRIBUTOR'], sector: 'THIRD_SECTOR', active: true, agreementSigned: true } },
      ]),
    );
    await eventually(async () => {
      const [{ unsigned }] = await db().query('SELECT count(*) FILTER (WHERE NOT agreement_signed)::int AS unsigned FROM areas.partner_facts');
      expect(unsigned).toBe(0);
    });
    const response = await stack.request('query { area(code: "turku") { readiness { ready checks { code passed } } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.area.readiness.checks).toEqual(expect.arrayContaining([
      { code: 'THIRD_SECTOR_ACTOR', passed: true },
      { code: 'CARD_DISTRIBUTOR', passed: true },
      { code: 'PARTNER_AGREEMENTS', passed: true },
    ]));
  });
  it('loads areas by id as findBy does (same entity class, embedded name, dates, booleans), unknown and malformed ids null, in one statement', async () => {
    const repository = db().getRepository(Area);
    const all = await repository.find();
    const loader = entityByIdLoader(repository);
    const ids = [...all.map((area) => area.id), stableId('area', 'nowhere'), 'not-a-uuid'];
    const before = stack.subgraphs.areas.statementCount();
    const loaded = await loader.loadMany(ids);
    expect(stack.subgraphs.areas.statementCount() - before).toBe(1);
    expect(loaded.slice(0, all.length)).toEqual(all);
    expect(loaded.slice(all.length)).toEqual([null, null]);
    for (const area of loaded.slice(0, all.length)) expect(area).toBeInstanceOf(Area);
  });
});
