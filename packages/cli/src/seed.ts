import { createDataSource, migrate } from '@kaiku/subgraph-kit';
import type { PlatformService } from './platform';

/** Migrates each subgraph's schema and writes its demo data once. */
export async function seedAll(databaseUrl: string, services: PlatformService[]): Promise<void> {
  for (const { module } of services) {
    if (!module.seed) continue;
    const { dataSource } = createDataSource({
      url: databaseUrl,
      schema: module.schema,
      entities: module.entities,
      migrations: module.migrations,
      poolSize: 2,
    });
    await dataSource.initialize();
    try {
      await migrate(dataSource, module.schema, module.name);
      await module.seed(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }
}
