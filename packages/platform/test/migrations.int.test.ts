import { createDataSource, migrate, MigrationError } from '@kaiku/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@kaiku/test-database';
import type { DataSource } from 'typeorm';
import { CreateNotes1764100000000 as Broken } from './fixtures/broken-migration';
import { CreateNotes1764100000000 as Good } from './fixtures/good-migration';

describe('migrations of an extension', () => {
  let database: TestDatabase;
  const open: DataSource[] = [];
  const connect = async (migration: Function) => {
    const { dataSource } = createDataSource({ url: database.url, schema: 'ext_fixture_notes', entities: [], migrations: [migration], poolSize: 1 });
    await dataSource.initialize();
    open.push(dataSource);
    return dataSource;
  };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(open.map((dataSource) => dataSource.destroy()));
    await database?.drop();
  });

  it('a broken statement is one block naming the extension, the file, the class, the position and what to do, and nothing is applied', async () => {
    const dataSource = await connect(Broken);
    const error = await migrate(dataSource, 'ext_fixture_notes', 'helsinki-fixture-notes').then(
      () => undefined,
      (failure: unknown) => failure as MigrationError,
    );
    expect(error).toBeInstanceOf(MigrationError);
    expect(error!.message).toContain('Extension helsinki-fixture-notes did not start: its migration CreateNotes1764100000000 failed.');
    expect(error!.message).toContain('packages/platform/test/fixtures/broken-migration.ts (class CreateNotes1764100000000)');
    expect(error!.message).toContain('syntax error at or near "CHEK"');
    expect(error!.message).toMatch(/line 4, column 19 of the statement:\n\s+body text CHEK \(length\(body\) < 10\)\n\s+\^/);
    expect(error!.message).toContain('What to do: fix the statement in packages/platform/test/fixtures/broken-migration.ts');
    const tables = await dataSource.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'ext_fixture_notes' AND table_name IN ('first', 'notes')");
    expect(tables).toEqual([]);
  });

  it('an applied migration whose file changed afterwards is reported', async () => {
    const dataSource = await connect(Good);
    const warnings: string[] = [];
    await migrate(dataSource, 'ext_fixture_notes', 'helsinki-fixture-notes', { warn: (line) => warnings.push(line) });
    await migrate(dataSource, 'ext_fixture_notes', 'helsinki-fixture-notes', { warn: (line) => warnings.push(line) });
    expect(warnings).toEqual([]);
    // As if the file had been edited after it ran: the kept checksum no longer matches.
    await dataSource.query("UPDATE ext_fixture_notes.migration_checksums SET checksum = 'before-the-edit'");
    await migrate(dataSource, 'ext_fixture_notes', 'helsinki-fixture-notes', { warn: (line) => warnings.push(line) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Extension helsinki-fixture-notes: migration CreateNotes1764100000000 (packages/platform/test/fixtures/good-migration.ts) was changed after it was applied');
    expect(warnings[0]).toContain('new migration');
  });
});
