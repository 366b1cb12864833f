import type { EntityManager } from 'typeorm';
import { publishEvents } from '@kaiku/events';
import type { Area, AreaStatus } from './entities/area';

export type AreaEventType = 'AreaRegistered' | 'AreaUpdated' | 'AreaStatusChanged';

/**
 * The area snapshot every areas event carries (docs/events.md). `name` is extra: the
 * statistics follower keeps area names for its exports when the snapshot has them.
 */
export function areaSnapshot(area: Area, municipalityCodes: string[]) {
  return {
    areaId: area.id,
    code: area.code,
    kind: area.kind,
    status: area.status,
    localOnly: area.localOnly,
    municipalityCodes,
    name: { fi: area.name.fi, sv: area.name.sv ?? null, en: area.name.en ?? null },
  };
}

export async function municipalityCodesOf(manager: EntityManager, areaId: string): Promise<string[]> {
  const rows: Array<{ code: string }> = await manager.query(
    'SELECT municipality_code AS code FROM areas.area_municipalities WHERE area_id = $1 ORDER BY municipality_code',
    [areaId],
  );
  return rows.map((row) => row.code);
}

/**
 * Publishes the area's current snapshot in the caller's transaction. `change` says what
 * changed (details, municipalities, trial step, working group, agreement) for readers of the
 * log; followers need only the snapshot.
 */
export async function publishAreaEvent(
  manager: EntityManager,
  type: AreaEventType,
  area: Area,
  extra: { previousStatus?: AreaStatus; change?: string } = {},
): Promise<void> {
  const snapshot = areaSnapshot(area, await municipalityCodesOf(manager, area.id));
  await publishEvents(manager, 'areas', [{ type, payload: { ...snapshot, ...extra } }]);
}
