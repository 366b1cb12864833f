import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Card facts follow renewals, replacements and revocations; replacement cards are not new holders. */
export class CardLifecycleFacts1764060000000 implements MigrationInterface {
  name = 'CardLifecycleFacts1764060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE statistics.card_facts
        ADD COLUMN kind text NOT NULL DEFAULT 'PERSONAL',
        ADD COLUMN state text NOT NULL DEFAULT 'ACTIVE',
        ADD COLUMN is_replacement boolean NOT NULL DEFAULT false,
        ALTER COLUMN birth_year DROP NOT NULL,
        ALTER COLUMN postcode_area DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE statistics.card_facts DROP COLUMN kind, DROP COLUMN state, DROP COLUMN is_replacement');
  }
}
