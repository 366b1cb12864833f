#!/usr/bin/env node
// The production tree: what the image (Dockerfile) holds under /app, made the same way with or
// without Docker. Built JavaScript of the services and the packages they need at run time (the
// CLI for migrations and seeding, the gateway, every subgraph and every extension platform.json
// enables), the built console, and their production dependencies only, installed by pnpm from
// the lockfile (`pnpm install --prod --frozen-lockfile --offline` over just those workspace
// packages, from the store the full install filled). No sources, no tests, no compiler, no
// test tool. Prints the tree's size.
//   node scripts/production-tree.mjs [target folder] [--no-console-build]   (default: a new temporary folder)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** In no production tree: compilers, bundlers, test tools. The tree test checks for them. */
export const DEV_ONLY = ['typescript', '@swc/core', '@swc/jest', '@swc-node/register', 'jest', 'vite', 'playwright', 'playwright-core', '@graphql-codegen/cli'];
const ROOT_FILES = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'platform.json', 'supergraph.graphql'];
/** Never copied from a package folder: its sources, tests, installed modules. */
const LEFT_OUT = new Set(['src', 'test', 'node_modules', 'tsconfig.json']);

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function workspacePackages() {
  const folders = ['gateway', ...['packages', 'subgraphs', 'extensions'].flatMap((parent) => readdirSync(join(root, parent)).map((name) => `${parent}/${name}`))];
  const byName = new Map();
  for (const folder of folders) {
    const manifest = join(root, folder, 'package.json');
    if (existsSync(manifest)) byName.set(readJson(manifest).name, folder);
  }
  return byName;
}

/** The folders the services need at run time: the entry points and their workspace dependencies. */
export function runtimeFolders() {
  const byName = workspacePackages();
  const platform = readJson(join(root, 'platform.json'));
  const queue = ['gateway', 'packages/cli', ...platform.subgraphs.map((entry) => entry.folder), ...platform.extensions.map((entry) => entry.folder)];
  const folders = new Set();
  while (queue.length) {
    const folder = queue.shift();
    if (folders.has(folder)) continue;
    folders.add(folder);
    const { dependencies = {} } = readJson(join(root, folder, 'package.json'));
    for (const [name, spec] of Object.entries(dependencies)) {
      if (String(spec).startsWith('workspace:')) queue.push(byName.get(name));
    }
  }
  return [...folders].sort();
}

function copyPackage(folder, target) {
  for (const entry of readdirSync(join(root, folder))) {
    if (LEFT_OUT.has(entry)) continue;
    cpSync(join(root, folder, entry), join(target, folder, entry), {
      recursive: true,
      // Tests compiled by nobody, but a package may keep fixtures beside its code.
      filter: (path) => !/\.test\.(js|ts)(\.map)?$/.test(path),
    });
  }
}

/** Bytes of every file under a folder (links not followed: pnpm's node_modules is links into .pnpm). */
export function sizeOf(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.isFile() ? stat.size : 0;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

export async function makeProductionTree(target, { quiet = false, buildConsole = true } = {}) {
  await build({ quiet: true, console: buildConsole });
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of ROOT_FILES) cpSync(join(root, file), join(target, file));
  const folders = runtimeFolders();
  for (const folder of folders) copyPackage(folder, target);
  // The gateway serves the console's build; the console's own package (React, Vite) stays out.
  cpSync(join(root, 'console', 'dist'), join(target, 'console', 'dist'), { recursive: true });
  const filters = folders.flatMap((folder) => ['--filter', readJson(join(root, folder, 'package.json')).name]);
  const pnpm = join(root, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  const installed = spawnSync(
    process.execPath,
    [pnpm, 'install', '--prod', '--frozen-lockfile', '--offline', '--ignore-scripts', '--config.confirmModulesPurge=false', ...filters],
    { cwd: target, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', CI: 'true' } },
  );
  if (installed.status !== 0) throw new Error(`pnpm install --prod failed:\n${installed.stdout}\n${installed.stderr}`);
  const bytes = sizeOf(target);
  if (!quiet) {
    const modules = join(target, 'node_modules', '.pnpm');
    const largest = readdirSync(modules)
      .filter((name) => name !== 'node_modules' && name !== 'lock.yaml')
      .map((name) => [name, sizeOf(join(modules, name))])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8);
    const mb = (value) => (value / 1024 / 1024).toFixed(1);
    console.log(`Production tree in ${target}: ${mb(bytes)} MB (${folders.length} workspace packages, ${readdirSync(modules).length - 2} installed packages; the image adds the node:20-bookworm-slim base).`);
    console.log(`Largest: ${largest.map(([name, size]) => `${name} ${mb(size)} MB`).join(', ')}`);
  }
  return { target, bytes, folders };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const target = args.find((arg) => !arg.startsWith('--')) ?? mkdtempSync(join(tmpdir(), 'kaiku-production-'));
  makeProductionTree(target, { buildConsole: !args.includes('--no-console-build') }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
