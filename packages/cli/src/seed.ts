import { StartupError } from '@kaiku/database';
import { isRequired, type PlatformService } from '@kaiku/platform';
import { createDataSource, migrate } from '@kaiku/subgraph-kit';

export interface SeedOptions {
  /** Write the demo data too (default true); migrations always run. */
  seed?: boolean;
  log?: (line: string) => void;
}

/**
 * Migrates each subgraph's schema and writes its demo data once. An extension whose migration
 * (or seed) fails is named with the reason and left out, unless platform.json marks it required;
 * a core subgraph that fails stops everything. Resolves with the services that are ready.
 */
export async function seedAll(databaseUrl: string, services: PlatformService[], options: SeedOptions = {}): Promise<PlatformService[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const ready: PlatformService[] = [];
  for (const service of services) {
    const { module } = service;
    const { dataSource } = createDataSource({
      url: databaseUrl,
      schema: module.schema,
      entities: module.entities,
      migrations: module.migrations,
      poolSize: 2,
    });
    await dataSource.initialize();
    try {
      await migrate(dataSource, module.schema, module.name, { warn: (line) => log(line) });
      if (options.seed !== false && module.seed) await module.seed(dataSource);
      ready.push(service);
    } catch (error) {
      if (service.kind !== 'extension' || isRequired(service)) {
        if (service.kind === 'extension') throw new StartupError(`${(error as Error).message}\n  platform.json marks ${service.folder} required, so the platform does not start without it.`);
        throw error;
      }
      log((error as Error).message);
      log(`Extension ${module.name} is left out: the platform runs without it until its migration is fixed.`);
    } finally {
      await dataSource.destroy();
    }
  }
  return ready;
}
