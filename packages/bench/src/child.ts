import { join } from 'node:path';
import { RUNS_FROM_SOURCES } from '@kaiku/subgraph-kit/src/entry';

/**
 * Node's arguments for one of the bench's own files as a child process (the load generators):
 * its built JavaScript when the bench runs built (`npm run bench`), its source under SWC's hook
 * when the bench itself runs from sources.
 */
export function benchFile(name: string): string[] {
  if (!RUNS_FROM_SOURCES) return [join(__dirname, `${name}.js`)];
  return ['--conditions=kaiku-source', '--require', '@swc-node/register', join(__dirname, `${name}.ts`)];
}
