import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SubgraphModule } from '@kaiku/subgraph-kit';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const SUPERGRAPH_PATH = join(ROOT, 'supergraph.graphql');
/** The core's version: extensions declare the range they were written for. */
export const CORE_VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
export const API_SCHEMA_PATH = join(ROOT, 'packages', 'client', 'schema.graphql');

interface PlatformFile {
  gateway: { port: number };
  subgraphs: Array<{ folder: string }>;
  extensions: Array<{ folder: string }>;
}

export interface PlatformService {
  folder: string;
  module: SubgraphModule;
  kind: 'subgraph' | 'extension';
}

export function readPlatformFile(): PlatformFile {
  return JSON.parse(readFileSync(join(ROOT, 'platform.json'), 'utf8')) as PlatformFile;
}

/** Extension folders enabled: KAIKU_EXTENSIONS (comma-separated folders) overrides platform.json. */
export function enabledExtensionFolders(): string[] {
  const fromEnv = process.env.KAIKU_EXTENSIONS;
  if (fromEnv !== undefined) return fromEnv.split(',').map((folder) => folder.trim()).filter(Boolean);
  return readPlatformFile().extensions.map((entry) => entry.folder);
}

export interface LoadFailure {
  folder: string;
  reason: string;
}

function load(folder: string, kind: PlatformService['kind']): PlatformService {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(join(ROOT, folder, 'src', 'index.ts')).default as SubgraphModule | undefined;
  if (!module?.name) throw new Error(`${folder}/src/index.ts has no default export made with defineSubgraph or defineExtension`);
  return { folder, kind, module };
}

/**
 * The subgraphs and enabled extensions of this deployment, loaded from their folders. A core
 * subgraph that fails to load stops everything; an extension that fails is left out and named.
 */
export function loadPlatform(): { services: PlatformService[]; failures: LoadFailure[] } {
  const services = readPlatformFile().subgraphs.map((entry) => load(entry.folder, 'subgraph'));
  const failures: LoadFailure[] = [];
  for (const folder of enabledExtensionFolders()) {
    try {
      services.push(load(folder, 'extension'));
    } catch (error) {
      failures.push({ folder, reason: (error as Error).message.split('\n')[0] });
    }
  }
  return { services, failures };
}

export function loadServices(): PlatformService[] {
  return loadPlatform().services;
}

/** The data folder (KAIKU_DATA_DIR, default `.data`): one definition, in the kit. */
export { dataDir } from '@kaiku/subgraph-kit';
