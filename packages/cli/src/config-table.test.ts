/**
 * The README's configuration table and the services' setting schemas say the same: every
 * variable a schema reads is in the table with the schema's default, and every row names a
 * variable some schema reads (or one of the few read outside the services, listed below).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewaySettings } from '@kaiku/gateway/src/config';
import { subgraphSettings, type Setting } from '@kaiku/subgraph-kit';

/** Read by tools rather than by a service, each checked where it is read. */
const OUTSIDE_SERVICES: Record<string, string> = {
  KAIKU_PG_PORT: 'npm start\'s embedded PostgreSQL (packages/cli/src/database.ts)',
  KAIKU_EXTENSIONS: 'which extensions npm start and compose load (packages/platform/src/platform.ts)',
  KAIKU_AUDIT_REQUIRED: 'CI\'s dependency audit (scripts/audit.mjs)',
};

const settings: Setting<unknown>[] = [...Object.values(gatewaySettings), ...Object.values(subgraphSettings)];

function readmeTable(): Map<string, string> {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('## Configuration (environment)');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const table = new Map<string, string>();
  for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
    const [names, defaults] = row.split('|').slice(1, 3);
    for (const [, name] of names.matchAll(/`([A-Z0-9_<>]+)`/g)) table.set(name, defaults.trim());
  }
  return table;
}

const table = readmeTable();

describe('the README configuration table', () => {
  it('lists every variable a schema reads, with its default', () => {
    const missing = settings.filter((entry) => !table.has(entry.name)).map((entry) => entry.name);
    expect(missing).toEqual([]);
    const wrongDefault = settings
      .filter((entry) => !table.get(entry.name)!.includes(entry.default))
      .map((entry) => `${entry.name}: schema "${entry.default}", README "${table.get(entry.name)}"`);
    expect(wrongDefault).toEqual([]);
  });

  it('names only variables some schema reads', () => {
    const known = new Set([...settings.map((entry) => entry.name), ...Object.keys(OUTSIDE_SERVICES)]);
    expect([...table.keys()].filter((name) => !known.has(name))).toEqual([]);
  });

  it('every schema entry has a one-line description', () => {
    expect(settings.filter((entry) => !entry.description.trim() || entry.description.includes('\n')).map((entry) => entry.name)).toEqual([]);
  });
});
