import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventCursorTableSql } from '@kaiku/events';

export class CreateFacts1764050000000 implements MigrationInterface {
  name = 'CreateFacts1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE statistics.card_facts (
        card_key text PRIMARY KEY,
        holder_key text NOT NULL,
        home_area_id uuid NOT NULL,
        issued_by_partner_id uuid NOT NULL,
        issued_on date NOT NULL,
        valid_until date NOT NULL,
        birth_year smallint NOT NULL,
        postcode_area text NOT NULL,
        children smallint NOT NULL,
        life_situation text,
        gender text
      )`);
    await db.query('CREATE INDEX card_facts_area_issued ON statistics.card_facts (home_area_id, issued_on)');
    await db.query(`
      CREATE TABLE statistics.use_facts (
        use_id uuid PRIMARY KEY,
        card_key text NOT NULL,
        holder_key text NOT NULL,
        home_area_id uuid NOT NULL,
        venue_partner_id uuid NOT NULL,
        venue_area_id uuid NOT NULL,
        category text NOT NULL,
        adult_tickets int NOT NULL,
        child_tickets int NOT NULL,
        course_places int NOT NULL,
        used_on date NOT NULL
      )`);
    await db.query('CREATE INDEX use_facts_used_on ON statistics.use_facts (used_on)');
    for (const sql of eventCursorTableSql('statistics')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE statistics.event_cursors');
    await db.query('DROP TABLE statistics.use_facts');
    await db.query('DROP TABLE statistics.card_facts');
  }
}
