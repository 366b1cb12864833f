import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The category taxonomy as data: top level use categories of the national statistics and the
 * kinds of venue under them. Areas and extensions add subcategories by inserting rows.
 * [code, parent code, fi, sv, en]
 */
const CATEGORIES: Array<[string, string | null, string, string, string]> = [
  ['CULTURE', null, 'Kulttuuri', 'Kultur', 'Culture'],
  ['EDUCATION', null, 'Koulutus', 'Utbildning', 'Education'],
  ['SCIENCE', null, 'Tiede', 'Vetenskap', 'Science'],
  ['SPORT', null, 'Liikunta', 'Idrott', 'Sport'],
  ['culture.theatre', 'CULTURE', 'Teatteri', 'Teater', 'Theatre'],
  ['culture.museum', 'CULTURE', 'Museo', 'Museum', 'Museum'],
  ['culture.concert', 'CULTURE', 'Konsertti', 'Konsert', 'Concert'],
  ['culture.cinema', 'CULTURE', 'Elokuvateatteri', 'Biograf', 'Cinema'],
  ['culture.library', 'CULTURE', 'Kirjasto', 'Bibliotek', 'Library'],
  ['culture.festival', 'CULTURE', 'Festivaali', 'Festival', 'Festival'],
  ['culture.dance', 'CULTURE', 'Tanssi', 'Dans', 'Dance'],
  ['education.adult-education-centre', 'EDUCATION', 'Kansalaisopisto', 'Medborgarinstitut', 'Adult education centre'],
  ['education.art-school', 'EDUCATION', 'Taidekoulu', 'Konstskola', 'Art school'],
  ['science.science-centre', 'SCIENCE', 'Tiedekeskus', 'Vetenskapscenter', 'Science centre'],
  ['science.planetarium', 'SCIENCE', 'Planetaario', 'Planetarium', 'Planetarium'],
  ['sport.swimming-hall', 'SPORT', 'Uimahalli', 'Simhall', 'Swimming hall'],
  ['sport.gym', 'SPORT', 'Kuntosali', 'Gym', 'Gym'],
  ['sport.ice-rink', 'SPORT', 'Jäähalli', 'Ishall', 'Ice rink'],
  ['sport.sports-event', 'SPORT', 'Urheilutapahtuma', 'Idrottsevenemang', 'Sports event'],
];

/** Categories, venues, contacts, performances and the directory's search index. */
export class PartnerDomain1764110000000 implements MigrationInterface {
  name = 'PartnerDomain1764110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE partners.partners
      ADD COLUMN accessibility_fi text CHECK (length(accessibility_fi) <= 2000),
      ADD COLUMN accessibility_sv text CHECK (length(accessibility_sv) <= 2000),
      ADD COLUMN accessibility_en text CHECK (length(accessibility_en) <= 2000),
      ADD CONSTRAINT website_length CHECK (length(website) <= 2000),
      ADD CONSTRAINT name_sv_length CHECK (length(name_sv) <= 2000),
      ADD CONSTRAINT name_en_length CHECK (length(name_en) <= 2000),
      -- One lower-cased text of the three names: the trigram index below serves ILIKE '%word%'.
      ADD COLUMN search_text text GENERATED ALWAYS AS (lower(name_fi || ' ' || coalesce(name_sv, '') || ' ' || coalesce(name_en, ''))) STORED`);
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. It goes
    // to public so that every schema can use it once.
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await db.query('CREATE INDEX partners_search ON partners.partners USING gin (search_text public.gin_trgm_ops)');

    await db.query(`
      CREATE TABLE partners.categories (
        code text PRIMARY KEY CHECK (code ~ '^[A-Za-z][A-Za-z0-9_.-]{1,99}$'),
        parent_code text REFERENCES partners.categories (code),
        name_fi text NOT NULL CHECK (length(name_fi) BETWEEN 1 AND 200),
        name_sv text, name_en text,
        -- Two levels: a top category (the use categories of national statistics) and its kinds.
        CHECK ((parent_code IS NULL) = (code IN ('CULTURE', 'EDUCATION', 'SCIENCE', 'SPORT')))
      )`);
    await db.query(
      `INSERT INTO partners.categories (code, parent_code, name_fi, name_sv, name_en)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [0, 1, 2, 3, 4].map((column) => CATEGORIES.map((row) => row[column])),
    );
    await db.query(`
      CREATE TABLE partners.partner_categories (
        partner_id uuid NOT NULL REFERENCES partners.partners (id) ON DELETE CASCADE,
        category_code text NOT NULL REFERENCES partners.categories (code),
        PRIMARY KEY (partner_id, category_code)
      )`);
    await db.query('CREATE INDEX partner_categories_code ON partners.partner_categories (category_code, partner_id)');

    await db.query(`
      CREATE TABLE partners.venues (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL REFERENCES partners.partners (id) ON DELETE CASCADE,
        name_fi text CHECK (length(name_fi) BETWEEN 1 AND 2000),
        name_sv text CHECK (length(name_sv) <= 2000),
        name_en text CHECK (length(name_en) <= 2000),
        street_address text NOT NULL CHECK (length(street_address) BETWEEN 1 AND 2000),
        postal_code text CHECK (postal_code ~ '^[0-9]{5}$'),
        municipality_code text NOT NULL CHECK (municipality_code ~ '^[0-9]{3}$'),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        CHECK ((latitude IS NULL) = (longitude IS NULL)),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX venues_partner ON partners.venues (partner_id)');
    await db.query('CREATE INDEX venues_municipality ON partners.venues (municipality_code, partner_id)');

    // Contact persons are personal data: read only through the contacts field's access rule.
    await db.query(`
      CREATE TABLE partners.contacts (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL REFERENCES partners.partners (id) ON DELETE CASCADE,
        position int NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 2000),
        email text CHECK (length(email) <= 320),
        phone text CHECK (length(phone) <= 40),
        UNIQUE (partner_id, position)
      )`);

    // Performances of an offer, with their capacity: a share-of-capacity cap counts from them.
    await db.query(`
      CREATE TABLE partners.offer_events (
        id uuid PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES partners.offers (id) ON DELETE CASCADE,
        starts_on date NOT NULL,
        capacity int CHECK (capacity > 0),
        sold_out boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX offer_events_offer ON partners.offer_events (offer_id, starts_on)');
    await db.query('ALTER TABLE partners.offers ADD CONSTRAINT title_sv_length CHECK (length(title_sv) <= 2000), ADD CONSTRAINT title_en_length CHECK (length(title_en) <= 2000)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE partners.offers DROP CONSTRAINT title_sv_length, DROP CONSTRAINT title_en_length');
    await db.query('DROP TABLE partners.offer_events, partners.contacts, partners.venues, partners.partner_categories, partners.categories');
    await db.query(`ALTER TABLE partners.partners DROP COLUMN search_text, DROP COLUMN accessibility_fi, DROP COLUMN accessibility_sv,
      DROP COLUMN accessibility_en, DROP CONSTRAINT website_length, DROP CONSTRAINT name_sv_length, DROP CONSTRAINT name_en_length`);
  }
}
