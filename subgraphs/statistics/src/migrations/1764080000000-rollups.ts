import type { MigrationInterface, QueryRunner } from 'typeorm';

const COUNTS = `uses int NOT NULL DEFAULT 0, adult_tickets int NOT NULL DEFAULT 0, child_tickets int NOT NULL DEFAULT 0, course_places int NOT NULL DEFAULT 0`;

/**
 * Rollups kept incrementally as events arrive, at two grains: per day (for the edges of a
 * period) and per month (for its whole months), so a year's figures sum a few thousand rows
 * instead of millions of facts. Distinct card holders per month and year are counted when a
 * holder first appears in them. Active cards are a running sum of +1/-1 deltas by day.
 */
export class Rollups1764080000000 implements MigrationInterface {
  name = 'Rollups1764080000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE statistics.use_facts
      ADD COLUMN venue_sector text NOT NULL DEFAULT 'UNKNOWN',
      ADD COLUMN issued_by_partner_id uuid`);
    await db.query('CREATE INDEX use_facts_issuer ON statistics.use_facts (issued_by_partner_id, used_on)');
    await db.query('CREATE INDEX use_facts_venue ON statistics.use_facts (venue_partner_id, used_on)');
    // One rollup per breakdown: keying one table by every dimension would make it nearly as
    // large as the facts (sector and category come with the venue).
    for (const grain of ['day', 'month']) {
      await db.query(`CREATE TABLE statistics.area_uses_by_${grain} (
        ${grain} date NOT NULL, home_area_id uuid NOT NULL, category text NOT NULL, ${COUNTS},
        PRIMARY KEY (${grain}, home_area_id, category))`);
      await db.query(`CREATE TABLE statistics.cross_area_uses_by_${grain} (
        ${grain} date NOT NULL, home_area_id uuid NOT NULL, venue_area_id uuid NOT NULL, ${COUNTS},
        PRIMARY KEY (${grain}, home_area_id, venue_area_id))`);
      await db.query(`CREATE TABLE statistics.sector_uses_by_${grain} (
        ${grain} date NOT NULL, venue_sector text NOT NULL, ${COUNTS},
        PRIMARY KEY (${grain}, venue_sector))`);
      await db.query(`CREATE TABLE statistics.partner_uses_by_${grain} (
        ${grain} date NOT NULL, venue_partner_id uuid NOT NULL, category text NOT NULL, ${COUNTS},
        PRIMARY KEY (venue_partner_id, ${grain}, category))`);
    }
    await db.query(`CREATE TABLE statistics.holder_periods (
      period_start date NOT NULL, period_kind char(1) NOT NULL CHECK (period_kind IN ('M', 'Y')), holder_key text NOT NULL, home_area_id uuid NOT NULL,
      PRIMARY KEY (period_kind, period_start, holder_key))`);
    await db.query(`CREATE TABLE statistics.holders_used (
      period_kind char(1) NOT NULL, period_start date NOT NULL, home_area_id uuid NOT NULL, holders int NOT NULL,
      PRIMARY KEY (period_kind, period_start, home_area_id))`);
    await db.query(`CREATE TABLE statistics.cards_issued_by_day (
      day date NOT NULL, home_area_id uuid NOT NULL, issued_by_partner_id uuid NOT NULL, cards int NOT NULL,
      PRIMARY KEY (day, home_area_id, issued_by_partner_id))`);
    await db.query(`CREATE TABLE statistics.active_card_deltas (
      day date NOT NULL, home_area_id uuid NOT NULL, delta int NOT NULL,
      PRIMARY KEY (home_area_id, day))`);
    await db.query('CREATE INDEX card_facts_issuer ON statistics.card_facts (issued_by_partner_id)');
    await db.query(`CREATE TABLE statistics.area_codes (area_id uuid PRIMARY KEY, code text NOT NULL, name_fi text, name_sv text, name_en text)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE statistics.area_codes, statistics.active_card_deltas, statistics.cards_issued_by_day, statistics.holders_used,
      statistics.holder_periods, statistics.partner_uses_by_month, statistics.area_uses_by_month, statistics.partner_uses_by_day, statistics.area_uses_by_day,
      statistics.cross_area_uses_by_day, statistics.cross_area_uses_by_month, statistics.sector_uses_by_day, statistics.sector_uses_by_month`);
    await db.query('ALTER TABLE statistics.use_facts DROP COLUMN venue_sector, DROP COLUMN issued_by_partner_id');
  }
}

