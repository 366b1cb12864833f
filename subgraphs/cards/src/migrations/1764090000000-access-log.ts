import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who read or changed card data, when, in which request. Append-only: a trigger refuses
 * UPDATE and DELETE, so the log cannot be edited through the application's connection.
 */
export class AccessLog1764090000000 implements MigrationInterface {
  name = 'AccessLog1764090000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cards.access_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        subject text NOT NULL,
        roles text NOT NULL,
        action text NOT NULL,
        card_key text,
        request_id text NOT NULL
      )`);
    await db.query('CREATE INDEX access_log_at ON cards.access_log (at DESC, id DESC)');
    await db.query(`
      CREATE FUNCTION cards.access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'cards.access_log is append-only';
      END $$`);
    await db.query(`CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON cards.access_log
      FOR EACH STATEMENT EXECUTE FUNCTION cards.access_log_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE cards.access_log');
    await db.query('DROP FUNCTION cards.access_log_is_append_only()');
  }
}
