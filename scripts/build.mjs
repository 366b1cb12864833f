#!/usr/bin/env node
// `npm run build`: every workspace package's src/**/*.ts (tests left out) to plain CommonJS in
// its dist/, with the decorator metadata type-graphql and TypeORM read (scripts/swc-options.cjs,
// the options Jest compiles with), then the console (console/scripts/build-if-stale.mjs).
// Incremental: a file is compiled only when its source is newer than its output (or the
// options changed); outputs whose source is gone are removed. Nothing to do takes well under a
// second, so `npm start` runs it every time.
//   node scripts/build.mjs [--no-console] [--force] [--quiet] [extra folders...]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The options Jest compiles with, and separate source maps without the sources in them.
const SWC_OPTIONS = { ...require('./swc-options.cjs'), sourceMaps: true, inlineSourcesContent: false, swcrc: false, configFile: false };
const OPTIONS_STAMP = '.swc-options';
const optionsHash = createHash('sha256').update(JSON.stringify(SWC_OPTIONS)).update(readFileSync(join(root, 'node_modules', '@swc', 'core', 'package.json'))).digest('hex').slice(0, 16);

/** Folders whose src/ is compiled: the workspace's services and packages, and every enabled extension. */
export function buildFolders(extra = []) {
  const listed = (parent) => (existsSync(join(root, parent)) ? readdirSync(join(root, parent)).sort().map((name) => `${parent}/${name}`) : []);
  const platform = JSON.parse(readFileSync(join(root, 'platform.json'), 'utf8'));
  const enabled = [...platform.subgraphs, ...platform.extensions].map((entry) => entry.folder);
  const fromEnv = (process.env.KAIKU_EXTENSIONS ?? '').split(',').map((folder) => folder.trim()).filter(Boolean);
  const folders = ['gateway', ...listed('packages'), ...listed('subgraphs'), ...listed('extensions'), ...enabled, ...fromEnv, ...extra];
  return [...new Set(folders.map((folder) => relative(root, join(root, folder))))].filter((folder) => existsSync(join(root, folder, 'src')));
}

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function outputs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? outputs(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : -1);

/** Compiles what changed in one folder; returns how many files were compiled. */
async function buildFolder(folder, force) {
  const src = join(root, folder, 'src');
  const dist = join(root, folder, 'dist');
  const stamp = join(dist, OPTIONS_STAMP);
  const all = force || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== optionsHash;
  const files = sources(src);
  const wanted = new Set([stamp]);
  const stale = [];
  for (const file of files) {
    const out = join(dist, relative(src, file)).replace(/\.ts$/, '.js');
    wanted.add(out).add(`${out}.map`);
    if (all || mtime(out) < statSync(file).mtimeMs) stale.push([file, out]);
  }
  for (const old of outputs(dist)) if (!wanted.has(old)) rmSync(old);
  if (stale.length === 0) return 0;
  // Loaded only when there is something to compile: a start with nothing to do stays light.
  const swc = require('@swc/core');
  await Promise.all(
    stale.map(async ([file, out]) => {
      const { code, map } = await swc.transformFile(file, { ...SWC_OPTIONS, filename: file, outputPath: out });
      mkdirSync(dirname(out), { recursive: true });
      const mapName = `${out.split('/').pop()}.map`;
      const sourceMap = JSON.parse(map);
      sourceMap.sources = [relative(dirname(out), file)];
      writeFileSync(`${out}.map`, JSON.stringify(sourceMap));
      writeFileSync(out, `${code}\n//# sourceMappingURL=${mapName}\n`);
    }),
  );
  writeFileSync(stamp, optionsHash);
  return stale.length;
}

/** Builds every folder (and the console unless asked not to); throws on a compile error. */
export async function build({ console: withConsole = true, force = false, quiet = false, extra = [] } = {}) {
  const started = Date.now();
  let compiled = 0;
  const failures = [];
  for (const folder of buildFolders(extra)) {
    try {
      compiled += await buildFolder(folder, force);
    } catch (error) {
      failures.push(`${folder}: ${error?.message ?? error}`);
    }
  }
  if (failures.length) throw new Error(`Build failed:\n${failures.join('\n')}`);
  if (!quiet && compiled) console.error(`Compiled ${compiled} TypeScript file${compiled === 1 ? '' : 's'} to dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  if (withConsole) {
    const result = spawnSync(process.execPath, [join(root, 'console', 'scripts', 'build-if-stale.mjs'), ...(force ? ['--force'] : [])], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('The console did not build: see the messages above.');
  }
  return compiled;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  build({
    console: !args.includes('--no-console'),
    force: args.includes('--force'),
    quiet: args.includes('--quiet'),
    extra: args.filter((arg) => !arg.startsWith('--')),
  }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
