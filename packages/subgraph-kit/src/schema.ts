import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, getMetadataStorage } from 'type-graphql';
import { roleChecker } from './context';
import type { SubgraphModule } from './define';
import { DateScalar, DateTimeScalar } from './scalars';
import { validateArgument } from './validation';

/** Federation 2 features every subgraph may use. */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])`;

/**
 * type-graphql schema -> SDL with directives (so `@key` survives) -> Apollo subgraph schema,
 * with the reference resolvers merged into the resolver map. Nothing wraps the result
 * afterwards: wrapping (e.g. `mapSchema`) would silently drop `__resolveReference`.
 */
export async function buildFederatedSchema(module: SubgraphModule): Promise<GraphQLSchema> {
  useSimpleResolvers();
  const schema = await buildSchema({
    resolvers: module.resolvers,
    orphanedTypes: module.orphanedTypes,
    authChecker: roleChecker,
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(module.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: resolveReference };
  }
  resolvers.Date = DateScalar as never;
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers: resolvers as never,
  });
}

/**
 * type-graphql's `simpleResolvers` for every plain field: a field with no `@Authorized`, no
 * middleware (on the field or its class), no arguments and the same name in GraphQL as in
 * the class is resolved by GraphQL's default property read instead of type-graphql's wrapper,
 * which runs the (empty) middleware chain per field and value. Field resolvers are not
 * affected (they take precedence), nor fields a class or field already marks either way.
 */
function useSimpleResolvers(): void {
  const storage = getMetadataStorage() as unknown as {
    fields: Array<{ target: Function; name: string; schemaName: string; simple?: boolean }>;
    objectTypes: Array<{ target: Function; simpleResolvers?: boolean }>;
    interfaceTypes: Array<{ target: Function }>;
    authorizedFields: Array<{ target: Function; fieldName: string }>;
    authorizedResolver?: Array<{ target: Function }>;
    middlewares: Array<{ target: Function; fieldName: string }>;
    resolverMiddlewares?: Array<{ target: Function }>;
    params: Array<{ target: Function; methodName: string }>;
  };
  const guarded = new Set<Function>([
    ...(storage.authorizedResolver ?? []).map((entry) => entry.target),
    ...storage.middlewares.map((entry) => entry.target),
    ...(storage.resolverMiddlewares ?? []).map((entry) => entry.target),
  ]);
  const authorized = new Set(storage.authorizedFields.map((entry) => `${entry.target.name}\u0000${entry.fieldName}`));
  const withArgs = new Set(storage.params.map((entry) => `${entry.target.name}\u0000${entry.methodName}`));
  const explicit = new Map(storage.objectTypes.map((type) => [type.target, type.simpleResolvers]));
  const outputTypes = new Set([...storage.objectTypes, ...storage.interfaceTypes].map((type) => type.target));
  for (const field of storage.fields) {
    if (field.simple !== undefined || !outputTypes.has(field.target) || explicit.get(field.target) === false) continue;
    const key = `${field.target.name}\u0000${field.name}`;
    if (guarded.has(field.target) || authorized.has(key) || withArgs.has(key) || field.name !== field.schemaName) continue;
    field.simple = true;
  }
}
