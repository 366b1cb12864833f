import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * How this process runs the platform's code: from the TypeScript sources (Jest, `npm run dev`,
 * anything under SWC's hook) or from the JavaScript `npm run build` wrote to each package's
 * dist/. Subgraph and extension modules loaded by folder follow the same way, so a built
 * process never needs a compiler and a test never needs a build.
 */
export const RUNS_FROM_SOURCES = __filename.endsWith('.ts');

/** A module of a package folder: `<folder>/src/<name>.ts` from sources, `<folder>/dist/<name>.js` when built. */
export function moduleFile(folder: string, name: string): string {
  if (RUNS_FROM_SOURCES) return resolve(folder, 'src', `${name}.ts`);
  const built = resolve(folder, 'dist', `${name}.js`);
  if (!existsSync(built) && existsSync(resolve(folder, 'src', `${name}.ts`))) {
    throw new Error(`${join(folder, 'dist', `${name}.js`)} is not built: run \`npm run build\` (npm start builds what changed)`);
  }
  return built;
}
