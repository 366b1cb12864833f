import { followEvents } from '@kaiku/events';
import type { Worker, WorkerEnvironment } from '@kaiku/subgraph-kit';
import { KnownArea, PartnerArea } from './entities/facts';

/**
 * The extension follows three core logs with its own cursors, with no change to core code:
 * areas (codes), partners (which area a partner is in) and cards (visits per facility type).
 */
export function followCore(environment: WorkerEnvironment): Promise<Worker> {
  const { dataSource, logger } = environment;
  const follow = (stream: string, handle: Parameters<typeof followEvents>[0]['handle']) =>
    followEvents({
      dataSource,
      stream,
      follower: `sport-venues-${stream}`,
      cursorSchema: 'ext_sport_venues',
      onError: (error) => logger.error({ err: error, stream }, 'follower failed; retrying'),
      handle,
    });
  return Promise.all([
    follow('areas', async (events, manager) => {
      for (const { payload } of events) {
        if (typeof payload?.areaId === 'string' && typeof payload.code === 'string') {
          await manager.upsert(KnownArea, { areaId: payload.areaId, code: payload.code }, ['areaId']);
        }
      }
    }),
    follow('partners', async (events, manager) => {
      for (const { payload } of events) {
        if (typeof payload?.partnerId === 'string' && typeof payload.areaId === 'string') {
          await manager.upsert(PartnerArea, { partnerId: payload.partnerId, areaId: payload.areaId }, ['partnerId']);
        }
      }
    }),
    follow('cards', async (events, manager) => {
      for (const { type, payload } of events) {
        if (type !== 'CardUseRecorded' && type !== 'CardUseCancelled') continue;
        // A visit counts for the venue's first (main) facility type; uses elsewhere are ignored.
        await manager.query(
          `INSERT INTO ext_sport_venues.visits (month, facility_type, visits)
           SELECT date_trunc('month', $2::date)::date, v.facility_types[1], $3
             FROM ext_sport_venues.sport_venues v WHERE v.partner_id = $1
           ON CONFLICT (month, facility_type) DO UPDATE SET visits = visits.visits + EXCLUDED.visits`,
          [payload.venuePartnerId, payload.usedOn, type === 'CardUseRecorded' ? 1 : -1],
        );
      }
    }),
  ]).then((followers) => ({ stop: async () => void (await Promise.all(followers.map((f) => f.stop()))) }));
}
