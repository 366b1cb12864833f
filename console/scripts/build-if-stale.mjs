#!/usr/bin/env node
// Builds the console when its sources changed since the last build: a hash of every source
// file against the stamp the last build left in dist/. `npm start` and `npm test` run this.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const consoleDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(consoleDir, '..');
const stampFile = join(consoleDir, 'dist', '.build-stamp');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', '../packages/client/operations', '../pnpm-lock.yaml'];

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => files(join(path, name)));
}

export function sourceHash() {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => files(join(consoleDir, source)))) {
    if (file.endsWith('.test.ts')) continue;
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const hash = sourceHash();
const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (stamp === hash && existsSync(join(consoleDir, 'dist', 'index.html')) && !process.argv.includes('--force')) {
  console.error('Console: up to date.');
} else {
  console.error('Console: building (its sources changed)...');
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(consoleDir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: consoleDir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error('Console build failed: see the messages above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, `${hash}\n`);
  console.error(`Console: built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
