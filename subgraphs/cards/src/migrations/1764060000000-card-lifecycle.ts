import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventCursorTableSql } from '@kaiku/events';

/** Issuing rules, community cards, idempotent uses, offer caps and the facts cards follows. */
export class CardLifecycle1764060000000 implements MigrationInterface {
  name = 'CardLifecycle1764060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE cards.cards
        ADD COLUMN kind text NOT NULL DEFAULT 'PERSONAL' CHECK (kind IN ('PERSONAL', 'COMMUNITY')),
        ALTER COLUMN birth_year DROP NOT NULL,
        ALTER COLUMN postcode DROP NOT NULL,
        ADD COLUMN group_size_limit smallint CHECK (group_size_limit BETWEEN 1 AND 50),
        ADD COLUMN replaced_by_card_id uuid REFERENCES cards.cards (id),
        ADD COLUMN revoked_reason text CHECK (length(revoked_reason) <= 2000),
        ADD CONSTRAINT personal_card_has_demographics CHECK (kind = 'COMMUNITY' OR (birth_year IS NOT NULL AND postcode IS NOT NULL)),
        ADD CONSTRAINT community_card_has_group_limit CHECK (kind = 'PERSONAL' OR group_size_limit IS NOT NULL)`);
    await db.query('CREATE INDEX cards_holder ON cards.cards (holder_id)');
    await db.query(`
      ALTER TABLE cards.card_uses
        ADD COLUMN offer_id uuid,
        ADD COLUMN assistant_tickets smallint NOT NULL DEFAULT 0 CHECK (assistant_tickets BETWEEN 0 AND 2),
        ADD COLUMN request_fingerprint text NOT NULL DEFAULT '',
        ADD COLUMN cancelled_at timestamptz,
        DROP CONSTRAINT card_uses_idempotency_key_key`);
    // Idempotency keys are the partner's own: two venues may pick the same key.
    await db.query('CREATE UNIQUE INDEX card_uses_idempotency ON cards.card_uses (partner_id, idempotency_key)');
    await db.query(`
      CREATE TABLE cards.partner_facts (
        partner_id uuid PRIMARY KEY,
        area_id uuid NOT NULL,
        roles text[] NOT NULL,
        active boolean NOT NULL,
        principles_version text
      )`);
    await db.query(`
      CREATE TABLE cards.area_facts (
        area_id uuid PRIMARY KEY,
        code text NOT NULL,
        status text NOT NULL,
        local_only boolean NOT NULL
      )`);
    await db.query(`
      CREATE TABLE cards.offer_facts (
        offer_id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        kind text NOT NULL,
        category text,
        valid_from date,
        valid_until date,
        cap_amount int CHECK (cap_amount >= 0),
        cap_bucket text NOT NULL CHECK (cap_bucket IN ('DAY', 'PERIOD')),
        active boolean NOT NULL DEFAULT true
      )`);
    // One row per offer and bucket; the conditional UPDATE on it is what holds a cap under concurrency.
    await db.query(`
      CREATE TABLE cards.offer_usage (
        offer_id uuid NOT NULL,
        bucket date NOT NULL,
        used int NOT NULL DEFAULT 0 CHECK (used >= 0),
        PRIMARY KEY (offer_id, bucket)
      )`);
    await db.query(`
      CREATE TABLE cards.area_card_rules (
        area_id uuid PRIMARY KEY,
        validity_months smallint NOT NULL CHECK (validity_months BETWEEN 1 AND 60),
        backdate_days smallint NOT NULL CHECK (backdate_days BETWEEN 0 AND 366)
      )`);
    for (const sql of eventCursorTableSql('cards')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE cards.event_cursors, cards.area_card_rules, cards.offer_usage, cards.offer_facts, cards.area_facts, cards.partner_facts');
    await db.query('DROP INDEX cards.card_uses_idempotency');
    await db.query('ALTER TABLE cards.card_uses DROP COLUMN offer_id, DROP COLUMN assistant_tickets, DROP COLUMN request_fingerprint, DROP COLUMN cancelled_at, ADD CONSTRAINT card_uses_idempotency_key_key UNIQUE (idempotency_key)');
    await db.query('DROP INDEX cards.cards_holder');
    await db.query(`ALTER TABLE cards.cards DROP CONSTRAINT personal_card_has_demographics, DROP CONSTRAINT community_card_has_group_limit,
      DROP COLUMN kind, DROP COLUMN group_size_limit, DROP COLUMN replaced_by_card_id, DROP COLUMN revoked_reason`);
  }
}
