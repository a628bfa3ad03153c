import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.ts';
import { applyMigrations, readMigrations } from './migrations.ts';
import { pgliteSession, pgPoolSession, type SqlSession } from './sql-session.ts';

/**
 * Opens the database a URL names and brings its schema up to date:
 * - `postgres://…` / `postgresql://…` — a PostgreSQL server (production);
 * - `pglite:memory` — an in-process PostgreSQL held in memory (tests);
 * - `pglite:<folder>` — the embedded default, persisted to a folder.
 * One Prisma schema, one client and one migrations folder serve both engines.
 */
export interface Database {
  prisma: PrismaClient;
  sql: SqlSession;
  engine: 'pglite' | 'postgresql';
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { engine: 'postgresql'; url: string }
  | { engine: 'pglite'; dataDir: string | null };

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { engine: 'postgresql', url };
  if (url === 'pglite:memory') return { engine: 'pglite', dataDir: null };
  const match = /^pglite:(.+)$/.exec(url);
  if (match?.[1]) return { engine: 'pglite', dataDir: match[1] };
  throw new Error(
    'DATABASE_URL must start with postgres:// or postgresql:// (PostgreSQL), or be pglite:memory or pglite:<folder>',
  );
}

export async function openDatabase(
  url: string,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  const target = parseDatabaseUrl(url);
  const database =
    target.engine === 'postgresql' ? openPostgres(target.url) : await openPglite(target.dataDir);
  if (options.migrate !== false) {
    try {
      await applyMigrations(database.sql, await readMigrations());
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

async function openPglite(dataDir: string | null): Promise<Database> {
  const db = dataDir === null ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    prisma,
    sql: pgliteSession(db),
    engine: 'pglite',
    async close() {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

function openPostgres(url: string): Database {
  // A request that waits 15 s for a connection gives up (a sync batch is then answered
  // "retry later") rather than queueing without bound behind a stuck database.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 15_000 });
  // An idle connection the server drops (restart, timeout, admin) must not crash the process:
  // the pool discards it and opens a new one on the next query.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return {
    prisma,
    sql: pgPoolSession(pool),
    engine: 'postgresql',
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
