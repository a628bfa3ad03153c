import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, parseDatabaseUrl } from './database.ts';
import { applyMigrations, MigrationError, readMigrations } from './migrations.ts';
import { createTestPostgres, type TestPostgres } from './test-databases.ts';

describe('parseDatabaseUrl', () => {
  it.each([
    ['postgres://u@h:5432/db', { engine: 'postgresql', url: 'postgres://u@h:5432/db' }],
    ['postgresql://h/db', { engine: 'postgresql', url: 'postgresql://h/db' }],
    ['pglite:memory', { engine: 'pglite', dataDir: null }],
    ['pglite:./.data/pglite', { engine: 'pglite', dataDir: './.data/pglite' }],
  ])('%s', (url, target) => {
    expect(parseDatabaseUrl(url)).toEqual(target);
  });

  it('says what it accepts', () => {
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(/postgres:\/\/.*pglite:memory/);
  });
});

describe.each([
  ['PGlite', async () => ({ url: 'pglite:memory', drop: async () => {} })],
  ['PostgreSQL', () => createTestPostgres()],
] as const)('migrations on %s', (_engine, create) => {
  let target: TestPostgres;
  let database: Database;

  beforeAll(async () => {
    target = await create();
    database = await openDatabase(target.url);
  });

  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it('records every migration as Prisma Migrate does', async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    const rows = await database.sql.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows).toEqual(migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(database.sql, await readMigrations())).toEqual([]);
  });

  it('refuses a migration edited after it was applied, and changes nothing', async () => {
    const [first, ...rest] = await readMigrations();
    if (!first) throw new Error('no migration');
    const edited = [{ ...first, checksum: 'x'.repeat(64) }, ...rest];
    await expect(applyMigrations(database.sql, edited)).rejects.toThrow(MigrationError);
    const count = await database.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM "_prisma_migrations"',
    );
    expect(count[0]?.n).toBe(rest.length + 1);
  });

  it('gives a working Prisma client with exact decimals', async () => {
    await database.prisma.division.create({
      data: { code: '653125', name: '莎车县', level: 'COUNTY' },
    });
    await database.prisma.beneficiary.create({
      data: {
        id: 'b1',
        countyCode: '653125',
        townshipCode: '653125100',
        scheme: 'RESIDENT_PENSION',
        idNumber: '65312519500101123X',
        name: 'test',
        sex: 'male',
        birthDate: new Date('1950-01-01'),
        monthlyAmountDue: '150.10',
      },
    });
    await database.prisma.beneficiary.create({
      data: {
        id: 'b2',
        countyCode: '653125',
        townshipCode: '653125100',
        scheme: 'RESIDENT_PENSION',
        idNumber: '653125195001011230',
        name: 'test',
        sex: 'male',
        birthDate: new Date('1950-01-01'),
        monthlyAmountDue: '0.20',
      },
    });
    const sum = await database.prisma.beneficiary.aggregate({ _sum: { monthlyAmountDue: true } });
    expect(sum._sum.monthlyAmountDue?.toString()).toBe('150.3');
  });
});
