import type { DataSource, MixedList, EntitySchema } from 'typeorm';
import type { NonEmptyArray } from 'type-graphql';
import type { KaikuContext } from './context';
import type { Logger } from './logger';

export type ReferenceResolver = (reference: Record<string, unknown>, context: KaikuContext<any>) => unknown;

/** A background worker a subgraph runs beside its server, e.g. an event-log follower. */
export interface Worker {
  stop(): Promise<void>;
}

export interface RouteEnvironment {
  dataSource: DataSource;
  logger: Logger;
  /** The verified caller of an HTTP request (anonymous without an identity token). */
  callerOf(request: import('express').Request): Promise<import('@kaiku/identity').Caller>;
}

export interface WorkerEnvironment {
  dataSource: DataSource;
  logger: Logger;
}

/**
 * One declaration per subgraph or extension: everything the kit needs to build its schema,
 * open its database, migrate it and serve it.
 */
export interface SubgraphModule<Loaders = any> {
  /** Subgraph name in the supergraph, e.g. `areas`. */
  name: string;
  /** The PostgreSQL schema it owns, e.g. `areas` or `ext_sport_venues`. */
  schema: string;
  /** Default port when run on its own. */
  port: number;
  entities: MixedList<Function | string | EntitySchema>;
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver but part of the schema (e.g. entity stubs). */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name, batched through the request's loaders. */
  references?: Record<string, ReferenceResolver>;
  migrations: MixedList<Function | string>;
  /** Makes this request's dataloaders; called once per request. */
  loaders: (dataSource: DataSource, context: Omit<KaikuContext, 'loaders'>) => Loaders;
  /** Background work started with the server (event-log followers). */
  workers?: Array<(environment: WorkerEnvironment) => Promise<Worker>>;
  /**
   * Plain HTTP routes beside /graphql (e.g. a CSV export). They get the caller from the
   * gateway's identity token like GraphQL requests do.
   */
  routes?: (router: import('express').Router, environment: RouteEnvironment) => void;
  /** Writes the demo data once (a no-op when the subgraph already has data). */
  seed?: (dataSource: DataSource) => Promise<void>;
}

export function defineSubgraph<Loaders>(module: SubgraphModule<Loaders>): SubgraphModule<Loaders> {
  return module;
}
