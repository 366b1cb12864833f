import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap } from 'type-graphql';
import { roleChecker } from './context';
import type { SubgraphModule } from './define';
import { DateScalar, DateTimeScalar } from './scalars';

/** Federation 2 features every subgraph may use. */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])`;

/**
 * type-graphql schema -> SDL with directives (so `@key` survives) -> Apollo subgraph schema,
 * with the reference resolvers merged into the resolver map. Nothing wraps the result
 * afterwards: wrapping (e.g. `mapSchema`) would silently drop `__resolveReference`.
 */
export async function buildFederatedSchema(module: SubgraphModule): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: module.resolvers,
    orphanedTypes: module.orphanedTypes,
    authChecker: roleChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
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
