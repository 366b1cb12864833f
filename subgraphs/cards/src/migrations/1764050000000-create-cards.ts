import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventLogTableSql } from '@kaiku/events';

export class CreateCards1764050000000 implements MigrationInterface {
  name = 'CreateCards1764050000000';

  async up(db: QueryRunner): Promise<void> {
    // Deliberately no column for a name, identity code, birth date or address.
    await db.query(`
      CREATE TABLE cards.cards (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE CHECK (number ~ '^[2-9A-HJKMNP-Z]{11}$'),
        holder_id uuid NOT NULL,
        home_area_id uuid NOT NULL,
        issued_by_partner_id uuid NOT NULL,
        valid_from date NOT NULL,
        valid_until date NOT NULL CHECK (valid_until >= valid_from),
        state text NOT NULL CHECK (state IN ('ACTIVE', 'REVOKED', 'LOST', 'REPLACED')),
        birth_year smallint NOT NULL,
        postcode text NOT NULL CHECK (postcode ~ '^[0-9]{5}$'),
        children smallint NOT NULL CHECK (children BETWEEN 0 AND 20),
        life_situation text,
        gender text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX cards_issued_by ON cards.cards (issued_by_partner_id)');
    await db.query(`
      CREATE TABLE cards.card_uses (
        id uuid PRIMARY KEY,
        card_id uuid NOT NULL REFERENCES cards.cards (id),
        partner_id uuid NOT NULL,
        home_area_id uuid NOT NULL,
        venue_area_id uuid NOT NULL,
        category text NOT NULL CHECK (category IN ('CULTURE', 'EDUCATION', 'SCIENCE', 'SPORT')),
        adult_tickets smallint NOT NULL CHECK (adult_tickets >= 0),
        child_tickets smallint NOT NULL CHECK (child_tickets >= 0),
        course_places smallint NOT NULL CHECK (course_places >= 0),
        used_on date NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX card_uses_card ON cards.card_uses (card_id)');
    for (const sql of eventLogTableSql('cards')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE cards.event_log');
    await db.query('DROP TABLE cards.card_uses');
    await db.query('DROP TABLE cards.cards');
  }
}
