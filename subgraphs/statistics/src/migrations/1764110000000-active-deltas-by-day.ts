import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The active cards at a date read the deltas of that date's month across all areas; the
 * primary key leads with the area, so without this index that read scans every day of every area.
 */
export class ActiveDeltasByDay1764110000000 implements MigrationInterface {
  name = 'ActiveDeltasByDay1764110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX active_card_deltas_day ON statistics.active_card_deltas (day)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX statistics.active_card_deltas_day');
  }
}
