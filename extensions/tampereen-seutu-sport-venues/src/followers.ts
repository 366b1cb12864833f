import { followEvents } from '@kaiku/events';
import type { Worker, WorkerEnvironment } from '@kaiku/subgraph-kit';

/** Visits per facility type, from the cards event log with the extension's own cursor. */
export function followCardUses({ dataSource, logger }: WorkerEnvironment): Promise<Worker> {
  return followEvents({
    dataSource,
    stream: 'cards',
    follower: 'sport-venues-cards',
    cursorSchema: 'ext_sport_venues',
    onError: (error) => logger.error({ err: error }, 'cards follower failed; retrying'),
    handle: async (events, manager) => {
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
    },
  });
}
