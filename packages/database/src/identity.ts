import { Client } from 'pg';

/**
 * Names one database for as long as it exists: the cluster's system identifier (new at every
 * initdb) and the database's oid (new when it is dropped and created again under the same
 * name). `kaiku up` keeps what it did to a database under this name, so a fresh one is never
 * mistaken for the one it migrated and seeded before.
 */
export async function databaseIdentity(url: string): Promise<string> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ identity: string }>(
      "SELECT (SELECT system_identifier FROM pg_control_system())::text || '/' || oid::text AS identity FROM pg_database WHERE datname = current_database()",
    );
    return rows[0].identity;
  } finally {
    await client.end().catch(() => undefined);
  }
}
