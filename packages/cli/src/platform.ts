import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SubgraphModule } from '@kaiku/subgraph-kit';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const SUPERGRAPH_PATH = join(ROOT, 'supergraph.graphql');
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

/** The subgraphs and enabled extensions of this deployment, loaded from their folders. */
export function loadServices(): PlatformService[] {
  const file = readPlatformFile();
  const load = (folder: string, kind: PlatformService['kind']): PlatformService => ({
    folder,
    kind,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    module: require(join(ROOT, folder, 'src', 'index.ts')).default as SubgraphModule,
  });
  return [
    ...file.subgraphs.map((entry) => load(entry.folder, 'subgraph')),
    ...file.extensions.map((entry) => load(entry.folder, 'extension')),
  ];
}

export function dataDir(): string {
  return resolve(process.env.KAIKU_DATA_DIR ?? join(ROOT, '.data'));
}
