import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadOrCreateLocalKeys } from '@kaiku/identity';
import { createTestDatabase, eventually, freePort, type TestDatabase } from '@kaiku/testing';

const ROOT = resolve(__dirname, '..', '..');
/** Compilers, bundlers and test tools: none may be in what the image runs. */
const DEV_ONLY = /^(typescript|@swc\+core|@swc\+cli|@swc\+jest|@swc-node\+.*|jest|jest-cli|@jest\+core|vite|rolldown|esbuild|playwright|playwright-core|@graphql-codegen\+.*)@/;

jest.setTimeout(180_000);

/**
 * The production image's /app, made without Docker as the Dockerfile makes it
 * (scripts/production-tree.mjs): only built JavaScript and production dependencies, and the
 * services start from it: the CLI migrates and seeds a fresh database, a subgraph
 * serves it and the gateway answers through it.
 */
describe('the production tree', () => {
  let tree: string;
  let data: string;
  let database: TestDatabase;
  const running: ChildProcess[] = [];

  beforeAll(async () => {
    tree = mkdtempSync(join(tmpdir(), 'kaiku-production-test-'));
    data = mkdtempSync(join(tmpdir(), 'kaiku-production-data-'));
    // `npm test` built the console before Jest started; the tree takes that build.
    const made = spawnSync(process.execPath, ['scripts/production-tree.mjs', tree, '--no-console-build'], { cwd: ROOT, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`production tree failed: ${made.stderr}`);
    expect(made.stdout).toMatch(/Production tree in .*: [\d.]+ MB/);
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const child of running) child.kill('SIGTERM');
    await Promise.all(running.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : undefined)));
    await database?.drop();
    rmSync(tree, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });

  it('holds built JavaScript and production dependencies only: no sources, no compiler, no test tool', () => {
    const installed = readdirSync(join(tree, 'node_modules', '.pnpm'));
    expect(installed.filter((name) => DEV_ONLY.test(name))).toEqual([]);
    expect(installed.some((name) => name.startsWith('@apollo+gateway@'))).toBe(true);
    for (const folder of ['gateway', 'packages/subgraph-kit', 'packages/cli', 'subgraphs/cards', 'extensions/tampereen-seutu-sport-venues']) {
      expect(existsSync(join(tree, folder, 'dist', 'index.js')) || existsSync(join(tree, folder, 'dist', 'main.js'))).toBe(true);
      expect(existsSync(join(tree, folder, 'src'))).toBe(false);
    }
    expect(typeScriptFiles(tree)).toEqual([]);
    expect(existsSync(join(tree, 'console', 'dist', 'index.html'))).toBe(true);
    // What the test harness and the benchmarks are made of stays out.
    for (const folder of ['packages/testing', 'packages/bench', 'console/src', 'tests']) expect(existsSync(join(tree, folder))).toBe(false);
  });

  it('seeds with the built CLI, then starts a subgraph and the gateway from it, each plain node on its built entry point', async () => {
    const keys = await loadOrCreateLocalKeys(data);
    const areasPort = await freePort();
    const gatewayPort = await freePort();
    const env = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      KAIKU_DATA_DIR: data,
      KAIKU_INTERNAL_PUBLIC_JWK: JSON.stringify(keys.internal.publicJwk),
    };
    const start = (args: string[], more: Record<string, string>) => {
      const child = spawn(process.execPath, args, { cwd: tree, env: { ...env, ...more }, stdio: ['ignore', 'ignore', 'pipe'] });
      running.push(child);
      return child;
    };
    // The image's `seed` command: every migration and the demo data, from the built CLI.
    const seeded = spawnSync(process.execPath, ['packages/cli/dist/main.js', 'seed'], { cwd: tree, env: { ...env, DATABASE_URL: database.url }, encoding: 'utf8' });
    expect(seeded.stdout).toContain('Demo data is in place.');
    start(['packages/subgraph-kit/dist/run.js', 'subgraphs/areas'], { DATABASE_URL: database.url, PORT: String(areasPort) });
    await eventually(async () => expect((await fetch(`http://127.0.0.1:${areasPort}/ready`)).status).toBe(200), 90_000);
    start(['gateway/dist/main.js'], {
      PORT: String(gatewayPort),
      KAIKU_INTERNAL_PRIVATE_JWK: JSON.stringify(keys.internal.privateJwk),
      SUBGRAPH_AREAS_URL: `http://127.0.0.1:${areasPort}/graphql`,
    });
    await eventually(async () => expect((await fetch(`http://127.0.0.1:${gatewayPort}/health`)).status).toBe(200), 60_000);

    const answer = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ areas { code } }' }),
    });
    const body = (await answer.json()) as { data?: { areas: Array<{ code: string }> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.areas.length).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${gatewayPort}/`)).status).toBe(200);
  });
});

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}
