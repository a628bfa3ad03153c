import type { SqlRunner } from './sql-values.ts';
import type { StoredRecord } from './sync-result.ts';

/**
 * What a sync batch reads before it writes, one query per kind of fact for the whole batch
 * (none when the batch needs none): the records already stored under the batch's ids, the
 * roster rows and divisions the records name, the year locks of the years involved. A batch
 * asks for them side by side through `combinedReader`, which sends them to the database as ONE
 * statement; the per-record checks then run in memory. Plain SQL with one array parameter each
 * (`= ANY($1)`), straight through the database driver (the sync's hot path skips Prisma's query
 * layer; see sql-values.ts).
 */
type Reader = SqlRunner;

interface Pending {
  text: string;
  values: readonly unknown[];
  resolve: (rows: unknown[]) => void;
  reject: (error: unknown) => void;
}

/** `$n` of one query, moved past the parameters of the queries before it. */
function shifted(text: string, offset: number): string {
  return text.replace(/\$(\d+)/g, (_match, n: string) => `$${Number(n) + offset}`);
}

/**
 * A reader that sends the queries asked of it in the same tick as one statement, each as a
 * sub-select aggregated to a JSON array (`SELECT (SELECT json_agg …) AS q0, …`): one round trip
 * and one statement for the database instead of several. Rows come back as JSON reads them, so
 * the queries select text, numbers and booleans only (numeric cast to text).
 */
export function combinedReader(sql: Reader): Reader {
  let pending: Pending[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    const values: unknown[] = [];
    const columns = batch.map((query, index) => {
      const text = shifted(query.text, values.length);
      values.push(...query.values);
      return `(SELECT coalesce(json_agg(t), '[]'::json) FROM (${text}) AS t) AS q${index}`;
    });
    try {
      const [row] = await sql.query<Record<string, unknown>>(
        `SELECT ${columns.join(', ')}`,
        values,
      );
      const parsed = (value: unknown): unknown[] =>
        (typeof value === 'string' ? JSON.parse(value) : value) as unknown[];
      for (const [index, query] of batch.entries()) query.resolve(parsed(row?.[`q${index}`] ?? []));
    } catch (error) {
      for (const query of batch) query.reject(error);
    }
  };
  return {
    query<Row>(text: string, values: readonly unknown[]): Promise<Row[]> {
      return new Promise<Row[]>((resolve, reject) => {
        if (pending.length === 0) queueMicrotask(() => void flush());
        pending.push({ text, values, resolve: resolve as (rows: unknown[]) => void, reject });
      });
    },
  };
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

async function rowsOf<Row>(reader: Reader, keys: readonly unknown[], text: string): Promise<Row[]> {
  if (keys.length === 0) return [];
  return reader.query<Row>(text, [unique(keys)]);
}

/** The verifications already stored under these ids (replays and conflicts). */
export async function storedVerifications(
  sql: Reader,
  ids: readonly string[],
): Promise<Map<string, StoredRecord>> {
  const rows = await rowsOf<StoredRecord & { id: string }>(
    sql,
    ids,
    'SELECT id, fingerprint, counted, "lateForLockedYear" FROM "Verification" WHERE id = ANY($1::uuid[])',
  );
  return new Map(rows.map(({ id, ...stored }) => [id, stored]));
}

/** The survey responses already stored under these ids. */
export async function storedSurveyResponses(
  sql: Reader,
  ids: readonly string[],
): Promise<Map<string, StoredRecord>> {
  const rows = await rowsOf<StoredRecord & { id: string }>(
    sql,
    ids,
    'SELECT id, fingerprint, "lateForLockedYear" FROM "SurveyResponse" WHERE id = ANY($1::uuid[])',
  );
  return new Map(rows.map(({ id, ...stored }) => [id, stored]));
}

/** The county each of these beneficiaries belongs to, by id. */
export async function beneficiaryCounties(
  sql: Reader,
  beneficiaryIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await rowsOf<{ id: string; countyCode: string }>(
    sql,
    beneficiaryIds,
    'SELECT id, "countyCode" FROM "Beneficiary" WHERE id = ANY($1::text[])',
  );
  return new Map(rows.map((row) => [row.id, row.countyCode]));
}

/** The township each of these villages lies in, by village code (absent: no such village). */
export async function villageTownships(
  sql: Reader,
  villageCodes: readonly string[],
): Promise<Map<string, string | null>> {
  const rows = await rowsOf<{ code: string; parentCode: string | null }>(
    sql,
    villageCodes,
    `SELECT code, "parentCode" FROM "Division" WHERE code = ANY($1::text[]) AND level = 'VILLAGE'`,
  );
  return new Map(rows.map((row) => [row.code, row.parentCode]));
}

/** Which counties have locked which of the batch's years. */
export interface YearLocks {
  has(countyCode: string, year: number): boolean;
}

/**
 * The year locks of the batch's years, of every county (a handful of rows: one per county and
 * closed year), so that the query need not wait for the roster to name the counties.
 */
export async function yearLocks(sql: Reader, years: readonly number[]): Promise<YearLocks> {
  const rows = await rowsOf<{ countyCode: string; year: number }>(
    sql,
    years,
    'SELECT "countyCode", year FROM "YearLock" WHERE year = ANY($1::int[])',
  );
  const locked = new Set(rows.map((row) => `${row.countyCode}:${row.year}`));
  return { has: (countyCode, year) => locked.has(`${countyCode}:${year}`) };
}
