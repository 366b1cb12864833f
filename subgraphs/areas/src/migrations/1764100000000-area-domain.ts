import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventCursorTableSql } from '@kaiku/events';

/** The official municipality list shipped with the subgraph (308 rows). */
export function readMunicipalityCsv(): Array<Record<string, string | null>> {
  const [header, ...lines] = readFileSync(join(__dirname, '../../data/municipalities.csv'), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  // The file has no quoted fields (no name contains a comma), so a plain split is enough.
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value.trim() || null])));
}

/**
 * The area domain: municipalities (reference data), which area covers which municipality,
 * the trial's ten steps, the working group, the cooperation agreement, activation overrides
 * and the projection of partner facts from the partners event log.
 */
export class AreaDomain1764100000000 implements MigrationInterface {
  name = 'AreaDomain1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE areas.municipalities (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
        name_fi text NOT NULL,
        name_sv text,
        name_en text,
        region_code text NOT NULL,
        region_fi text NOT NULL,
        wellbeing_county_fi text,
        wellbeing_county_sv text
      )`);
    await db.query(
      `INSERT INTO areas.municipalities (code, name_fi, name_sv, region_code, region_fi, wellbeing_county_fi, wellbeing_county_sv)
       SELECT code, name_fi, name_sv, region_code, region_fi, wellbeing_county_fi, wellbeing_county_sv
         FROM jsonb_to_recordset($1::jsonb) AS m(code text, name_fi text, name_sv text, region_code text, region_fi text,
                                                 wellbeing_county_fi text, wellbeing_county_sv text)`,
      [JSON.stringify(readMunicipalityCsv())],
    );

    // area_ended mirrors the area's status (kept by triggers), so that the partial unique index
    // can say in the database itself: a municipality is in at most one area that has not ended.
    await db.query(`
      CREATE TABLE areas.area_municipalities (
        area_id uuid NOT NULL REFERENCES areas.areas (id) ON DELETE CASCADE,
        municipality_code text NOT NULL REFERENCES areas.municipalities (code),
        area_ended boolean NOT NULL DEFAULT false,
        PRIMARY KEY (area_id, municipality_code)
      )`);
    await db.query(
      'CREATE UNIQUE INDEX area_municipalities_one_live_area ON areas.area_municipalities (municipality_code) WHERE NOT area_ended',
    );
    await db.query(`
      CREATE FUNCTION areas.area_municipality_ended() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.area_ended := (SELECT status = 'ENDED' FROM areas.areas WHERE id = NEW.area_id);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER area_municipalities_ended BEFORE INSERT OR UPDATE ON areas.area_municipalities
      FOR EACH ROW EXECUTE FUNCTION areas.area_municipality_ended()`);
    await db.query(`
      CREATE FUNCTION areas.area_status_ended() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE areas.area_municipalities SET area_ended = (NEW.status = 'ENDED') WHERE area_id = NEW.id;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER areas_status_ended AFTER UPDATE OF status ON areas.areas
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION areas.area_status_ended()`);

    await db.query(`
      CREATE TABLE areas.working_group_members (
        id uuid PRIMARY KEY,
        area_id uuid NOT NULL REFERENCES areas.areas (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 2000),
        organisation text NOT NULL CHECK (length(organisation) BETWEEN 1 AND 2000),
        sector text NOT NULL CHECK (sector IN ('CULTURE', 'SOCIAL_AND_HEALTH', 'WELLBEING', 'THIRD_SECTOR')),
        role text CHECK (length(role) <= 2000),
        email text CHECK (length(email) <= 320),
        phone text CHECK (length(phone) <= 40),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX working_group_members_area ON areas.working_group_members (area_id)');

    await db.query(`
      CREATE TABLE areas.trial_steps (
        area_id uuid NOT NULL REFERENCES areas.areas (id) ON DELETE CASCADE,
        step smallint NOT NULL CHECK (step BETWEEN 1 AND 10),
        completed_on date,
        responsible_member_id uuid REFERENCES areas.working_group_members (id) ON DELETE SET NULL,
        notes text CHECK (length(notes) <= 2000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (area_id, step)
      )`);

    await db.query(`
      ALTER TABLE areas.areas
        ADD COLUMN agreement_signed_on date,
        ADD COLUMN agreement_valid_from date,
        ADD COLUMN agreement_valid_until date,
        ADD COLUMN agreement_document text CHECK (length(agreement_document) <= 2000),
        ADD CONSTRAINT areas_agreement_period CHECK (agreement_valid_until IS NULL OR agreement_valid_until >= agreement_valid_from)`);

    await db.query(`
      CREATE TABLE areas.activation_overrides (
        id bigserial PRIMARY KEY,
        area_id uuid NOT NULL REFERENCES areas.areas (id) ON DELETE CASCADE,
        overridden_by text NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        overridden_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX activation_overrides_area ON areas.activation_overrides (area_id, overridden_at DESC)');

    // A projection of the partners event log (docs/events.md); never the partners tables.
    await db.query(`
      CREATE TABLE areas.partner_facts (
        partner_id uuid PRIMARY KEY,
        area_id uuid NOT NULL,
        roles text[] NOT NULL,
        sector text NOT NULL,
        active boolean NOT NULL,
        agreement_signed boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX partner_facts_area ON areas.partner_facts (area_id)');
    for (const sql of eventCursorTableSql('areas')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE areas.event_cursors');
    await db.query('DROP TABLE areas.partner_facts');
    await db.query('DROP TABLE areas.activation_overrides');
    await db.query(`ALTER TABLE areas.areas DROP CONSTRAINT areas_agreement_period, DROP COLUMN agreement_signed_on,
      DROP COLUMN agreement_valid_from, DROP COLUMN agreement_valid_until, DROP COLUMN agreement_document`);
    await db.query('DROP TABLE areas.trial_steps');
    await db.query('DROP TABLE areas.working_group_members');
    await db.query('DROP TRIGGER areas_status_ended ON areas.areas');
    await db.query('DROP FUNCTION areas.area_status_ended()');
    await db.query('DROP TABLE areas.area_municipalities');
    await db.query('DROP FUNCTION areas.area_municipality_ended()');
    await db.query('DROP TABLE areas.municipalities');
  }
}
