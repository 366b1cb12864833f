import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, runKaiku, type CliRun, type TestDatabase } from '@kaiku/testing';
import { ROOT } from '../src/platform';

type Run = CliRun;
/** An extension that composes but whose migration has a typo. */
const BROKEN_MIGRATION = 'packages/cli/test/fixtures/broken-migration-extension';
const kaiku = runKaiku;

/** The environment without the sources condition Jest gives every process it spawns (jest.config.js). */
function builtEnv(): NodeJS.ProcessEnv {
  return { NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace('--conditions=kaiku-source', '').trim() };
}

/** The direct children of a process, from /proc. */
function childrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** A process's command line, argument by argument. */
function commandOf(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

/** A one-line cause, no stack trace. */
function expectOneLineError(run: Run, cause: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(cause);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('an extension that cannot run', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  it('is left out with a message (one that does not load, one whose migration fails), and the platform starts without it and stops cleanly', async () => {
    // As `npm start` runs it: the built CLI (after building what changed), no compile hook.
    const extensions = `extensions/tampereen-seutu-sport-venues,extensions/no-such-extension,${BROKEN_MIGRATION}`;
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--no-console', '--quiet'], { cwd: ROOT, env: { ...process.env, KAIKU_EXTENSIONS: extensions }, encoding: 'utf8' });
    expect(built.stderr).toBe('');
    const child = spawn(process.execPath, ['packages/cli/dist/main.js', 'up'], {
      cwd: ROOT,
      env: { ...process.env, ...builtEnv(), DATABASE_URL: database.url, PORT: '4090', KAIKU_EXTENSIONS: extensions, LOG_LEVEL: 'error' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const deadline = Date.now() + 150_000;
      while (!stdout.includes('platform is up') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
      expect(stdout).toContain('Extension in extensions/no-such-extension is left out');
      expect(stdout).toContain('Extension oulu-broken-notes did not start: its migration CreateBrokenNotes1764200000000 failed.');
      expect(stdout).toContain(`file:      ${BROKEN_MIGRATION}/src/migrations/1764200000000-create-broken-notes.ts (class CreateBrokenNotes1764200000000)`);
      expect(stdout).toContain('syntax error at or near "CHEK"');
      expect(stdout).toContain('Extension oulu-broken-notes is left out: the platform runs without it');
      expect(stdout).toContain('platform is up');
      expect(stdout).not.toMatch(/Starting .*oulu-broken-notes/);
      const answer = await fetch('http://127.0.0.1:4090/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ areas { code } sportVenues { id } }' }),
      });
      expect(answer.status).toBe(200);
      const without = await fetch('http://127.0.0.1:4090/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ brokenNotesHello }' }),
      });
      expect(JSON.stringify(await without.json())).toContain('Cannot query field \\"brokenNotesHello\\"');
      // Every service runs plain built JavaScript: no hook, loader or sources condition, no SWC in memory.
      const services = childrenOf(child.pid!).filter((pid) => commandOf(pid)[0]?.endsWith('node'));
      const entryPoints = (pid: number) => commandOf(pid).slice(1).filter((arg) => !arg.startsWith('-')).join(' ');
      expect(services.map(entryPoints).sort()).toEqual(
        ['gateway/dist/main.js', 'packages/subgraph-kit/dist/run.js extensions/tampereen-seutu-sport-venues', ...['areas', 'cards', 'partners', 'statistics'].map((name) => `packages/subgraph-kit/dist/run.js subgraphs/${name}`)].sort(),
      );
      for (const pid of services) {
        expect(commandOf(pid).filter((arg) => /^(-r|--require|--import|--loader|--experimental-loader|--conditions)\b/.test(arg))).toEqual([]);
        expect(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').find((line) => line.startsWith('NODE_OPTIONS=')) ?? '').not.toMatch(/require|import|loader|conditions/);
        expect(readFileSync(`/proc/${pid}/maps`, 'utf8')).not.toMatch(/swc/);
      }
    } finally {
      // Stopped even when an expectation failed: nothing is left on the ports.
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('Stopped.');
  }, 180_000);
});

describe('start-up faults get one line with the cause and what to do', () => {
  it('a wrong DATABASE_URL', async () => {
    const run = await kaiku(['up'], { DATABASE_URL: 'postgres://kaiku:wrong@127.0.0.1:1/nowhere' });
    expectOneLineError(run, /Cannot use DATABASE_URL postgres:\/\/kaiku:\*\*\*@127\.0\.0\.1:1\/nowhere: .+ unset DATABASE_URL/);
  });

  it('a port in use', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const run = await kaiku(['up'], { PORT: String(port), DATABASE_URL: process.env.KAIKU_TEST_ADMIN_URL });
      expectOneLineError(run, new RegExp(`Port ${port} is in use: .*set PORT`));
    } finally {
      server.close();
    }
  });

  it('a data folder from another PostgreSQL version', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kaiku-old-pg-'));
    chmodSync(dataDir, 0o755);
    mkdirSync(join(dataDir, 'pg'));
    writeFileSync(join(dataDir, 'pg', 'PG_VERSION'), '15\n');
    try {
      const run = await kaiku(['seed'], { DATABASE_URL: undefined, KAIKU_DATA_DIR: dataDir, KAIKU_PG_PORT: '54398' });
      expectOneLineError(run, /was made by PostgreSQL 15, but the embedded server is PostgreSQL \d+: move or delete that folder/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe('with a database ahead of the code', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      const client = new Client({ connectionString: database.url });
      await client.connect();
      await client.query('CREATE SCHEMA areas; CREATE TABLE areas.migrations (id serial PRIMARY KEY, timestamp bigint NOT NULL, name text NOT NULL)');
      await client.query("INSERT INTO areas.migrations (timestamp, name) VALUES (1999999999999, 'FromTheFuture1999999999999')");
      await client.end();
    });
    afterAll(() => database?.drop());

    it('seeding names the unknown migration', async () => {
      const run = await kaiku(['seed'], { DATABASE_URL: database.url });
      expectOneLineError(run, /Subgraph areas: the database has migration FromTheFuture1999999999999 that this code does not have: update the code/);
    });

    it('`up` names the subgraph that failed to start and stops the rest', async () => {
      const run = await kaiku(['up', '--no-seed'], { DATABASE_URL: database.url, PORT: '0' });
      expect(run.code).toBe(1);
      // `up` migrates every service before starting any, so a core subgraph's refusal stops it there.
      expect(run.stderr).toMatch(/^Subgraph areas: the database has migration FromTheFuture1999999999999/m);
      expect(run.stdout).toContain('Stopped.');
    });
  });
});
