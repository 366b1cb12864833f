#!/usr/bin/env node
// The one entry point behind `npm start`, `npm test` and the other scripts: on a machine that
// has only Node.js and npm it installs the pinned pnpm and the dependencies (when the lockfile
// changed since the last install), compiles what changed (scripts/build.mjs: SWC, with the
// decorator metadata type-graphql and TypeORM need), then runs the task. `npm start` and
// `npm run bench` run the services' built JavaScript: no service loads a compiler. `npm run dev` runs the
// TypeScript sources under SWC's hook and restarts a service when a file it loaded changes;
// Jest compiles in process (jest.config.js).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function installIfNeeded() {
  const lock = join(root, 'pnpm-lock.yaml');
  const installedLock = join(root, 'node_modules', '.pnpm', 'lock.yaml');
  const upToDate =
    existsSync(installedLock) && existsSync(join(root, 'node_modules', '.bin', 'jest')) &&
    normalise(readFileSync(installedLock, 'utf8')) === normalise(readFileSync(lock, 'utf8'));
  if (upToDate) return;
  console.error(`Installing dependencies with pnpm ${pnpmVersion} (first run or lockfile changed)...`);
  const started = Date.now();
  const result = spawnSync('npx', ['-y', `pnpm@${pnpmVersion}`, 'install', '--frozen-lockfile'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (result.status !== 0) {
    console.error('Dependency install failed: check the network access to the npm registry, then run the command again.');
    process.exit(result.status ?? 1);
  }
  console.error(`Dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

// pnpm writes its own copy of the lockfile; compare only the package lines that matter.
function normalise(text) {
  return text.replace(/\r\n/g, '\n').trim();
}

// From sources: SWC's hook, and the "kaiku-source" condition so that workspace packages resolve
// to their src/ (their package.json `exports`; built JavaScript is the default).
const fromSources = ['--enable-source-maps', '--conditions=kaiku-source', '--require', '@swc-node/register'];
const tasks = {
  build: (args) => ['node', ['scripts/build.mjs', ...args]],
  kaiku: (args) => ['node', ['packages/cli/dist/main.js', ...args]],
  dev: (args) => ['node', [...fromSources, 'packages/cli/src/main.ts', 'up', '--watch', ...args]],
  test: (args) => ['node', ['node_modules/jest/bin/jest.js', ...args]],
  'test:faults': (args) => ['node', ['node_modules/jest/bin/jest.js', '--config', 'jest.faults.config.js', ...args]],
  codegen: (args) => ['node', ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.yml', ...args]],
  // The bench itself runs from sources (its console scenario drives the console's TypeScript
  // test tooling); the services it starts run built, as `npm start` runs them.
  bench: (args) => ['node', [...fromSources, 'packages/bench/src/main.ts', ...args], undefined, { KAIKU_RUN_SERVICES_BUILT: '1' }],
  typecheck: (args) => ['node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', ...args]],
};
/** Tasks that run built JavaScript, or spawn what was built (the production-tree test): compile what changed first. */
const needsBuild = new Set(['kaiku', 'bench', 'test', 'test:faults']);
/** Tasks that run built JavaScript (`node <file> ...args`): loaded into this process instead of a child. */
const inProcess = new Set(['kaiku']);

// The browser tests (console/test/*.browser.test.ts) drive Debian's Chromium: no test tool can
// download its own browser here. Found on PATH or at CHROMIUM_PATH; installed with apt when root.
function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  let found = candidates.find((path) => existsSync(path));
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Browser tests: no Chromium found; installing Debian\'s chromium with apt-get...');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    found = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  }
  if (!found) {
    console.log('Browser tests: no Chromium found (set CHROMIUM_PATH, or install the chromium package); they will fail.');
    return undefined;
  }
  const version = spawnSync(found, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  console.log(`Browser tests: ${version || 'Chromium'} at ${found}.`);
  return found;
}

const [task, ...args] = process.argv.slice(2);
if (!tasks[task]) {
  console.error(`Unknown task "${task}". Known: ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}
installIfNeeded();
if (needsBuild.has(task)) {
  // A child process: the compiler's memory is gone before the platform starts. The console is
  // built by `kaiku up` and by the test task below, only when its sources changed.
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-console'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (task === 'test') {
  const built = spawnSync(process.execPath, [join(root, 'console', 'scripts', 'build-if-stale.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const chromium = findChromium();
  if (chromium) process.env.CHROMIUM_PATH = chromium;
}
if (task === 'typecheck') {
  // The console is a browser app with its own compiler settings (DOM, JSX, bundler resolution).
  const checked = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'console', 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
  if (checked.status !== 0) process.exit(checked.status ?? 1);
}
// The console's operation types (console/src/gql) come from the same API schema.
if (task === 'codegen') {
  const generated = spawnSync(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts'], { cwd: join(root, 'console'), stdio: 'inherit' });
  if (generated.status !== 0) process.exit(generated.status ?? 1);
}
const [command, commandArgs, cwd, extraEnv] = tasks[task](args);
if (inProcess.has(task)) {
  // Built JavaScript needs no hook: run it in this process, one Node process fewer (and its
  // memory) for as long as the platform runs.
  process.chdir(root);
  process.argv = [process.execPath, join(root, commandArgs[0]), ...commandArgs.slice(1)];
  createRequire(import.meta.url)(process.argv[1]);
} else {
  runChild();
}

function runChild() {
  const child = spawn(command, commandArgs, {
    cwd: cwd ? join(root, cwd) : root,
    stdio: 'inherit',
    env: { SWC_NODE_PROJECT: join(root, 'tsconfig.json'), ...process.env, ...extraEnv },
  });
  // Ctrl-C reaches the child through the terminal's process group; just mirror its exit.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
