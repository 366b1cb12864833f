import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The trial agreement, acceptance of the national operating principles, and offers with caps. */
export class AgreementsOffers1764090000000 implements MigrationInterface {
  name = 'AgreementsOffers1764090000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE partners.partners
      ADD COLUMN agreement_signed_on date,
      ADD COLUMN agreement_valid_until date,
      ADD COLUMN principles_version text CHECK (length(principles_version) <= 20),
      ADD COLUMN principles_accepted_on date,
      ADD CONSTRAINT agreement_period_in_order CHECK (agreement_valid_until IS NULL OR agreement_valid_until >= agreement_signed_on)`);
    await db.query(`
      CREATE TABLE partners.offers (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL REFERENCES partners.partners (id),
        title_fi text NOT NULL CHECK (length(title_fi) BETWEEN 1 AND 2000),
        title_sv text, title_en text,
        description_fi text, description_sv text, description_en text,
        kind text NOT NULL CHECK (kind IN ('TICKET', 'COURSE_PLACE', 'OTHER')),
        category text NOT NULL,
        valid_from date NOT NULL,
        valid_until date NOT NULL CHECK (valid_until >= valid_from),
        cap_kind text CHECK (cap_kind IN ('PER_EVENT', 'PER_PERIOD', 'SHARE_OF_CAPACITY')),
        cap_amount int CHECK (cap_amount > 0),
        cap_percent numeric(5, 2) CHECK (cap_percent > 0 AND cap_percent <= 100),
        capacity int CHECK (capacity > 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX offers_partner ON partners.offers (partner_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partners.offers');
    await db.query(`ALTER TABLE partners.partners DROP CONSTRAINT agreement_period_in_order, DROP COLUMN agreement_signed_on,
      DROP COLUMN agreement_valid_until, DROP COLUMN principles_version, DROP COLUMN principles_accepted_on`);
  }
}
