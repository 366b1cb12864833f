import { followEvents } from '@kaiku/events';
import type { Worker, WorkerEnvironment } from './define';

/**
 * What every area extension needs to know of the core network: which area each partner is
 * in, and the areas' codes. Kept in the extension's own schema from the areas and partners
 * event logs, so "only for my area's partners" needs no call to another subgraph.
 */
export function networkFactsTablesSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".partner_areas (partner_id uuid PRIMARY KEY, area_id uuid NOT NULL)`,
    `CREATE TABLE "${schema}".known_areas (area_id uuid PRIMARY KEY, code text NOT NULL)`,
  ];
}

/** SQL condition: `column` is a partner of the area with code `areaParameter`. */
export function inAreaSql(schema: string, column: string, areaParameter: string): string {
  return `${column} IN (SELECT p.partner_id FROM "${schema}".partner_areas p JOIN "${schema}".known_areas a ON a.area_id = p.area_id WHERE a.code = ${areaParameter})`;
}

/** A worker that keeps `partner_areas` and `known_areas` of `schema` up to date. */
export function followNetworkFacts(schema: string) {
  return async ({ dataSource, logger }: WorkerEnvironment): Promise<Worker> => {
    const followers = await Promise.all([
      followEvents({
        dataSource,
        stream: 'areas',
        follower: `${schema}-areas`,
        cursorSchema: schema,
        onError: (error) => logger.error({ err: error }, 'areas follower failed; retrying'),
        handle: async (events, manager) => {
          for (const { payload } of events) {
            if (typeof payload?.areaId !== 'string' || typeof payload.code !== 'string') continue;
            await manager.query(
              `INSERT INTO "${schema}".known_areas (area_id, code) VALUES ($1, $2) ON CONFLICT (area_id) DO UPDATE SET code = EXCLUDED.code`,
              [payload.areaId, payload.code],
            );
          }
        },
      }),
      followEvents({
        dataSource,
        stream: 'partners',
        follower: `${schema}-partners`,
        cursorSchema: schema,
        onError: (error) => logger.error({ err: error }, 'partners follower failed; retrying'),
        handle: async (events, manager) => {
          for (const { payload } of events) {
            if (typeof payload?.partnerId !== 'string' || typeof payload.areaId !== 'string') continue;
            await manager.query(
              `INSERT INTO "${schema}".partner_areas (partner_id, area_id) VALUES ($1, $2) ON CONFLICT (partner_id) DO UPDATE SET area_id = EXCLUDED.area_id`,
              [payload.partnerId, payload.areaId],
            );
          }
        },
      }),
    ]);
    return { stop: async () => void (await Promise.all(followers.map((follower) => follower.stop()))) };
  };
}
