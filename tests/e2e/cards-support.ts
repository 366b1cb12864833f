import { publishEvents } from '@kaiku/events';
import { stableId } from '@kaiku/subgraph-kit';
import { eventually, type TestStack } from '@kaiku/testing';

export const partnerId = (key: string) => stableId('partner', key);
export const areaId = (code: string) => stableId('area', code);

export const HELSINKI_UNIT = partnerId('hki-sosiaalipalvelut');
export const HELSINKI_THEATRE = partnerId('hki-kaupunginteatteri');
export const HELSINKI_COURSES = partnerId('hki-tyovaenopisto');
export const KESKI_SUOMI_UNIT = partnerId('keski-suomen-sosiaalipalvelut');
export const JYVASKYLA_MUSEUM = partnerId('jyvaskylan-taidemuseo');

export interface PartnerSnapshot {
  partnerId: string;
  areaId: string;
  roles: string[];
  active?: boolean;
  principlesVersion?: string | null;
  offer?: Record<string, unknown>;
}

/**
 * Publishes a partner snapshot to the partners event log, as the partners subgraph does on a
 * change (docs/events.md), and waits until the cards subgraph has learnt it.
 */
export async function publishPartner(stack: TestStack, snapshot: PartnerSnapshot, type = 'PartnerUpdated'): Promise<void> {
  const payload = { sector: 'PUBLIC', active: true, agreementSigned: true, principlesVersion: null, categories: [], ...snapshot };
  await stack.subgraphs.partners.dataSource.transaction((manager) => publishEvents(manager, 'partners', [{ type, payload }]));
  await eventually(async () => {
    const [fact] = await stack.subgraphs.cards.dataSource.query('SELECT principles_version FROM cards.partner_facts WHERE partner_id = $1', [snapshot.partnerId]);
    expect(fact).toBeDefined();
    expect(fact.principles_version).toBe(payload.principlesVersion);
    if (snapshot.offer) {
      const [offer] = await stack.subgraphs.cards.dataSource.query('SELECT 1 FROM cards.offer_facts WHERE offer_id = $1', [snapshot.offer.offerId]);
      expect(offer).toBeDefined();
    }
  });
}

/** Waits until cards knows every demo area (from the areas event log). */
export async function areasKnown(stack: TestStack): Promise<void> {
  await eventually(async () => {
    const [{ count }] = await stack.subgraphs.cards.dataSource.query('SELECT count(*)::int AS count FROM cards.area_facts');
    expect(count).toBeGreaterThanOrEqual(8);
  });
}

/** Culture partners of the demo that have accepted the operating principles. */
export async function venuesReady(stack: TestStack): Promise<void> {
  await areasKnown(stack);
  await publishPartner(stack, { partnerId: HELSINKI_THEATRE, areaId: areaId('helsinki'), roles: ['CULTURE_PARTNER'], principlesVersion: '2024-1' });
  await publishPartner(stack, { partnerId: HELSINKI_COURSES, areaId: areaId('helsinki'), roles: ['CULTURE_PARTNER'], principlesVersion: '2024-1' });
  await publishPartner(stack, { partnerId: JYVASKYLA_MUSEUM, areaId: areaId('keski-suomi'), roles: ['CULTURE_PARTNER'], principlesVersion: '2024-1' });
  await eventually(async () => {
    const [fact] = await stack.subgraphs.cards.dataSource.query('SELECT 1 FROM cards.partner_facts WHERE partner_id = $1', [HELSINKI_UNIT]);
    expect(fact).toBeDefined();
  });
}

export async function countRows(stack: TestStack, table: string): Promise<number> {
  const [{ count }] = await stack.subgraphs.cards.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
  return count;
}
