import type { Worker, WorkerEnvironment } from '@kaiku/subgraph-kit';
import { deleteStaleWellbeingAnswers } from '../domain/wellbeing';

const HOURLY = 60 * 60 * 1000;

/** Deletes kept wellbeing scores past their retention at start and every hour (docs/security.md). */
export async function wellbeingRetention({ dataSource, logger }: WorkerEnvironment): Promise<Worker> {
  const sweep = () =>
    deleteStaleWellbeingAnswers(dataSource)
      .then((deleted) => deleted && logger.info({ deleted }, 'deleted wellbeing answers past retention'))
      .catch((error) => logger.error({ err: error }, 'wellbeing retention sweep failed; trying again in an hour'));
  let running = sweep();
  const timer = setInterval(() => {
    running = sweep();
  }, HOURLY);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
