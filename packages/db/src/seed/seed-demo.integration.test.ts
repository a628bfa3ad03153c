import { DEMO_PROJECTS } from '@jixiao/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../database.ts';
import { formFromProject } from '../project-form.ts';
import { seedDemo } from './seed-demo.ts';

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null && item !== undefined)
      .map(([key, item]) => [key, withoutNulls(item)]),
  );
}

const hashPassword = async (password: string) => `plain:${password}`;

describe('seedDemo on PGlite at the seeds’ full scale', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase('pglite:memory');
  });
  afterAll(async () => {
    await database.close();
  });

  it('seeds every division, user, project and the full rosters', async () => {
    const started = performance.now();
    const report = await seedDemo(database, { hashPassword });
    const seconds = (performance.now() - started) / 1000;
    console.log(`seeded ${report.beneficiaries} beneficiaries in ${seconds.toFixed(1)} s`);
    expect(report).toEqual({ divisions: 682, users: 8, projects: 5, beneficiaries: 66520 });
    const byCounty = await database.prisma.beneficiary.groupBy({
      by: ['countyCode', 'scheme'],
      _count: { _all: true },
      orderBy: [{ countyCode: 'asc' }, { scheme: 'asc' }],
    });
    expect(byCounty.map((row) => [row.countyCode, row.scheme, row._count._all])).toEqual([
      ['652828', 'RESIDENT_PENSION', 2931],
      ['652828', 'INSTITUTION_PENSION', 1573],
      ['653125', 'RESIDENT_PENSION', 56798],
      ['653125', 'INSTITUTION_PENSION', 5218],
    ]);
    expect(await database.prisma.indicatorBinding.count()).toBe(5);
  }, 120_000);

  it('stores every seed project so that it reads back as the same form', async () => {
    for (const demo of DEMO_PROJECTS) {
      const project = await database.prisma.project.findUniqueOrThrow({
        where: { key: demo.key },
        include: { funds: true, indicators: { include: { binding: true } } },
      });
      const form = formFromProject(project, demo.form.county.name);
      // An optional field may be absent or null in a fixture; both read back as absent.
      expect(withoutNulls({ ...form, id: demo.form.id, source: demo.form.source })).toEqual(
        withoutNulls(demo.form),
      );
    }
  });

  it('changes nothing the second time', async () => {
    expect(await seedDemo(database, { hashPassword })).toEqual({
      divisions: 0,
      users: 0,
      projects: 0,
      beneficiaries: 0,
    });
    expect(await database.prisma.beneficiary.count()).toBe(66520);
  }, 120_000);
});
