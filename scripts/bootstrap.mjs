#!/usr/bin/env node
// The one entry point behind `npm start` and `npm test`: on a machine that has only Node.js
// and npm it installs the pinned pnpm and the dependencies (when the lockfile changed since
// the last install), then runs the requested task with TypeScript compiled on the fly by SWC,
// which emits the decorator metadata that type-graphql and TypeORM need.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
  console.log(`Installing dependencies with pnpm ${pnpmVersion} (first run or lockfile changed)...`);
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
  console.log(`Dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

// pnpm writes its own copy of the lockfile; compare only the package lines that matter.
function normalise(text) {
  return text.replace(/\r\n/g, '\n').trim();
}

const tsNode = ['--enable-source-maps', '--require', '@swc-node/register'];
const tasks = {
  kaiku: (args) => ['node', [...tsNode, 'packages/cli/src/main.ts', ...args]],
  test: (args) => ['node', ['node_modules/jest/bin/jest.js', ...args]],
  'test:faults': (args) => ['node', ['node_modules/jest/bin/jest.js', '--config', 'jest.faults.config.js', ...args]],
  codegen: (args) => ['node', ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.yml', ...args]],
  bench: (args) => ['node', [...tsNode, 'packages/bench/src/main.ts', ...args]],
  typecheck: (args) => ['node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', ...args]],
};

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
const [command, commandArgs, cwd] = tasks[task](args);
const child = spawn(command, commandArgs, {
  cwd: cwd ? join(root, cwd) : root,
  stdio: 'inherit',
  env: { SWC_NODE_PROJECT: join(root, 'tsconfig.json'), ...process.env },
});
// Ctrl-C reaches the child through the terminal's process group; just mirror its exit.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
