import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';
import { createTestPostgres, type TestPostgres } from './test-databases.ts';

/**
 * The roster's change sequence (the roster_versions migration): every write gives the row a new
 * version, drawn in the order the writers commit; a person who leaves a township leaves a
 * departure behind for that township's phones.
 */
const PERSON = {
  countyCode: '653125',
  scheme: 'RESIDENT_PENSION',
  sex: 'F',
  birthDate: '1950-01-01',
  monthlyAmountDue: '150.00',
};

async function addPerson(database: Database, id: string, townshipCode: string): Promise<bigint> {
  const [row] = await database.sql.query<{ version: string }>(
    `INSERT INTO "Beneficiary" (id, "countyCode", "townshipCode", scheme, "idNumber", name, sex,
       "birthDate", "monthlyAmountDue", "updatedAt")
     VALUES ($1, $2, $3, $4::"Scheme", $5, '测试', $6, $7::date, $8::numeric, now())
     RETURNING version::text`,
    [
      id,
      PERSON.countyCode,
      townshipCode,
      PERSON.scheme,
      `ID-${id}`,
      PERSON.sex,
      PERSON.birthDate,
      PERSON.monthlyAmountDue,
    ],
  );
  return BigInt(row?.version ?? '0');
}

async function versionOf(database: Database, id: string): Promise<bigint> {
  const [row] = await database.sql.query<{ version: string }>(
    'SELECT version::text FROM "Beneficiary" WHERE id = $1',
    [id],
  );
  return BigInt(row?.version ?? '0');
}

async function departures(database: Database, townshipCode: string) {
  return database.sql.query<{ beneficiaryId: string; version: string }>(
    `SELECT "beneficiaryId", version::text FROM "RosterDeparture"
     WHERE "townshipCode" = $1 ORDER BY version`,
    [townshipCode],
  );
}

describe.each([
  ['PGlite', async () => ({ url: 'pglite:memory', drop: async () => {} })],
  ['PostgreSQL', () => createTestPostgres()],
] as const)('roster versions on %s', (_engine, create) => {
  let target: TestPostgres;
  let database: Database;

  beforeAll(async () => {
    target = await create();
    database = await openDatabase(target.url);
    await database.sql.exec(`
      INSERT INTO "Division" (code, name, level, "parentCode") VALUES
        ('650000', '新疆', 'REGION', NULL),
        ('653100', '喀什', 'PREFECTURE', '650000'),
        ('653125', '莎车县', 'COUNTY', '653100')
      ON CONFLICT DO NOTHING`);
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it('gives every change a new, higher version, whatever the statement sets', async () => {
    const first = await addPerson(database, 'v-1', '653125100');
    const second = await addPerson(database, 'v-2', '653125100');
    expect(second).toBeGreaterThan(first);
    await database.sql.query(
      `UPDATE "Beneficiary" SET "monthlyAmountDue" = 160, version = 1 WHERE id = 'v-1'`,
    );
    expect(await versionOf(database, 'v-1')).toBeGreaterThan(second);
  });

  it('leaves a departure in the old township when a person moves or is removed', async () => {
    await addPerson(database, 'm-1', '653125101');
    await addPerson(database, 'm-2', '653125101');
    await database.sql.query(
      `UPDATE "Beneficiary" SET "townshipCode" = '653125102' WHERE id = 'm-1'`,
    );
    const moved = await versionOf(database, 'm-1');
    await database.sql.query(`DELETE FROM "Beneficiary" WHERE id = 'm-2'`);
    const left = await departures(database, '653125101');
    expect(left.map((row) => row.beneficiaryId)).toEqual(['m-1', 'm-2']);
    expect(BigInt(left[0]?.version ?? '0')).toBe(moved);
    expect(BigInt(left[1]?.version ?? '0')).toBeGreaterThan(moved);
    // A change inside the township is no departure.
    await database.sql.query(`UPDATE "Beneficiary" SET name = '改名' WHERE id = 'm-1'`);
    expect(await departures(database, '653125102')).toEqual([]);
  });
});

describe('roster versions under concurrent writers (PostgreSQL)', () => {
  let target: TestPostgres;
  let database: Database;

  beforeAll(async () => {
    target = await createTestPostgres();
    database = await openDatabase(target.url);
    await database.sql.exec(`
      INSERT INTO "Division" (code, name, level, "parentCode") VALUES
        ('650000', '新疆', 'REGION', NULL),
        ('653100', '喀什', 'PREFECTURE', '650000'),
        ('653125', '莎车县', 'COUNTY', '653100')`);
    await addPerson(database, 'c-1', '653125100');
    await addPerson(database, 'c-2', '653125100');
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it('draws versions in commit order: a later writer waits, and its versions come after', async () => {
    const slow = new pg.Client({ connectionString: target.url });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query(`UPDATE "Beneficiary" SET name = '慢' WHERE id = 'c-1'`);
      // A second writer, on another connection, while the first has not committed.
      let fastDone = false;
      const fast = database.sql
        .query(`UPDATE "Beneficiary" SET name = '快' WHERE id = 'c-2'`)
        .then(() => {
          fastDone = true;
        });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fastDone).toBe(false);
      // What a phone reading now sees: neither change, so it will ask for both later.
      const [seen] = await database.sql.query<{ max: string }>(
        'SELECT max(version)::text AS max FROM "Beneficiary"',
      );
      await slow.query('COMMIT');
      await fast;
      const slowVersion = await versionOf(database, 'c-1');
      const fastVersion = await versionOf(database, 'c-2');
      expect(fastVersion).toBeGreaterThan(slowVersion);
      expect(slowVersion).toBeGreaterThan(BigInt(seen?.max ?? '0'));
    } finally {
      await slow.end();
    }
  });
});
