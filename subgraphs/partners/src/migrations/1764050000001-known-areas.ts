import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventCursorTableSql } from '@kaiku/events';

export class KnownAreas1764050000001 implements MigrationInterface {
  name = 'KnownAreas1764050000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE partners.known_areas (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        status text NOT NULL,
        local_only boolean NOT NULL
      )`);
    await db.query('CREATE INDEX known_areas_code ON partners.known_areas (code)');
    for (const sql of eventCursorTableSql('partners')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partners.event_cursors');
    await db.query('DROP TABLE partners.known_areas');
  }
}
