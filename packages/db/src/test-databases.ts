import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Throw-away PostgreSQL databases for tests, created in the server TEST_DATABASE_URL names
 * (default: the local server these machines run, postgres://postgres@127.0.0.1:5432/postgres)
 * and dropped afterwards.
 */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The PostgreSQL tests need a server: none answered at ${TEST_DATABASE_URL} (${String(error)}). ` +
        'Start the local one (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) ' +
        'or set TEST_DATABASE_URL to a server where this user may CREATE DATABASE.',
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestPostgres {
  url: string;
  drop(): Promise<void>;
}

export async function createTestPostgres(prefix = 'jixiao_test'): Promise<TestPostgres> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(TEST_DATABASE_URL, name),
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => {},
      ),
  };
}
