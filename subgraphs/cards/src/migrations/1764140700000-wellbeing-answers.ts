import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The wellbeing score given at issue, kept only until the first renewal turns it into a change
 * (domain/wellbeing.ts). One row per holder, so a replacement card keeps it; no card number,
 * nothing else about the holder.
 */
export class WellbeingAnswers1764140700000 implements MigrationInterface {
  name = 'WellbeingAnswers1764140700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cards.wellbeing_answers (
        holder_id uuid PRIMARY KEY,
        score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
        answered_on date NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE cards.wellbeing_answers');
  }
}
