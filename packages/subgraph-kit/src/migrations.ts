import type { DataSource } from 'typeorm';
import { StartupError } from '@kaiku/database';

/**
 * Creates the subgraph's schema and runs its pending migrations, refusing to start when the
 * database holds migrations this code does not know (the code is older than the data).
 */
export async function migrate(dataSource: DataSource, schema: string, subgraph: string): Promise<string[]> {
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const known = new Set(dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name));
  const table = await dataSource.query(`SELECT to_regclass($1) AS name`, [`"${schema}".migrations`]);
  if (table[0]?.name) {
    const applied: { name: string }[] = await dataSource.query(`SELECT name FROM "${schema}".migrations ORDER BY id`);
    const unknown = applied.map((row) => row.name).filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new StartupError(
        `Subgraph ${subgraph}: the database has migration ${unknown.join(', ')} that this code does not have: update the code (git pull), or reset the data folder (.data) to start from empty.`,
      );
    }
  }
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((migration) => migration.name);
}
