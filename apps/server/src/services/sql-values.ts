/**
 * Multi-row INSERTs for the batch writes. The rows of a batch travel as ONE parameter, a JSON
 * array of objects, and come out of `json_to_recordset` typed by its column definition list
 * (uuid, text, int, numeric, date, timestamptz, jsonb and the enums), sorted by a key so that
 * concurrent batches lock the rows they share in one order.
 *
 * The sync's reads and writes go straight through the database layer's driver session
 * (`Database.sql`: node-postgres or PGlite), not Prisma's raw queries: for a 200-record batch
 * Prisma's query layer and interactive transaction cost more than the SQL itself.
 *
 * Measured on PostgreSQL 15 through a Prisma interactive transaction, 200 verifications: a
 * VALUES list of 5,000 placeholders took 16.9 ms a batch, one array parameter per column
 * (`unnest`) 6.5–9.5 ms, one JSON parameter 6.2–8.2 ms (Prisma and the driver walk every
 * parameter value; PostgreSQL parses one JSON text fast).
 *
 * `timestamp` is an instant (a Date, sent as ISO 8601 with its Z) kept as UTC in a
 * `timestamp(3)` column, the way Prisma stores a DateTime: read as timestamptz and converted at
 * UTC, whatever the session's TimeZone.
 */

import { storableJson } from './storable-text.ts';

/**
 * Runs one parameterised statement and returns its rows (`Database.sql` or its transaction);
 * `prepared` names a statement kept prepared per connection (see SqlSession).
 */
export interface SqlRunner {
  query<Row>(
    text: string,
    values: readonly unknown[],
    options?: { prepared?: string },
  ): Promise<Row[]>;
}

/**
 * A column of a multi-row INSERT: the row's field of that name, of a PostgreSQL type, or the
 * same SQL for every row.
 */
export type SqlColumn<Row> =
  | { name: keyof Row & string; type: string }
  | { name: string; sql: string };

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** The same SQL for every row: the time of the transaction, as a UTC timestamp (see above). */
export const NOW_UTC = "(now() AT TIME ZONE 'UTC')";

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * `INSERT INTO "table" (columns) SELECT … FROM json_to_recordset($n::json) … ORDER BY orderBy`:
 * the rows are the last parameter, after the `leading` ones the columns' SQL may name ($1…).
 */
export function insertRows<Row>(
  table: string,
  columns: readonly SqlColumn<Row>[],
  rows: readonly Row[],
  options: { orderBy: readonly string[]; leading?: readonly unknown[] },
): SqlStatement {
  const leading = options.leading ?? [];
  const typed = columns.flatMap((column) => ('sql' in column ? [] : [column]));
  const definitions = typed.map(
    (column) =>
      `${quoted(column.name)} ${column.type === 'timestamp' ? 'timestamptz' : column.type}`,
  );
  const select = columns.map((column) => {
    if ('sql' in column) return column.sql;
    const field = `r.${quoted(column.name)}`;
    return column.type === 'timestamp' ? `(${field} AT TIME ZONE 'UTC')` : field;
  });
  const text =
    `INSERT INTO ${quoted(table)} (${columns.map((column) => quoted(column.name)).join(', ')}) ` +
    `SELECT ${select.join(', ')} ` +
    `FROM json_to_recordset($${leading.length + 1}::json) AS r(${definitions.join(', ')}) ` +
    `ORDER BY ${options.orderBy.map((name) => `r.${quoted(name)}`).join(', ')}`;
  // Fields the definition list does not name are ignored; a Date becomes its ISO 8601 text.
  return { text, values: [...leading, storableJson(rows)] };
}
