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
    // One statement per batch: the batch's visits summed per month and facility type.
    handle: async (events, manager) => {
      const visits = events
        .filter(({ type }) => type === 'CardUseRecorded' || type === 'CardUseCancelled')
        .map(({ type, payload }) => ({ venuePartnerId: payload.venuePartnerId, usedOn: payload.usedOn, change: type === 'CardUseRecorded' ? 1 : -1 }));
      if (visits.length === 0) return;
      // A visit counts for the venue's first (main) facility type; uses elsewhere are ignored.
      await manager.query(
        `INSERT INTO ext_sport_venues.visits AS t (month, facility_type, visits)
         SELECT date_trunc('month', e."usedOn")::date, v.facility_types[1], sum(e.change)
           FROM jsonb_to_recordset($1::jsonb) AS e("venuePartnerId" uuid, "usedOn" date, change int)
           JOIN ext_sport_venues.sport_venues v ON v.partner_id = e."venuePartnerId"
          GROUP BY 1, 2
         ON CONFLICT (month, facility_type) DO UPDATE SET visits = t.visits + EXCLUDED.visits`,
        [JSON.stringify(visits)],
      );
    },
  });
}
