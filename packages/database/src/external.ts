import { Client } from 'pg';
import { StartupError } from './errors';

/** Describes a URL for messages without its password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/** Checks that a DATABASE_URL answers, turning driver errors into one line with advice. */
export async function checkDatabaseUrl(url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StartupError('DATABASE_URL is not a URL: use postgres://USER:PASSWORD@HOST:PORT/DATABASE, or unset it to use the embedded PostgreSQL.');
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new StartupError(`DATABASE_URL must start with postgres:// (got ${parsed.protocol}//).`);
  }
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(
      `Cannot use DATABASE_URL ${redactUrl(url)}: ${(error as Error).message}. Check that the server runs and the URL is right, or unset DATABASE_URL to use the embedded PostgreSQL.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
