import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The door lists a venue's uses of a day, newest first: this index serves that listing. */
export class VenueDayUses1764130000000 implements MigrationInterface {
  name = 'VenueDayUses1764130000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX card_uses_venue_day ON cards.card_uses (partner_id, used_on, created_at DESC, id DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX cards.card_uses_venue_day');
  }
}
