import type { EntityManager } from 'typeorm';
import { followEvents, type StoredEvent } from '@kaiku/events';
import { todayInFinland, type Worker, type WorkerEnvironment } from '@kaiku/subgraph-kit';
import { applyUses, cancelUse } from './rollups/uses';
import { applyCardChange, applyCardsIssued } from './rollups/cards';
import { applyWellbeingAnswered } from './wellbeing';

/** Turns the cards event log into facts and rollups, each event exactly once. */
export async function followCards({ dataSource, logger }: WorkerEnvironment): Promise<Worker> {
  return followEvents({
    dataSource,
    stream: 'cards',
    follower: 'statistics-facts',
    cursorSchema: 'statistics',
    onError: (error) => logger.error({ err: error }, 'cards follower failed; retrying'),
    handle: applyCardEvents,
  });
}

/** Areas' codes and names, for scope checks and exports. */
export async function followAreas({ dataSource, logger }: WorkerEnvironment): Promise<Worker> {
  return followEvents({
    dataSource,
    stream: 'areas',
    follower: 'statistics-areas',
    cursorSchema: 'statistics',
    onError: (error) => logger.error({ err: error }, 'areas follower failed; retrying'),
    handle: async (events, manager) => {
      for (const { payload } of events) {
        if (typeof payload?.areaId !== 'string' || typeof payload.code !== 'string') continue;
        await manager.query(
          `INSERT INTO statistics.area_codes (area_id, code, name_fi, name_sv, name_en) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (area_id) DO UPDATE SET code = EXCLUDED.code, name_fi = coalesce(EXCLUDED.name_fi, area_codes.name_fi),
             name_sv = coalesce(EXCLUDED.name_sv, area_codes.name_sv), name_en = coalesce(EXCLUDED.name_en, area_codes.name_en)`,
          [payload.areaId, payload.code, payload.name?.fi ?? null, payload.name?.sv ?? null, payload.name?.en ?? null],
        );
      }
    },
  });
}

/** Event types applied set-wise: a run of them in a few statements, whatever its length. */
const SET_WISE = new Map<string, (manager: EntityManager, payloads: Array<Record<string, any>>) => Promise<void>>([
  ['CardUseRecorded', applyUses],
  ['CardIssued', applyCardsIssued],
]);

/**
 * Applies a batch in order. Runs of uses and of new cards are applied set-wise (a statement
 * per run); other card lifecycle events one by one, as each depends on the card's last state.
 */
export async function applyCardEvents(events: StoredEvent[], manager: EntityManager): Promise<void> {
  let run: StoredEvent[] = [];
  const flush = async () => {
    if (run.length) await SET_WISE.get(run[0].type)!(manager, run.map((event) => event.payload));
    run = [];
  };
  for (const event of events) {
    if (SET_WISE.has(event.type)) {
      if (run.length && run[0].type !== event.type) await flush();
      run.push(event);
      continue;
    }
    await flush();
    if (event.type === 'CardUseCancelled') await cancelUse(manager, event.payload.useId);
    else if (event.type === 'WellbeingAnswered') await applyWellbeingAnswered(manager, event.payload);
    // The day only for the events that need it: formatting it in Finnish time is not free.
    else if (['CardRenewed', 'CardReplaced', 'CardRevoked'].includes(event.type)) await applyCardChange(manager, event.payload, dayOf(event.occurredAt));
  }
  await flush();
}

function dayOf(instant: Date | string | undefined): string {
  return instant ? todayInFinland(new Date(instant)) : todayInFinland();
}
