import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The wellbeing measure's counts (wellbeing.ts): per calendar month, home area, measure and
 * bucket; never a row per card. The key leads with the month: a period reads a range of months.
 */
export class WellbeingCounts1764140700000 implements MigrationInterface {
  name = 'WellbeingCounts1764140700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE statistics.wellbeing_counts (
        month date NOT NULL,
        home_area_id uuid NOT NULL,
        measure text NOT NULL CHECK (measure IN ('ISSUE', 'RENEWAL', 'CHANGE')),
        bucket text NOT NULL,
        answers integer NOT NULL,
        PRIMARY KEY (month, home_area_id, measure, bucket)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE statistics.wellbeing_counts');
  }
}
