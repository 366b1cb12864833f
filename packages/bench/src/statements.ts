/**
 * SQL statements per directory page: a page of 10 and a page of 100 partners, through the
 * gateway, counted by each subgraph's statement counter (the approach of
 * subgraphs/partners/test/directory-statements.int.test.ts, over the whole platform with the
 * extension). Counting needs no separate processes: nothing is timed here.
 *   npm run bench -- statements
 */
import { PartnerDirectoryFullDocument } from '@kaiku/client';
import { startStack, type TestStack } from '@kaiku/testing';
import { DIRECTORY_QUERY } from './directory';
import { benchDatabase } from './stack';

async function addPartners(stack: TestStack): Promise<void> {
  const db = stack.subgraphs.partners.dataSource;
  // What the areas follower would have learnt from the areas event log (followers are off so
  // that no poll runs between two counts).
  await db.query(`INSERT INTO partners.known_areas (id, code, status, local_only)
    SELECT DISTINCT ON (payload->>'areaId') (payload->>'areaId')::uuid, payload->>'code', payload->>'status', coalesce((payload->>'localOnly')::boolean, false)
      FROM areas.event_log ORDER BY payload->>'areaId', id DESC ON CONFLICT (id) DO NOTHING`);
  // 60 more partners in Helsinki, each with a venue, two categories and an offer: over 100 in all.
  await db.query(`INSERT INTO partners.partners (id, name_fi, name_sv, name_en, area_id, roles, sector, active)
    SELECT gen_random_uuid(), 'Aaa testikumppani ' || lpad(n::text, 3, '0'), 'Testpartner ' || n, 'Test partner ' || n,
           (SELECT id FROM partners.known_areas WHERE code = 'helsinki'), ARRAY['CULTURE_PARTNER'], 'PUBLIC', true
      FROM generate_series(1, 60) n`);
  await db.query(`INSERT INTO partners.venues (id, partner_id, street_address, municipality_code, latitude, longitude)
    SELECT gen_random_uuid(), id, 'Testikatu 1', '091', 60.17, 24.94 FROM partners.partners WHERE name_fi LIKE 'Aaa testikumppani%'`);
  await db.query(`INSERT INTO partners.partner_categories (partner_id, category_code)
    SELECT id, c FROM partners.partners, unnest(ARRAY['culture.theatre', 'culture.concert']) c WHERE name_fi LIKE 'Aaa testikumppani%'`);
  await db.query(`INSERT INTO partners.offers (id, partner_id, title_fi, kind, category, valid_from, valid_until, cap_kind, cap_amount)
    SELECT gen_random_uuid(), id, 'Näytökset', 'TICKET', 'culture.theatre', '2024-01-01', '2099-12-31', 'PER_EVENT', 5
      FROM partners.partners WHERE name_fi LIKE 'Aaa testikumppani%'`);
}

export async function benchStatements(): Promise<void> {
  const { stop: stopDatabase } = await benchDatabase();
  const stack = await startStack({ seed: true, workers: false });
  try {
    await addPartners(stack);
    const admin = await stack.token({ role: 'NATIONAL_ADMIN' });
    const cases = [
      { name: 'directory with area, categories, venues, offers, sportVenue (anonymous)', document: DIRECTORY_QUERY, token: undefined },
      { name: 'PartnerDirectoryFull with contacts (national admin)', document: PartnerDirectoryFullDocument, token: admin },
    ];
    const rows: string[] = [];
    for (const { name, document, token } of cases) {
      const counts: Record<number, Record<string, number>> = {};
      await stack.request(document, { first: 5 }, { token }); // warm-up: the gateway plans the operation once
      for (const first of [10, 100]) {
        const before = Object.fromEntries(Object.entries(stack.subgraphs).map(([key, subgraph]) => [key, subgraph.statementCount()]));
        const response = await stack.request(document, { first }, { token });
        if (response.errors || response.data?.partners.edges.length !== first) throw new Error(`${name}: page of ${first}: ${JSON.stringify(response.errors ?? response.data?.partners.edges.length)}`);
        counts[first] = Object.fromEntries(Object.entries(stack.subgraphs).map(([key, subgraph]) => [key, subgraph.statementCount() - before[key]]));
      }
      const total = (first: number) => Object.values(counts[first]).reduce((sum, count) => sum + count, 0);
      const detail = (first: number) => Object.entries(counts[first]).filter(([, count]) => count > 0).map(([key, count]) => `${key} ${count}`).join(', ');
      const equal = total(10) === total(100);
      rows.push(`| ${name} | ${total(10)} (${detail(10)}) | ${total(100)} (${detail(100)}) | ${equal ? 'equal: met' : 'NOT equal: missed'} |`);
    }
    console.log('\n| operation | page of 10 | page of 100 | goal: equal |\n|---|---|---|---|');
    console.log(rows.join('\n'));
  } finally {
    await stack.stop();
    await stopDatabase();
  }
}
