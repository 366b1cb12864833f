import { writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildFederatedSchema, type SubgraphModule } from '@kaiku/subgraph-kit';
import { SUPERGRAPH_PATH } from './platform';

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

/** Composes the supergraph with Apollo's composition library; throws with every hint on failure. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new CompositionError(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

export async function composeToFile(modules: SubgraphModule[]): Promise<string> {
  const supergraph = composeSupergraph(await printSubgraphs(modules));
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  return supergraph;
}
