import { DataSource, type Logger as TypeOrmLogger, type QueryRunner, type MixedList, type EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { NotifyAfterCommit } from '@kaiku/events';
import { DEFAULT_POOL_SIZE } from './config';
import type { Logger } from './logger';

/**
 * Counts SQL statements per data source: the proof that a list resolves in a bounded number
 * of statements (no N+1), read by tests and benchmarks. Event followers share the pool but mark
 * their query runners as background work; their statements are not counted.
 */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  constructor(private readonly logger?: Logger) {}
  logQuery(_query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    if (!queryRunner?.data?.background) this.count += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger?.debug({ err: error, query: query.slice(0, 200) }, 'query failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger?.warn({ ms: time, query: query.slice(0, 200) }, 'slow query');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger?.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger?.warn({ detail: String(message) }, 'database warning');
  }
}

export interface DataSourceOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  logger?: Logger;
}

export function createDataSource(options: DataSourceOptions): { dataSource: DataSource; counter: StatementCounter } {
  const counter = new StatementCounter(options.logger);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    subscribers: [NotifyAfterCommit],
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['query', 'error', 'warn', 'migration'],
    logger: counter,
    maxQueryExecutionTime: 1000,
    extra: {
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      // Every PostgreSQL connection is a backend process of 14-22 MB. A start opens several at
      // once (migrations, every follower catching up, the first requests) that then sit idle:
      // one idle for a second is closed, so a service at rest holds none (its followers poll
      // over the process's LISTEN connection, packages/events). Steady traffic keeps its
      // connections busy; a request after a quiet second opens one, a few milliseconds.
      min: 0,
      idleTimeoutMillis: 1000,
      application_name: `kaiku-${options.schema}`,
      // Every connection works in the subgraph's own schema first.
      options: `-c search_path=${options.schema},public`,
    },
  });
  return { dataSource, counter };
}
