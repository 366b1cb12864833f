import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composePlatform, loadServices } from '@kaiku/platform';
import type { SubgraphModule } from '@kaiku/subgraph-kit';

const ROOT = resolve(__dirname, '..', '..');

function run(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => done({ code, output }));
  });
}

/**
 * `kaiku create-extension` makes an extension that composes and passes its own test at once, for
 * any area code: kuopio has no demo data at all, so the scaffolded test makes its area and partner.
 */
describe('kaiku create-extension', () => {
  // Inside the repository (so its packages resolve) but git-ignored.
  const directory = join(ROOT, '.data', `scaffold-${process.pid}`);
  const folder = join(directory, 'kuopio-library-hours');
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('scaffolds an extension that keeps the rules, composes and passes its test', async () => {
    const created = await run(['--require', '@swc-node/register', 'packages/cli/src/main.ts', 'create-extension', '--area', 'kuopio', '--name', 'library-hours', '--dir', directory]);
    expect(created.code).toBe(0);
    expect(created.output).toContain('kuopio-library-hours');
    for (const file of ['kaiku-extension.json', 'package.json', 'src/index.ts', 'src/loaders.ts', 'src/entities/library-hour.ts', 'src/resolvers/library-hours-fields.ts', 'test/library-hours.int.test.ts']) {
      expect(existsSync(join(folder, file))).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(folder, 'kaiku-extension.json'), 'utf8'))).toMatchObject({ name: 'library-hours', area: 'kuopio', extends: ['Partner'] });

    const extension = (await import(join(folder, 'src', 'index.ts'))).default as SubgraphModule;
    const result = await composePlatform([...loadServices().map((service) => service.module), extension]);
    expect(result.refused).toEqual([]);
    expect(result.apiSchema).toContain('libraryHours: LibraryHour\n');
    expect(result.apiSchema).toContain('type LibraryHour {');
    expect(result.apiSchema).toContain('libraryHoursSetNote(');

    const again = await run(['--require', '@swc-node/register', 'packages/cli/src/main.ts', 'create-extension', '--area', 'kuopio', '--name', 'library-hours', '--dir', directory]);
    expect(again.code).toBe(1);
    expect(again.output).toContain('exists already');

    const test = await run(['node_modules/jest/bin/jest.js', '--rootDir', ROOT, '--roots', folder, '--testMatch', '**/*.test.ts', '--coverage=false'], {
      DATABASE_URL: process.env.KAIKU_TEST_ADMIN_URL,
    });
    expect(test.output).toMatch(/Tests:\s+1 passed, 1 total/);
    expect(test.code).toBe(0);
  });
});
