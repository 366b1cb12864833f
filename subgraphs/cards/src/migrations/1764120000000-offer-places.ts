import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cards holds an offer's cap as partners states it, with each performance's seats, so a use
 * is refused by the same rule that counts the free places shown; the index serves that count
 * (places of the uses not cancelled per offer and day).
 */
export class OfferPlaces1764120000000 implements MigrationInterface {
  name = 'OfferPlaces1764120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE cards.offer_facts ADD COLUMN cap jsonb, ADD COLUMN seats_by_day jsonb NOT NULL DEFAULT '{}'`);
    await db.query(`CREATE INDEX card_uses_offer_day ON cards.card_uses (offer_id, used_on)
      INCLUDE (adult_tickets, child_tickets, course_places) WHERE offer_id IS NOT NULL AND cancelled_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX cards.card_uses_offer_day');
    await db.query('ALTER TABLE cards.offer_facts DROP COLUMN seats_by_day, DROP COLUMN cap');
  }
}
