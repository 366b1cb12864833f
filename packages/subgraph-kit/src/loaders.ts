import DataLoader from 'dataloader';
import { In, type ObjectLiteral, type Repository } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { isUuid } from './ids';

/**
 * The common loader: entities by their uuid `id` in one statement per batch, null for ids
 * that match nothing. A malformed id never reaches the database, so it cannot match a row.
 */
export function entityByIdLoader<T extends ObjectLiteral & { id: string }>(repository: Repository<T>): DataLoader<string, T | null> {
  const load = plainSelectById(repository) ?? ((ids: string[]) => repository.findBy({ id: In(ids) } as never));
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await load(valid) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

interface PlainSelect {
  sql: string;
  columns: ColumnMetadata[];
}

/** One prepared SELECT per entity, made when first asked for: metadata outlives every request. */
const plainSelects = new WeakMap<EntityMetadata, PlainSelect | null>();

/**
 * The same rows and entities as `findBy({ id: In(ids) })`, without TypeORM's query builder: it
 * composed the SQL and its aliases again for every batch, most of the CPU of a federation
 * entity fetch (areas' `_entities` of one Area: about 0.8 ms of 3). Built from the entity's
 * metadata once, hydrated with TypeORM's own per-column conversion. Entities with relations,
 * inheritance, soft deletes, virtual properties or load listeners keep `findBy` (none of ours has them today).
 */
function plainSelectById<T extends ObjectLiteral>(repository: Repository<T>): ((ids: string[]) => Promise<T[]>) | undefined {
  const { metadata, manager } = repository;
  if (!plainSelects.has(metadata)) plainSelects.set(metadata, planPlainSelect(metadata));
  const plan = plainSelects.get(metadata);
  if (!plan) return undefined;
  const driver = manager.connection.driver;
  return async (ids) => {
    const rows: Array<Record<string, unknown>> = await manager.query(plan.sql, [ids]);
    return rows.map((row) => {
      const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
      for (const column of plan.columns) column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
      return entity;
    });
  };
}

function planPlainSelect(metadata: EntityMetadata): PlainSelect | null {
  const id = metadata.primaryColumns.length === 1 ? metadata.primaryColumns[0] : undefined;
  const subscribersLoad = metadata.connection.subscribers.some((subscriber) => typeof subscriber.afterLoad === 'function');
  if (
    !id || id.propertyName !== 'id' || metadata.relations.length || metadata.childEntityMetadatas.length || metadata.discriminatorColumn ||
    // findBy leaves soft-deleted rows out; this plain SELECT would not.
    metadata.deleteDateColumn ||
    metadata.afterLoadListeners.length || subscribersLoad || metadata.columns.some((column) => column.isVirtualProperty)
  ) {
    return null;
  }
  const escape = (name: string) => metadata.connection.driver.escape(name);
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  const table = metadata.tablePath.split('.').map(escape).join('.');
  return {
    sql: `SELECT ${columns.map((column) => escape(column.databaseName)).join(', ')} FROM ${table} WHERE ${escape(id.databaseName)} = ANY($1)`,
    columns,
  };
}
