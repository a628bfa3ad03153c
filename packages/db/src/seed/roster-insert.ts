import type { RosterEntry } from '@jixiao/demo-data';
import { schemeToDb } from '../enum-mapping.ts';
import type { SqlSession } from '../sql-session.ts';

const COLUMNS = [
  'id',
  'countyCode',
  'townshipCode',
  'villageCode',
  'scheme',
  'idNumber',
  'name',
  'sex',
  'birthDate',
  'monthlyAmountDue',
  'status',
  'updatedAt',
] as const;

const BATCH = 1000;

/**
 * Inserts roster rows in multi-row batches; rows already present (same county, scheme and ID
 * number) are left as they are, so seeding twice changes nothing. Returns the rows inserted.
 */
export async function insertRoster(
  sql: SqlSession,
  countyCode: string,
  entries: readonly RosterEntry[],
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    const params: unknown[] = [];
    const rows = batch.map((entry) => {
      const values = [
        entry.id,
        countyCode,
        entry.townshipCode,
        entry.villageCode,
        schemeToDb(entry.scheme),
        entry.idNumber,
        entry.name,
        entry.sex,
        entry.birthDate,
        entry.monthlyAmountDueYuan,
        entry.status === 'active' ? 'ACTIVE' : 'SUSPENDED',
      ];
      const placeholders = values.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      placeholders[4] = `${placeholders[4]}::"Scheme"`;
      placeholders[8] = `${placeholders[8]}::date`;
      placeholders[9] = `${placeholders[9]}::numeric`;
      placeholders[10] = `${placeholders[10]}::"BeneficiaryStatus"`;
      return `(${placeholders.join(', ')}, now())`;
    });
    const result = await sql.query<{ id: string }>(
      `INSERT INTO "Beneficiary" (${COLUMNS.map((column) => `"${column}"`).join(', ')})
       VALUES ${rows.join(', ')}
       ON CONFLICT ("countyCode", "scheme", "idNumber") DO NOTHING
       RETURNING id`,
      params,
    );
    inserted += result.length;
  }
  return inserted;
}
