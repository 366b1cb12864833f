import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventCursorTableSql } from '@kaiku/events';
import { networkFactsTablesSql } from '@kaiku/subgraph-kit';

export class CreateSportVenues1764070000000 implements MigrationInterface {
  name = 'CreateSportVenues1764070000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ext_sport_venues.sport_venues (
        partner_id uuid PRIMARY KEY,
        facility_types text[] NOT NULL CHECK (cardinality(facility_types) > 0),
        opening_hours jsonb NOT NULL DEFAULT '[]',
        free_slots jsonb NOT NULL DEFAULT '[]',
        accessibility text CHECK (length(accessibility) <= 2000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX sport_venues_facilities ON ext_sport_venues.sport_venues USING gin (facility_types)');
    for (const sql of networkFactsTablesSql('ext_sport_venues')) await db.query(sql);
    await db.query(`
      CREATE TABLE ext_sport_venues.visits (
        month date NOT NULL,
        facility_type text NOT NULL,
        visits int NOT NULL DEFAULT 0,
        PRIMARY KEY (month, facility_type)
      )`);
    for (const sql of eventCursorTableSql('ext_sport_venues')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE ext_sport_venues.event_cursors, ext_sport_venues.visits, ext_sport_venues.known_areas, ext_sport_venues.partner_areas, ext_sport_venues.sport_venues');
  }
}
