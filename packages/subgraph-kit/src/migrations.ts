import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { MigrationExecutor, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { StartupError } from '@kaiku/database';
import { releaseClosing } from '@kaiku/events';

const ROOT = resolve(__dirname, '..', '..', '..');

/** A migration that failed: says which one, where, and what to do, in one block. */
export class MigrationError extends StartupError {
  constructor(
    message: string,
    readonly subgraph: string,
    readonly migration: string,
    readonly file: string | undefined,
  ) {
    super(message);
  }
}

export interface MigrateOptions {
  /** Where an applied migration whose file changed since is reported (default: console.warn). */
  warn?: (message: string) => void;
}

type MigrationClass = new () => MigrationInterface;

/**
 * A built migration (dist/….js) stands for its TypeScript source when that is there: the file a
 * person edits, and the same checksum whether the platform ran built or from sources.
 */
function sourceOf(path: string): string {
  const source = path.replace(/\/dist\/(.*)\.js$/, '/src/$1.ts');
  return source !== path && existsSync(source) ? source : path;
}

/** The file a migration class was loaded from (Node's and Jest's module caches both list it). */
function fileOf(migration: MigrationInterface): string | undefined {
  const constructor = migration.constructor;
  for (const [path, loaded] of Object.entries(require.cache)) {
    // Migrations live in the repository's own files; libraries' exports may have getters that throw.
    if (path.includes('/node_modules/') || !loaded?.exports || typeof loaded.exports !== 'object') continue;
    for (const key of Object.keys(loaded.exports)) {
      try {
        if ((loaded.exports as Record<string, unknown>)[key] === constructor) return sourceOf(path);
      } catch {
        // an export that cannot be read is not the class
      }
    }
  }
  return undefined;
}

/** Of the file when it is known (what a person edits), else of the class's code. */
function checksumOf(migration: MigrationInterface, file: string | undefined): string {
  const text = file ? readFileSync(file, 'utf8').replace(/\r\n/g, '\n') : (migration.constructor as MigrationClass).toString();
  return createHash('sha256').update(text).digest('hex');
}

const nameOf = (migration: MigrationInterface) => migration.name ?? migration.constructor.name;
const shown = (file: string | undefined) => (file ? relative(ROOT, file) : 'its file could not be found');

/**
 * Replicas of a subgraph that start together (or `kaiku migrate` next to a running one) take
 * turns: the first migrates while holding this lock, the others wait and then find nothing
 * pending. One key per schema, so different subgraphs still migrate side by side.
 */
const lockKey = (schema: string) => `kaiku-migrate:${schema}`;

/**
 * Creates the subgraph's schema and runs its pending migrations, refusing to start when the
 * database holds migrations this code does not know (the code is older than the data). Each
 * migration's file checksum is kept: an applied migration whose file changed since is reported,
 * as that change never reaches a database that already ran it. A failing migration rolls back
 * (each runs in its own transaction) and is reported as one MigrationError block.
 */
export async function migrate(dataSource: DataSource, schema: string, subgraph: string, options: MigrateOptions = {}): Promise<string[]> {
  // A session-level advisory lock belongs to one connection, and dataSource.query may take a
  // different pooled connection each call: so one query runner holds the lock and runs every
  // statement of the migration (also correct with a pool of one connection).
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  let unlocked = false;
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey(schema)]);
    try {
      return await migrateLocked(dataSource, runner, schema, subgraph, options);
    } finally {
      unlocked = (await runner.query('SELECT pg_advisory_unlock(hashtext($1)) AS done', [lockKey(schema)]).catch(() => [{ done: false }]))[0]?.done === true;
    }
  } finally {
    // The connection is closed, not pooled again: one whose unlock failed may still hold the
    // lock, and any other would idle in the pool through the end of the start (a backend of
    // some 15 MB) though the service may well get no request for a while.
    await releaseClosing(runner, unlocked ? 'closed after migrating' : 'migration lock not released');
  }
}

async function migrateLocked(dataSource: DataSource, db: QueryRunner, schema: string, subgraph: string, options: MigrateOptions): Promise<string[]> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const who = schema.startsWith('ext_') ? `Extension ${subgraph}` : `Subgraph ${subgraph}`;
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(
    `CREATE TABLE IF NOT EXISTS "${schema}".migration_checksums (migration text PRIMARY KEY, file text, checksum text NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now())`,
  );
  const known = new Map(dataSource.migrations.map((migration) => [nameOf(migration), migration]));
  const table = await db.query(`SELECT to_regclass($1) AS name`, [`"${schema}".migrations`]);
  const applied: string[] = table[0]?.name ? (await db.query(`SELECT name FROM "${schema}".migrations ORDER BY id`)).map((row: { name: string }) => row.name) : [];
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new StartupError(
      `${who}: the database has migration ${unknown.join(', ')} that this code does not have: update the code (git pull), or reset the data folder (.data) to start from empty.`,
    );
  }
  const recorded = new Map<string, string>(
    (await db.query(`SELECT migration, checksum FROM "${schema}".migration_checksums`)).map((row: { migration: string; checksum: string }) => [row.migration, row.checksum]),
  );
  const record = (name: string, file: string | undefined, checksum: string) =>
    db.query(
      `INSERT INTO "${schema}".migration_checksums (migration, file, checksum) VALUES ($1, $2, $3) ON CONFLICT (migration) DO UPDATE SET file = EXCLUDED.file, checksum = EXCLUDED.checksum, recorded_at = now()`,
      [name, file ? relative(ROOT, file) : null, checksum],
    );
  for (const name of applied) {
    const migration = known.get(name)!;
    const file = fileOf(migration);
    const checksum = checksumOf(migration, file);
    const before = recorded.get(name);
    // Applied before checksums were kept: what runs now is the reference from here on.
    if (before === undefined) await record(name, file, checksum);
    else if (before !== checksum) {
      warn(
        `${who}: migration ${name} (${shown(file)}) was changed after it was applied to this database; the change is not in the database. ` +
          'Put the change in a new migration (a new file with a later timestamp) and restore the applied one; on a development database you may instead drop the schema ' +
          `"${schema}" (DROP SCHEMA "${schema}" CASCADE) so every migration runs again.`,
      );
    }
  }
  const pending = dataSource.migrations.filter((migration) => !applied.includes(nameOf(migration)));
  let ran: string[];
  try {
    const executor = new MigrationExecutor(dataSource, db);
    executor.transaction = 'each';
    ran = (await executor.executePendingMigrations()).map((migration) => migration.name);
  } catch (error) {
    throw await describeFailure(db, schema, who, subgraph, pending, error as Error & { query?: string; position?: string });
  }
  for (const migration of pending) {
    const file = fileOf(migration);
    await record(nameOf(migration), file, checksumOf(migration, file));
  }
  return ran;
}

/** The failed migration is the first pending one the migrations table does not list now. */
async function describeFailure(
  db: QueryRunner,
  schema: string,
  who: string,
  subgraph: string,
  pending: MigrationInterface[],
  error: Error & { query?: string; position?: string },
): Promise<Error> {
  const table = await db.query(`SELECT to_regclass($1) AS name`, [`"${schema}".migrations`]);
  const nowApplied = new Set<string>(table[0]?.name ? (await db.query(`SELECT name FROM "${schema}".migrations`)).map((row: { name: string }) => row.name) : []);
  const failed = pending.find((migration) => !nowApplied.has(nameOf(migration)));
  if (!failed) return error;
  const file = fileOf(failed);
  const lines = [
    `${who} did not start: its migration ${nameOf(failed)} failed.`,
    `  file:      ${shown(file)} (class ${failed.constructor.name})`,
    `  error:     ${error.message.split('\n')[0]}`,
  ];
  if (error.query) {
    const statement = error.query.trim();
    const position = Number(error.position);
    if (Number.isInteger(position) && position > 0) {
      // PostgreSQL's position counts characters of the statement as sent, from 1.
      const before = error.query.slice(0, position - 1);
      const line = before.split('\n').length;
      const column = position - before.lastIndexOf('\n') - 1;
      const text = error.query.split('\n')[line - 1];
      lines.push(`  statement: line ${line}, column ${column} of the statement:`, `             ${text.trim()}`, `             ${' '.repeat(Math.max(0, column - 1 - (text.length - text.trimStart().length)))}^`);
    } else {
      lines.push(`  statement: ${statement.split('\n')[0].slice(0, 200)}`);
    }
  }
  lines.push(
    '  Nothing of this migration was applied (each migration runs in its own transaction).',
    `  What to do: fix the statement in ${file ? relative(ROOT, file) : 'the migration'}, then start again${
      schema.startsWith('ext_') ? '; until then the platform runs without this extension (or disable it in platform.json)' : ''
    }.`,
  );
  return new MigrationError(lines.join('\n'), subgraph, nameOf(failed), file && relative(ROOT, file));
}
