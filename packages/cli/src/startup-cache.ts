import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataDir } from '@kaiku/subgraph-kit/src/env';
import type { ServiceToRun } from './prepare';
import { ROOT } from './platform';

/**
 * What the last `kaiku up` composed and migrated, kept in the data folder: when no code, no
 * installed package and no setting that chooses the extensions changed since, and the database
 * is the same one, composing again would write the same supergraph and migrating and seeding
 * again would change nothing. Skipping them saves the start about 4 CPU seconds (loading every
 * subgraph's code, building five schemas, Apollo composition). Each subgraph still runs its own
 * pending migrations when it starts, as in production.
 *
 * Kept only after a start where nothing was left out: an extension refused or failing is
 * reported by the full path at every start.
 */
interface StartupRecord {
  fingerprint: string;
  database: string;
  services: ServiceToRun[];
}

const recordFile = () => join(dataDir(), 'startup.json');
/** Folders whose code makes the supergraph, the migrations and the demo data. */
const CODE_FOLDERS = ['packages', 'subgraphs', 'extensions', 'gateway'];

/**
 * A digest of everything composition and migrations depend on: every file (its size and time) of the workspace's
 * packages, subgraphs and extensions (sources and what the build wrote; node_modules and tests aside), the
 * lockfile, platform.json, KAIKU_EXTENSIONS (which may name a folder elsewhere) and the seed option.
 */
export function codeFingerprint(seed: boolean): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ seed, extensions: process.env.KAIKU_EXTENSIONS ?? null }));
  for (const file of ['platform.json', 'pnpm-lock.yaml']) hash.update(readFileSync(join(ROOT, file)));
  const folders = [...CODE_FOLDERS, ...(process.env.KAIKU_EXTENSIONS ?? '').split(',').map((folder) => folder.trim()).filter(Boolean)];
  for (const folder of new Set(folders.map((folder) => resolve(ROOT, folder)))) hashFolder(hash, folder);
  return hash.digest('hex');
}

/** Tests do not change what runs: an edited test, or one writing its own files, keeps the record. */
const SKIPPED_FOLDER = /^(node_modules|test|tests|__tests__|\..*)$/;
const SKIPPED_FILE = /\.test\.(ts|js)(\.map)?$/;

function hashFolder(hash: ReturnType<typeof createHash>, folder: string): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDER.test(entry.name)) hashFolder(hash, path);
    else if (entry.isFile() && !SKIPPED_FILE.test(entry.name)) hash.update(`${path} ${fileStamp(path)}\n`);
  }
}

/**
 * A file's size and modification time, not its contents: reading some 900 files at every start
 * would leave their buffers in the supervisor's memory. The build rewrites only what changed, so
 * an unchanged file keeps its time; one touched without a change only costs a full start.
 */
function fileStamp(path: string): string {
  const stat = statSync(path);
  return `${stat.size} ${stat.mtimeMs}`;
}

/** The services the last start ran, when its record matches this code and database (and the supergraph it wrote is there). */
export function unchangedServices(fingerprint: string, database: string | undefined): ServiceToRun[] | undefined {
  try {
    if (!database || !existsSync(join(dataDir(), 'supergraph.graphql'))) return undefined;
    const record = JSON.parse(readFileSync(recordFile(), 'utf8')) as StartupRecord;
    return record.fingerprint === fingerprint && record.database === database ? record.services : undefined;
  } catch {
    return undefined;
  }
}

/** The last start's record is of this code (its database is checked once PostgreSQL is up). */
export function hasRecord(fingerprint: string): boolean {
  try {
    return (JSON.parse(readFileSync(recordFile(), 'utf8')) as StartupRecord).fingerprint === fingerprint;
  } catch {
    return false;
  }
}

export function keepRecord(record: StartupRecord): void {
  writeFileSync(recordFile(), `${JSON.stringify(record, null, 2)}\n`);
}
