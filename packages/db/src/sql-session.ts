import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';

/**
 * The little raw SQL the database layer needs beside Prisma (migrations, bulk seeding, the
 * benchmarks' raw baselines), over either engine: PGlite in-process or a pg connection.
 */
export interface SqlSession {
  /** Runs one or more statements (simple query protocol), without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Runs one parameterised statement and returns its rows. A `prepared` name keeps the
   * statement parsed (and, once PostgreSQL settles on a generic plan, planned) on each
   * connection for the next runs: for a statement run often, that the text is always the same
   * under that name. PGlite, in-process, runs it as usual.
   */
  query<Row>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<Row[]>;
  /** Runs `work` on one connection inside BEGIN … COMMIT (ROLLBACK on error). */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
}

export interface QueryOptions {
  prepared?: string;
}

export function pgliteSession(db: PGlite): SqlSession {
  const session: SqlSession = {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, [...params]);
      return result.rows;
    },
    async transaction(work) {
      return db.transaction(async (tx) =>
        work({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<Row>(sql, [...params])).rows,
          transaction: () => Promise.reject(new Error('nested transactions are not supported')),
        }),
      );
    },
  };
  return session;
}

export function pgPoolSession(pool: Pool): SqlSession {
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query<Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}) {
      const result = await pool.query({ text: sql, values: [...params], name: options.prepared });
      return result.rows as Row[];
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(
            sql: string,
            params: readonly unknown[] = [],
            options: QueryOptions = {},
          ) =>
            (await client.query({ text: sql, values: [...params], name: options.prepared }))
              .rows as Row[],
          transaction: () => Promise.reject(new Error('nested transactions are not supported')),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
