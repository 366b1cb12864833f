import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cards issued and active-card deltas by month as well as by day: a year's national figures
 * then sum twelve months (12 x issuers rows) instead of 365 days x issuers, and the active
 * cards at a date sum the months before it and the days of its own month.
 */
export class MonthlyCardRollups1764100000000 implements MigrationInterface {
  name = 'MonthlyCardRollups1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE statistics.cards_issued_by_month (
      month date NOT NULL, home_area_id uuid NOT NULL, issued_by_partner_id uuid NOT NULL, cards int NOT NULL,
      PRIMARY KEY (month, home_area_id, issued_by_partner_id))`);
    await db.query(`INSERT INTO statistics.cards_issued_by_month (month, home_area_id, issued_by_partner_id, cards)
      SELECT date_trunc('month', day)::date, home_area_id, issued_by_partner_id, sum(cards) FROM statistics.cards_issued_by_day GROUP BY 1, 2, 3`);
    await db.query(`CREATE TABLE statistics.active_card_deltas_by_month (
      month date NOT NULL, home_area_id uuid NOT NULL, delta int NOT NULL,
      PRIMARY KEY (home_area_id, month))`);
    await db.query(`INSERT INTO statistics.active_card_deltas_by_month (month, home_area_id, delta)
      SELECT date_trunc('month', day)::date, home_area_id, sum(delta) FROM statistics.active_card_deltas GROUP BY 1, 2`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE statistics.active_card_deltas_by_month');
    await db.query('DROP TABLE statistics.cards_issued_by_month');
  }
}
