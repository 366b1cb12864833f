import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rateLimitTableSql } from '@kaiku/subgraph-kit';

/**
 * The holder lookup's and the door check's attempt limits, shared by every replica of the
 * cards subgraph (SharedRateLimiter): one row per address or caller seen lately, under a keyed
 * hash. Unlogged: after a crash it is empty, which only means every bucket is full.
 */
export class RateLimits1764160000000 implements MigrationInterface {
  name = 'RateLimits1764160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(rateLimitTableSql('cards.rate_limits'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE cards.rate_limits');
  }
}
