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

const [task, ...args] = process.argv.slice(2);
if (!tasks[task]) {
  console.error(`Unknown task "${task}". Known: ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}
installIfNeeded();
const [command, commandArgs] = tasks[task](args);
const child = spawn(command, commandArgs, {
  cwd: root,
  stdio: 'inherit',
  env: { SWC_NODE_PROJECT: join(root, 'tsconfig.json'), ...process.env },
});
// Ctrl-C reaches the child through the terminal's process group; just mirror its exit.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
