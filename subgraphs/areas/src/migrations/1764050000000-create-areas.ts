import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventLogTableSql } from '@kaiku/events';

export class CreateAreas1764050000000 implements MigrationInterface {
  name = 'CreateAreas1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE areas.areas (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name_fi text NOT NULL CHECK (length(name_fi) BETWEEN 1 AND 2000),
        name_sv text,
        name_en text,
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY', 'REGION', 'WELLBEING_SERVICES_COUNTY')),
        status text NOT NULL CHECK (status IN ('PLANNING', 'TRIAL', 'ACTIVE', 'PAUSED', 'ENDED')),
        trial_started_on date,
        activated_on date,
        local_only boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX areas_status ON areas.areas (status)');
    for (const sql of eventLogTableSql('areas')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE areas.event_log');
    await db.query('DROP TABLE areas.areas');
  }
}
