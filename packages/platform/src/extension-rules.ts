import { Kind, parse, print, type DefinitionNode, type FieldDefinitionNode, type InputValueDefinitionNode } from 'graphql';
import { satisfies, validRange } from 'semver';
import { extensionPrefix, type ExtensionManifest } from '@kaiku/subgraph-kit';

/** One broken rule: which extension, where, and what rule. */
export interface RuleViolation {
  extension: string;
  type: string;
  field?: string;
  rule: string;
}

export function describeViolation(violation: RuleViolation): string {
  const where = violation.field ? `${violation.type}.${violation.field}` : violation.type;
  return `extension ${violation.extension}: ${where}: ${violation.rule}`;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
/** Core entities an extension may add fields to, by key. */
const EXTENSIBLE_ENTITIES = new Set(['Area', 'Partner', 'Card']);
/** Scalars every subgraph may declare. */
const SHARED_SCALARS = new Set(['Date', 'DateTime']);

interface TypeShape {
  kind: string;
  fields: Map<string, string>;
  printed: string;
}

type NamedDefinition = Extract<DefinitionNode, { name: { value: string } }>;

function shapes(sdl: string): Map<string, TypeShape> {
  const types = new Map<string, TypeShape>();
  for (const definition of parse(sdl).definitions) {
    if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const named = definition as NamedDefinition;
    const fieldNodes = ('fields' in named ? named.fields ?? [] : []) as ReadonlyArray<FieldDefinitionNode | InputValueDefinitionNode>;
    const existing = types.get(named.name.value);
    const fields = existing?.fields ?? new Map<string, string>();
    for (const field of fieldNodes) fields.set(field.name.value, print(field.type));
    types.set(named.name.value, { kind: named.kind, fields, printed: (existing?.printed ?? '') + print(named) });
  }
  return types;
}

/**
 * The rules that protect the core from an extension: it may add types and add fields to
 * Area, Partner and Card by key; it may not redefine or change a core field, take a core
 * type name, or add a root field without its own prefix.
 */
export function checkExtensionRules(
  extension: { name: string; sdl: string; manifest: ExtensionManifest },
  coreSdls: string[],
  coreVersion: string,
): RuleViolation[] {
  const range = extension.manifest.core;
  if (!validRange(range) || !satisfies(coreVersion, range)) {
    return [{ extension: extension.name, type: 'manifest', field: 'core', rule: `needs core ${range}, but this core is ${coreVersion}` }];
  }
  const core = new Map<string, TypeShape>();
  for (const sdl of coreSdls) {
    for (const [name, shape] of shapes(sdl)) {
      const existing = core.get(name);
      if (existing) for (const [field, type] of shape.fields) existing.fields.set(field, type);
      else core.set(name, shape);
    }
  }
  const violations: RuleViolation[] = [];
  const flag = (type: string, rule: string, field?: string) => violations.push({ extension: extension.name, type, field, rule });
  const prefix = extensionPrefix(extension.manifest);

  for (const [name, shape] of shapes(extension.sdl)) {
    if (ROOT_TYPES.has(name)) {
      for (const field of shape.fields.keys()) {
        if (!field.startsWith(prefix) && !field.startsWith('_')) flag(name, `root fields of this extension must start with "${prefix}"`, field);
      }
      continue;
    }
    const coreType = core.get(name);
    if (!coreType || SHARED_SCALARS.has(name)) continue;
    if (EXTENSIBLE_ENTITIES.has(name)) {
      if (!extension.manifest.extends.includes(name as 'Area')) flag(name, 'extends a core entity that its manifest does not list under "extends"');
      for (const [field, type] of shape.fields) {
        if (field === 'id') {
          if (type !== coreType.fields.get('id')) flag(name, 'changes the type of the key field', field);
        } else if (coreType.fields.has(field)) {
          flag(name, 'redefines a core field (an extension may only add new fields)', field);
        }
      }
      continue;
    }
    if (shape.printed.replace(/\s+/g, ' ') !== coreType.printed.replace(/\s+/g, ' ')) {
      flag(name, 'takes the name of a core type (choose a name of its own)');
    }
  }
  return violations;
}
