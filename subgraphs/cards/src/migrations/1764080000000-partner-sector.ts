import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uses carry the venue's sector to statistics, so it needs no second log to group by sector. */
export class PartnerSector1764080000000 implements MigrationInterface {
  name = 'PartnerSector1764080000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query("ALTER TABLE cards.partner_facts ADD COLUMN sector text NOT NULL DEFAULT 'UNKNOWN'");
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE cards.partner_facts DROP COLUMN sector');
  }
}
