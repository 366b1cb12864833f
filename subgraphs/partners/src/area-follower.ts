import { followEvents } from '@kaiku/events';
import type { WorkerEnvironment, Worker } from '@kaiku/subgraph-kit';
import { KnownArea } from './entities/known-area';

interface AreaEventPayload {
  areaId: string;
  code: string;
  status: string;
  localOnly: boolean;
}

/** Keeps `known_areas` in step with the areas event log. */
export async function followAreas({ dataSource, logger }: WorkerEnvironment): Promise<Worker> {
  return followEvents({
    dataSource,
    stream: 'areas',
    follower: 'partners-known-areas',
    cursorSchema: 'partners',
    onError: (error) => logger.error({ err: error }, 'areas follower failed; retrying'),
    handle: async (events, manager) => {
      for (const event of events) {
        const payload = event.payload as AreaEventPayload;
        if (!payload.areaId) continue;
        await manager.upsert(
          KnownArea,
          { id: payload.areaId, code: payload.code, status: payload.status, localOnly: payload.localOnly },
          ['id'],
        );
      }
    },
  });
}
