import type { DataSource, QueryRunner } from 'typeorm';
import { queryOnListener } from './listen';

/**
 * One short autocommit statement of a service's own background work, not of a request: on
 * the process's LISTEN connection when it is open (see `queryOnListener`), else on a pool
 * connection marked as background work, so request statement counts leave it out.
 *
 * Not for anything that needs a transaction or runs long: every follower of the process
 * waits behind it on that one connection.
 */
export async function backgroundQuery<Row = Record<string, unknown>>(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<Row[]> {
  const onListener = await queryOnListener<Row>((dataSource.options as { url?: string }).url, sql, params);
  if (onListener) return onListener;
  const runner = dataSource.createQueryRunner();
  runner.data = { ...runner.data, background: true };
  try {
    return await runner.query(sql, params);
  } finally {
    await runner.release();
  }
}

/**
 * Gives a query runner's connection back closed, not pooled again (a backend of some 15 MB
 * otherwise idles until the pool's idle timeout). `why` is only the reason handed to the pool.
 */
export async function releaseClosing(runner: QueryRunner, why: string): Promise<void> {
  const postgres = runner as QueryRunner & { releasePostgresConnection?: (error?: Error) => Promise<void> };
  if (postgres.releasePostgresConnection) await postgres.releasePostgresConnection(new Error(why));
  else await runner.release();
}
