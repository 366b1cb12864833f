import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';
import { mergeCatalogue, type Messages } from './catalogue';

const SRC = join(__dirname, '..');

/** Every view's messages/<lang>.json, as the app's import.meta.glob finds them. */
function viewFiles(): Record<string, Messages> {
  const views = join(SRC, 'views');
  const files: Record<string, Messages> = {};
  for (const view of readdirSync(views)) {
    const folder = join(views, view, 'messages');
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) if (name.endsWith('.json')) files[join(folder, name)] = JSON.parse(readFileSync(join(folder, name), 'utf8'));
  }
  return files;
}

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sources(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** Visible text written straight into JSX (text nodes, and string literals in label-like attributes). */
function hardCodedStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visible = /[A-Za-zÅÄÖåäö]{2,}/;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && visible.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && ['aria-label', 'title', 'alt', 'placeholder', 'labelText', 'hintText', 'statusText'].includes(node.name.getText())) {
      if (node.initializer && ts.isStringLiteral(node.initializer) && visible.test(node.initializer.text)) found.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The t('...') keys the components use literally. */
function usedKeys(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)].map((match) => match[1]);
}

describe('message catalogues', () => {
  const files = viewFiles();
  const all = {
    fi: new Set(keys(mergeCatalogue('fi', fi, files))),
    sv: new Set(keys(mergeCatalogue('sv', sv, files))),
    en: new Set(keys(mergeCatalogue('en', en, files))),
  };

  it('have the same keys in Finnish, Swedish and English', () => {
    const union = [...new Set([...all.fi, ...all.sv, ...all.en])].sort();
    for (const [language, present] of Object.entries(all)) expect({ language, missing: union.filter((key) => !present.has(key)) }).toEqual({ language, missing: [] });
  });

  it('hold every key a component asks for', () => {
    const asked = [...new Set(sources(SRC).flatMap(usedKeys))];
    // A plural key exists as key_one / key_other.
    const missing = asked.filter((key) => !all.en.has(key) && !all.en.has(`${key}_other`));
    expect(missing).toEqual([]);
  });

  it('are where every visible string comes from: no component writes text of its own', () => {
    const offenders = sources(SRC).flatMap((file) => hardCodedStrings(file).map((text) => `${file.slice(SRC.length + 1)}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
