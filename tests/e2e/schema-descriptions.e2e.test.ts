import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';

/** The composed API schema that `npm run compose` writes for frontends and codegen. */
const API_SCHEMA_PATH = join(__dirname, '..', '..', 'packages', 'client', 'schema.graphql');

/** Every description of the API schema, named by where it is (`Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`). */
function descriptions(schema: GraphQLSchema): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const add = (where: string, text: string | null | undefined) => text && found.push([where, text]);
  for (const type of Object.values(schema.getTypeMap())) {
    // GraphQL's own types and scalars are described by the specification, not by us.
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    add(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.description);
        add(`${type.name}.${field.name} (deprecation)`, field.deprecationReason);
        for (const arg of 'args' in field ? field.args : []) add(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.description);
  }
  return found;
}

/** Words for the project's own bookkeeping, which mean nothing to someone using the API. */
const INTERNAL_REFERENCES: Array<[string, RegExp]> = [
  ['an issue step such as [3/7]', /\[\s*\d+\s*\/\s*\d+\s*\]/],
  ['an issue number such as #4', /(^|[^\w&])#\d+\b/],
  ['an issue or ticket reference', /\b(issue|ticket|PR)\s*#?\d+\b/i],
  ['a promise of work to come', /\b(not yet|to come|coming soon|TODO|FIXME|TBD)\b/i],
  // Descriptions say what the API does now, in the present tense.
  ['a promise ("will")', /\bwill\b/i],
];

/**
 * The composed API schema (packages/client/schema.graphql; the compose test keeps it equal to
 * what the subgraphs and extensions declare) is what frontend teams read: its descriptions say
 * what the API does today, for them.
 */
describe('schema descriptions', () => {
  const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
  const all = descriptions(schema);

  it('are read from the whole API schema', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.map(([where]) => where)).toEqual(expect.arrayContaining(['Query.partners', 'Offer.availability', 'Query.sportVenuesVisits']));
  });

  it('carry no internal issue references or promises of later work', () => {
    const offending = all.flatMap(([where, text]) =>
      INTERNAL_REFERENCES.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${where}: ${what}: "${text}"`),
    );
    expect(offending).toEqual([]);
  });

  it('would catch the references it looks for, and leave plain words alone', () => {
    const caught = (text: string) => INTERNAL_REFERENCES.some(([, pattern]) => pattern.test(text));
    expect(['Places left ([3/7])', 'See #4', 'Done in issue 11', 'Categories to come', 'TODO: months', 'Will subtract the uses'].filter((text) => !caught(text))).toEqual([]);
    expect(['Colour &#35;fff', 'Offers valid today or later', 'Five digits', 'Row number 12 of 30'].filter(caught)).toEqual([]);
  });
});
