import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SubgraphModule } from '@kaiku/subgraph-kit';
import { moduleFile } from '@kaiku/subgraph-kit/src/entry';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const SUPERGRAPH_PATH = join(ROOT, 'supergraph.graphql');
/** The core's version: extensions declare the range they were written for. */
export const CORE_VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
export const API_SCHEMA_PATH = join(ROOT, 'packages', 'client', 'schema.graphql');

/** One line of platform.json's `subgraphs` or `extensions`. */
export interface PlatformEntry {
  folder: string;
  /** Extra container environment for docker-compose.yml, e.g. a secret as `${VARIABLE}`. */
  environment?: Record<string, string>;
  /** An extension the deployment cannot run without: it failing stops the platform instead of being left out. */
  required?: boolean;
}

interface PlatformFile {
  gateway: { port: number };
  subgraphs: PlatformEntry[];
  extensions: PlatformEntry[];
}

export interface PlatformService {
  folder: string;
  module: SubgraphModule;
  kind: 'subgraph' | 'extension';
  /** Its platform.json line (absent for an extension enabled by KAIKU_EXTENSIONS or a test). */
  entry?: PlatformEntry;
}

export function readPlatformFile(): PlatformFile {
  return JSON.parse(readFileSync(join(ROOT, 'platform.json'), 'utf8')) as PlatformFile;
}

/** Extensions enabled: KAIKU_EXTENSIONS (comma-separated folders) overrides platform.json. */
export function enabledExtensions(): PlatformEntry[] {
  const fromEnv = process.env.KAIKU_EXTENSIONS;
  const listed = readPlatformFile().extensions;
  if (fromEnv === undefined) return listed;
  return fromEnv
    .split(',')
    .map((folder) => folder.trim())
    .filter(Boolean)
    .map((folder) => listed.find((entry) => entry.folder === folder) ?? { folder });
}

export function enabledExtensionFolders(): string[] {
  return enabledExtensions().map((entry) => entry.folder);
}

/** True when platform.json marks the extension required: the platform does not start without it. */
export function isRequired(service: Pick<PlatformService, 'entry'>): boolean {
  return service.entry?.required === true;
}

export interface LoadFailure {
  folder: string;
  reason: string;
}

function load(entry: PlatformEntry, kind: PlatformService['kind']): PlatformService {
  const { folder } = entry;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(moduleFile(join(ROOT, folder), 'index')).default as SubgraphModule | undefined;
  if (!module?.name) throw new Error(`${folder}/src/index.ts has no default export made with defineSubgraph or defineExtension`);
  return { folder, kind, module, entry };
}

/**
 * The subgraphs and enabled extensions of this deployment, loaded from their folders. A core
 * subgraph that fails to load stops everything; an extension that fails is left out and named.
 */
export function loadPlatform(): { services: PlatformService[]; failures: LoadFailure[] } {
  const services = readPlatformFile().subgraphs.map((entry) => load(entry, 'subgraph'));
  const failures: LoadFailure[] = [];
  for (const entry of enabledExtensions()) {
    try {
      services.push(load(entry, 'extension'));
    } catch (error) {
      if (entry.required) throw new Error(`Extension in ${entry.folder} is required by platform.json but does not load: ${(error as Error).message.split('\n')[0]}`);
      failures.push({ folder: entry.folder, reason: (error as Error).message.split('\n')[0] });
    }
  }
  return { services, failures };
}

export function loadServices(): PlatformService[] {
  return loadPlatform().services;
}

/**
 * The data folder (KAIKU_DATA_DIR, default `.data`): one definition, in the kit. From its env
 * file, not its index: the index loads TypeORM, type-graphql and Apollo Server (about 33 MB),
 * and the supervisor of `npm start`, which stays for as long as the platform runs, needs none.
 */
export { dataDir } from '@kaiku/subgraph-kit/src/env';
