import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventLogTableSql } from '@kaiku/events';

export class CreatePartners1764050000000 implements MigrationInterface {
  name = 'CreatePartners1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partners.partners (
        id uuid PRIMARY KEY,
        name_fi text NOT NULL CHECK (length(name_fi) BETWEEN 1 AND 2000),
        name_sv text,
        name_en text,
        area_id uuid NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['CARD_DISTRIBUTOR', 'CULTURE_PARTNER']),
        sector text NOT NULL CHECK (sector IN ('PUBLIC', 'PRIVATE', 'THIRD_SECTOR')),
        website text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The directory pages in (Finnish name, id) order.
    await db.query('CREATE INDEX partners_directory_order ON partners.partners (name_fi, id)');
    await db.query('CREATE INDEX partners_area ON partners.partners (area_id)');
    for (const sql of eventLogTableSql('partners')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partners.event_log');
    await db.query('DROP TABLE partners.partners');
  }
}
