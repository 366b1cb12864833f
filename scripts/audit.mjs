#!/usr/bin/env node
// Dependency audit for CI: every package version in pnpm-lock.yaml against the npm registry's
// bulk advisory endpoint (the one `npm audit` uses; pnpm 10's own `pnpm audit` calls retired
// endpoints). Fails on a high or critical advisory.
//
// Where the advisory service cannot be reached (this project's build machine allows only GET
// requests to the registry), it says so loudly and exits 0, unless KAIKU_AUDIT_REQUIRED=1,
// which production CI sets so an unreachable service fails the build instead of hiding it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FAILING = new Set(['high', 'critical']);
const ENDPOINT = process.env.KAIKU_AUDIT_URL ?? 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk';

/** name -> versions, from the `packages:` section of a pnpm v9 lockfile. */
export function lockedVersions(lockfile) {
  const section = lockfile.split(/^packages:$/m)[1]?.split(/^snapshots:$/m)[0] ?? '';
  const versions = {};
  for (const match of section.matchAll(/^ {2}'?((?:@[^@/\s']+\/)?[^@\s']+)@([^('\s:]+)/gm)) {
    (versions[match[1]] ??= new Set()).add(match[2]);
  }
  return Object.fromEntries(Object.entries(versions).map(([name, set]) => [name, [...set]]));
}

async function main() {
  const packages = lockedVersions(readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8'));
  const count = Object.values(packages).reduce((sum, versions) => sum + versions.length, 0);
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(packages),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    return unreachable(`${error.cause?.code ?? error.message}`);
  }
  if (!response.ok) return unreachable(`HTTP ${response.status}`);
  const advisories = Object.entries(await response.json()).flatMap(([name, list]) => list.map((advisory) => ({ name, ...advisory })));
  const failing = advisories.filter((advisory) => FAILING.has(advisory.severity));
  for (const advisory of advisories) {
    console.log(`${advisory.severity.padEnd(8)} ${advisory.name} ${advisory.vulnerable_versions}: ${advisory.title} (${advisory.url})`);
  }
  console.log(`Audited ${count} package versions: ${advisories.length} advisories, ${failing.length} high or critical.`);
  process.exit(failing.length ? 1 : 0);
}

function unreachable(reason) {
  const required = process.env.KAIKU_AUDIT_REQUIRED === '1';
  console.warn(`WARNING: the advisory service at ${ENDPOINT} did not answer (${reason}); dependencies NOT audited.`);
  if (required) console.error('KAIKU_AUDIT_REQUIRED=1: failing the build.');
  process.exit(required ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
