import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.KAIKU_TEST_ADMIN_URL;
  if (!url) throw new Error('KAIKU_TEST_ADMIN_URL is not set: run tests through `npm test` (jest global setup starts PostgreSQL).');
  return url;
}

/** A fresh, empty database for one test file, in the run's PostgreSQL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `kaiku_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
