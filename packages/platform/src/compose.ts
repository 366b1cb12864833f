import { writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, findBreakingChanges, parse, printSchema } from 'graphql';
import { buildFederatedSchema, isExtension, type SubgraphModule } from '@kaiku/subgraph-kit';
import { checkExtensionRules, describeViolation } from './extension-rules';
import { API_SCHEMA_PATH, CORE_VERSION, SUPERGRAPH_PATH } from './platform';

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

export interface Refusal {
  extension: string;
  reasons: string[];
}

export interface PlatformComposition extends Composition {
  /** Names of the subgraphs and extensions in the supergraph. */
  included: string[];
  /** Extensions left out, each with every rule it broke. */
  refused: Refusal[];
}

/**
 * Composes the core subgraphs, then adds each extension that keeps the rules and still
 * composes. A broken extension is refused by name; the core never is.
 */
export async function composePlatform(modules: SubgraphModule[], urlOf = defaultUrl): Promise<PlatformComposition> {
  const core = await printSubgraphs(modules.filter((module) => !isExtension(module)), urlOf);
  const accepted = [...core];
  compose(accepted);
  const refused: Refusal[] = [];
  for (const module of modules.filter(isExtension)) {
    let sdl: SubgraphSdl;
    try {
      [sdl] = await printSubgraphs([module], urlOf);
    } catch (error) {
      refused.push({ extension: module.name, reasons: [`extension ${module.name}: its schema does not build: ${(error as Error).message.split('\n')[0]}`] });
      continue;
    }
    const violations = checkExtensionRules({ name: module.name, sdl: sdl.sdl, manifest: module.manifest }, core.map((subgraph) => subgraph.sdl), CORE_VERSION);
    if (violations.length) {
      refused.push({ extension: module.name, reasons: violations.map(describeViolation) });
      continue;
    }
    try {
      compose([...accepted, sdl]);
      accepted.push(sdl);
    } catch (error) {
      const messages = (error as Error).message.split('\n').slice(1).map((line) => `extension ${module.name}: composition: ${line.replace(/^\s*- /, '')}`);
      refused.push({ extension: module.name, reasons: messages });
    }
  }
  return { ...compose(accepted), included: accepted.map((subgraph) => subgraph.name), refused };
}

/** Changes that would break existing clients, from the previous API schema to the next. */
export function breakingChanges(previousApiSchema: string, nextApiSchema: string): string[] {
  return findBreakingChanges(buildSchema(previousApiSchema), buildSchema(nextApiSchema)).map((change) => `${change.type}: ${change.description}`);
}
