import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './platform';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    if (name === 'node_modules') return [];
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import\(|require\()\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);

/** The layout shows the architecture: these rules keep it that way. */
describe('architecture', () => {
  const core = ['gateway', 'subgraphs', 'packages'].flatMap((folder) => sourceFiles(join(ROOT, folder)));

  it('no core file imports an extension', () => {
    const offenders = core.filter((file) => imports(file).some((target) => target.includes('extensions/') || target.startsWith('@kaiku/ext-')));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('subgraphs never import each other', () => {
    const offenders: string[] = [];
    for (const subgraph of readdirSync(join(ROOT, 'subgraphs'))) {
      for (const file of sourceFiles(join(ROOT, 'subgraphs', subgraph))) {
        for (const target of imports(file)) {
          const other = /(?:^|\/)subgraphs\/([a-z-]+)|^@kaiku\/subgraph-(?!kit)([a-z-]+)/.exec(target);
          const name = other?.[1] ?? other?.[2];
          if (name && name !== subgraph) offenders.push(`${relative(ROOT, file)} -> ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('shared packages depend on no subgraph (the CLI and test harness load them by folder at run time)', () => {
    const offenders = sourceFiles(join(ROOT, 'packages'))
      .filter((file) => !file.includes(`${join('packages', 'bench')}`))
      .filter((file) => imports(file).some((target) => /subgraphs\//.test(target) || /^@kaiku\/subgraph-(?!kit)/.test(target)));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
