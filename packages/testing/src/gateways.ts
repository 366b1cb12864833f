import { composePlatform, loadServices } from '@kaiku/platform';
import { startGateway, type RunningGateway } from '@kaiku/gateway';
import { createLogger } from '@kaiku/subgraph-kit';
import { externalVerifier } from '@kaiku/identity';
import type { DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphqlRequest, type GraphQLResponse, type RequestOptions } from './graphql-client';
import type { TestStack } from './stack';

export interface GatewayOverOptions {
  /** The subgraphs it composes, by name (any of the platform's, running in the stack or not). */
  subgraphs: string[];
  /** Where each subgraph runs; the stack's own subgraphs are the default for the rest. */
  urls?: Record<string, string>;
}

export interface ExtraGateway extends RunningGateway {
  request<Data = any, Variables = Record<string, unknown>>(
    document: TypedDocumentNode<Data, Variables> | DocumentNode | string,
    variables?: Variables,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Data>>;
}

/**
 * One more gateway for a stack's database and keys, over subgraphs a test runs itself (e.g.
 * replicas as processes): the same tokens and internal signatures as the stack's own gateway,
 * its own port. Several of them are replicas of the gateway. Stop it before the stack.
 */
export async function startGatewayOver(stack: TestStack, options: GatewayOverOptions): Promise<ExtraGateway> {
  const modules = loadServices()
    .map((service) => service.module)
    .filter((module) => options.subgraphs.includes(module.name));
  const urlOf = (name: string) => options.urls?.[name] ?? stack.subgraphs[name]?.url;
  const missing = modules.filter((module) => !urlOf(module.name)).map((module) => module.name);
  if (missing.length) throw new Error(`No URL for ${missing.join(', ')}: not in the stack and not given`);
  const composition = await composePlatform(modules, (module) => urlOf(module.name)!);
  if (composition.refused.length) throw new Error(composition.refused.flatMap((refusal) => refusal.reasons).join('\n'));
  const gateway = await startGateway({
    supergraphSdl: composition.supergraph,
    port: 0,
    verifyToken: externalVerifier({ publicJwk: stack.keys.devIssuer.publicJwk }),
    internalPrivateJwk: stack.keys.internal.privateJwk,
    subgraphTimeoutMs: 10_000,
    logger: createLogger('gateway', process.env.LOG_LEVEL ?? 'silent'),
    anonymousPerMinute: 100_000,
  });
  return { ...gateway, request: (document, variables, requestOptions) => graphqlRequest(gateway.url, document, variables, requestOptions) };
}
