import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@kaiku/testing';

const ROOT = resolve(__dirname, '..', '..');
const AREA = 'kuopio';
const EXTENSION = `${AREA}-library-events`;
/** What `npm run compose && npm run codegen` writes: a newcomer commits these, never edits them. */
const GENERATED = ['supergraph.graphql', 'packages/client/schema.graphql', 'packages/client/src/generated.ts', 'docker-compose.yml'];
/** compose writes deploy/kubernetes/ too: a file for each enabled service. */
const isGenerated = (path: string) => GENERATED.includes(path) || path.startsWith('deploy/kubernetes/');
/** The platform-wide checks of `npm test` that an enabled extension must keep green. */
const CHECKS = [
  'packages/platform/src/compose.test.ts',
  'packages/platform/src/docker-compose.test.ts',
  'packages/platform/src/kubernetes.test.ts',
  'packages/client/src/generated.test.ts',
  'packages/cli/src/architecture.test.ts',
];

interface Run {
  code: number | null;
  output: string;
}

/**
 * Plays the developer of an area who follows README.md and docs/extending.md in a fresh copy of
 * the repository (the committed tree, `git archive HEAD`; node_modules mirrored as links to this
 * checkout's, so nothing is installed): scaffold, enable in platform.json, compose, codegen, and
 * the platform-wide checks are green without a core file touched. Then an extension that breaks
 * the rules and one whose migration is broken: files stay as they were, messages name it.
 */
jest.setTimeout(150_000);

describe('a newcomer adds an area extension without touching the core', () => {
  let copy: string;
  let database: TestDatabase;
  const run = (args: string[], env: Record<string, string | undefined> = {}): Promise<Run> =>
    new Promise((done) => {
      const child = spawn(process.execPath, args, {
        cwd: copy,
        env: { ...process.env, SWC_NODE_PROJECT: join(copy, 'tsconfig.json'), LOG_LEVEL: 'warn', KAIKU_EXTENSIONS: undefined, ...env },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => done({ code, output }));
    });
  const kaiku = (...args: string[]) => run(['--require', '@swc-node/register', 'packages/cli/src/main.ts', ...args]);
  const jest = (...paths: string[]) =>
    run(['node_modules/jest/bin/jest.js', '--coverage=false', '--runTestsByPath', ...paths], { DATABASE_URL: process.env.KAIKU_TEST_ADMIN_URL });
  const read = (path: string) => readFileSync(join(copy, path), 'utf8');
  const digest = (path: string) => createHash('sha256').update(readFileSync(join(copy, path))).digest('hex');
  const tracked = () => execFileSync('git', ['ls-tree', '-r', '--name-only', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  const snapshot = (paths: string[]) => Object.fromEntries(paths.map((path) => [path, digest(path)]));
  const enable = (...folders: string[]) => {
    const platform = JSON.parse(read('platform.json'));
    platform.extensions = [...platform.extensions.filter((entry: { folder: string }) => !folders.includes(entry.folder)), ...folders.map((folder) => ({ folder }))];
    writeFileSync(join(copy, 'platform.json'), `${JSON.stringify(platform, null, 2)}\n`);
  };
  const disable = (folder: string) => {
    const platform = JSON.parse(read('platform.json'));
    platform.extensions = platform.extensions.filter((entry: { folder: string }) => entry.folder !== folder);
    writeFileSync(join(copy, 'platform.json'), `${JSON.stringify(platform, null, 2)}\n`);
  };

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'kaiku-newcomer-'));
    execFileSync('sh', ['-c', `git archive HEAD | tar -x -C "${copy}"`], { cwd: ROOT });
    mirrorNodeModules(ROOT, copy);
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('scaffolds, enables (one line in platform.json), composes, and every platform-wide check is green', async () => {
    const core = tracked().filter((path) => path !== 'platform.json' && !isGenerated(path));
    const before = snapshot(core);

    const created = await kaiku('create-extension', '--area', AREA, '--name', 'library-events');
    expect(created.output).toContain(`Created extensions/${EXTENSION}.`);
    expect(created.code).toBe(0);
    const files = readdirSync(join(copy, 'extensions', EXTENSION), { recursive: true }).map(String).sort();
    expect(files).toEqual(expect.arrayContaining(['src/entities/library-event.ts', 'src/resolvers/library-events-fields.ts', 'test/library-events.int.test.ts']));

    enable(`extensions/${EXTENSION}`);
    const composed = await kaiku('compose');
    expect(composed.output).toMatch(new RegExp(`Composed areas, .*, ${EXTENSION} into supergraph.graphql, packages/client/schema.graphql, docker-compose.yml.`));
    expect(composed.code).toBe(0);
    expect(read('packages/client/schema.graphql')).toContain('libraryEvents: LibraryEvent');
    expect(read('docker-compose.yml')).toContain(`"packages/subgraph-kit/dist/run.js", "extensions/${EXTENSION}"]`);
    const { port } = JSON.parse(read(`extensions/${EXTENSION}/kaiku-extension.json`));
    expect(read('docker-compose.yml')).toContain(`SUBGRAPH_KUOPIO_LIBRARY_EVENTS_URL: http://${EXTENSION}:${port}/graphql`);
    expect(read(`deploy/kubernetes/${EXTENSION}.yaml`)).toContain(`containerPort: ${port}`);
    const codegen = await run(['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.yml', '--silent']);
    expect(codegen.code).toBe(0);

    const check = await kaiku('compose', '--check');
    expect(check.output).toContain('are up to date');
    expect(check.code).toBe(0);
    const checks = await jest(...CHECKS, `extensions/${EXTENSION}/test/library-events.int.test.ts`);
    expect(checks.output).toMatch(/Test Suites: 6 passed, 6 total/);
    expect(checks.output).not.toContain('Force exiting Jest');
    expect(checks.code).toBe(0);

    // Nothing outside the extension's folder, platform.json and the generated files changed.
    expect(snapshot(core)).toEqual(before);
  });

  it('a refused extension leaves every file as it was; a broken migration is named and the rest migrates, unless it is required', async () => {
    const brokenTypes = `${AREA}-broken-types`;
    expect((await kaiku('create-extension', '--area', AREA, '--name', 'broken-types')).code).toBe(0);
    // Taking a core type's name is against the rules: compose must refuse it.
    const entity = join(copy, 'extensions', brokenTypes, 'src', 'entities', 'broken-type.ts');
    writeFileSync(entity, readFileSync(entity, 'utf8').replace("@ObjectType('BrokenType'", "@ObjectType('PageInfo'"));
    enable(`extensions/${EXTENSION}`, `extensions/${brokenTypes}`);
    const before = snapshot(GENERATED);

    const refused = await kaiku('compose');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`Refused: extension ${brokenTypes}: PageInfo: takes the name of a core type`);
    expect(refused.output).toContain(`Composition refused ${brokenTypes}`);
    expect(refused.output).toContain('nothing was written, supergraph.graphql, packages/client/schema.graphql, docker-compose.yml are as they were');
    expect(refused.output).not.toContain('Composed ');
    expect(snapshot(GENERATED)).toEqual(before);

    disable(`extensions/${brokenTypes}`);
    const [migration] = readdirSync(join(copy, 'extensions', EXTENSION, 'src', 'migrations'));
    const migrationFile = join(copy, 'extensions', EXTENSION, 'src', 'migrations', migration);
    writeFileSync(migrationFile, readFileSync(migrationFile, 'utf8').replace('CHECK (length(note)', 'CHEK (length(note)'));
    const seededWith = await run(['--require', '@swc-node/register', 'packages/cli/src/main.ts', 'seed'], { DATABASE_URL: database.url });
    expect(seededWith.output).toContain(`Extension ${EXTENSION} did not start: its migration CreateLibraryEvents`);
    expect(seededWith.output).toContain(`file:      extensions/${EXTENSION}/src/migrations/${migration} (class CreateLibraryEvents`);
    expect(seededWith.output).toContain('syntax error at or near "CHEK"');
    expect(seededWith.output).toMatch(/statement: line \d+, column \d+ of the statement:\n\s+note text NOT NULL CHEK/);
    expect(seededWith.output).toContain(`What to do: fix the statement in extensions/${EXTENSION}/src/migrations/${migration}`);
    expect(seededWith.output).toContain(`Extension ${EXTENSION} is left out: the platform runs without it until its migration is fixed.`);
    expect(seededWith.output).toContain('Demo data is in place.');
    expect(seededWith.code).toBe(0);
    expect(snapshot(GENERATED)).toEqual(before);

    // Marked required in platform.json, the same failure stops the platform instead.
    const platform = JSON.parse(read('platform.json'));
    platform.extensions.find((entry: { folder: string }) => entry.folder === `extensions/${EXTENSION}`).required = true;
    writeFileSync(join(copy, 'platform.json'), `${JSON.stringify(platform, null, 2)}\n`);
    const required = await run(['--require', '@swc-node/register', 'packages/cli/src/main.ts', 'seed'], { DATABASE_URL: database.url });
    expect(required.output).toContain(`Extension ${EXTENSION} did not start: its migration CreateLibraryEvents`);
    expect(required.output).toContain(`platform.json marks extensions/${EXTENSION} required, so the platform does not start without it.`);
    expect(required.output).not.toContain('Demo data is in place.');
    expect(required.code).toBe(1);
  });
});

/**
 * Mirrors pnpm's node_modules into the copy: the links inside stay relative, so a workspace
 * package resolves to the copy's own folder, and everything else reaches this checkout's store.
 */
function mirrorNodeModules(from: string, to: string): void {
  const folders = ['.', ...execFileSync('git', ['ls-files', '*package.json'], { cwd: from, encoding: 'utf8' }).split('\n').filter(Boolean).map((file) => file.replace(/\/?package\.json$/, '') || '.')];
  for (const folder of new Set(folders)) {
    const source = join(from, folder, 'node_modules');
    if (!exists(source)) continue;
    mirror(source, join(to, folder, 'node_modules'), folder === '.');
  }
}

function mirror(source: string, target: string, root: boolean): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    const path = join(source, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(path), join(target, name));
    else if (stat.isDirectory() && name.startsWith('@')) mirror(path, join(target, name), root);
    // The store (.pnpm), .bin and caches: the same for both.
    else symlinkSync(path, join(target, name));
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
