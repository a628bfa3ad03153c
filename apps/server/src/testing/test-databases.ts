import { openDatabase } from '@jixiao/db';
import { TEST_DATABASE_URL, type TestPostgres } from '@jixiao/db/testing';

/**
 * Waits (at most 2 s) until nothing is connected to the database. pg's pool.end() resolves
 * before its sockets have closed, and DROP DATABASE … WITH (FORCE) would then terminate a
 * closing connection: an idle-client error that a pool without an error listener throws.
 */
export async function sessionsClosed(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = await openDatabase(TEST_DATABASE_URL, { migrate: false });
  try {
    for (let attempt = 0; attempt < 40; attempt++) {
      const [row] = await admin.sql.query<{ sessions: number }>(
        'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if ((row?.sessions ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await admin.close();
  }
}

/** Drops a throw-away database once its last session has closed. */
export async function dropTestPostgres(postgres: TestPostgres): Promise<void> {
  await sessionsClosed(postgres.url);
  await postgres.drop();
}
