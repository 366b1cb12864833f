import { writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { buildFederatedSchema, type SubgraphModule } from '@kaiku/subgraph-kit';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH } from './platform';

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/** Each module's subgraph SDL, printed without starting a server. */
export async function printSubgraphs(modules: SubgraphModule[], urlOf = defaultUrl): Promise<SubgraphSdl[]> {
  return Promise.all(
    modules.map(async (module) => ({
      name: module.name,
      url: urlOf(module),
      sdl: printSubgraphSchema(await buildFederatedSchema(module)),
    })),
  );
}

export function defaultUrl(module: SubgraphModule): string {
  return `http://127.0.0.1:${module.port}/graphql`;
}

export class CompositionError extends Error {}

export interface Composition {
  /** The supergraph SDL the gateway loads. */
  supergraph: string;
  /** The schema clients see (no federation machinery): what codegen reads. */
  apiSchema: string;
}

/** Composes with Apollo's composition library; throws listing every error on failure. */
export function compose(subgraphs: SubgraphSdl[]): Composition {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new CompositionError(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return {
    supergraph: `${result.supergraphSdl.trim()}\n`,
    apiSchema: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`,
  };
}

export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  return compose(subgraphs).supergraph;
}

export async function composeToFiles(modules: SubgraphModule[]): Promise<Composition> {
  const composition = compose(await printSubgraphs(modules));
  writeFileSync(SUPERGRAPH_PATH, composition.supergraph);
  writeFileSync(API_SCHEMA_PATH, composition.apiSchema);
  return composition;
}
