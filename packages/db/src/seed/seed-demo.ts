import {
  DEMO_COUNTY_CODES,
  DEMO_DIVISIONS,
  DEMO_PROJECTS,
  DEMO_ROSTER_SEED,
  DEMO_SURVEY_TEMPLATE,
  DEMO_USERS,
  FIELD_BINDINGS,
  generateCountyRosters,
} from '@jixiao/demo-data';
import type { Database } from '../database.ts';
import { fieldMetricToDb, respondentGroupToDb, schemeToDb } from '../enum-mapping.ts';
import { projectCreateInput } from '../project-form.ts';
import { insertRoster } from './roster-insert.ts';

export interface SeedOptions {
  /** Hashes a demo password (the server's argon2). */
  hashPassword(password: string): Promise<string>;
  /** Caps each roster (tests); the demo uses the seeds' full sizes. */
  rosterLimit?: number;
  year?: number;
}

export interface SeedReport {
  divisions: number;
  users: number;
  projects: number;
  beneficiaries: number;
}

const LEVELS = {
  region: 'REGION',
  prefecture: 'PREFECTURE',
  county: 'COUNTY',
  township: 'TOWNSHIP',
  village: 'VILLAGE',
} as const;

/**
 * Seeds the two demo counties: divisions, users of every role, the seed projects with their
 * field bindings, the survey template and the generated rosters. Idempotent: what exists is kept
 * (a manager's later edits survive a restart), what is missing is added.
 */
export async function seedDemo(database: Database, options: SeedOptions): Promise<SeedReport> {
  const { prisma } = database;
  const year = options.year ?? 2020;
  const divisions = await prisma.division.createMany({
    data: DEMO_DIVISIONS.map((division) => ({
      code: division.code,
      name: division.name,
      level: LEVELS[division.level],
      parentCode: division.parentCode,
      generated: division.generated,
    })),
    skipDuplicates: true,
  });

  let users = 0;
  for (const user of DEMO_USERS) {
    if (await prisma.user.findUnique({ where: { username: user.username } })) continue;
    await prisma.user.create({
      data: {
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        scopeCode: user.scopeCode,
        passwordHash: await options.hashPassword(user.password),
        townships: { create: user.townshipCodes.map((townshipCode) => ({ townshipCode })) },
      },
    });
    users += 1;
  }

  let projects = 0;
  for (const project of DEMO_PROJECTS) {
    if (await prisma.project.findUnique({ where: { key: project.key } })) continue;
    await prisma.project.create({ data: projectCreateInput(project.key, project.form) });
    projects += 1;
  }
  for (const binding of FIELD_BINDINGS) {
    const indicator = await prisma.indicator.findFirst({
      where: { rowKey: binding.rowId, project: { key: binding.projectKey } },
    });
    if (!indicator) continue;
    await prisma.indicatorBinding.upsert({
      where: { indicatorId: indicator.id },
      create: {
        indicatorId: indicator.id,
        metric: fieldMetricToDb(binding.metric),
        scheme: binding.filters.scheme ? schemeToDb(binding.filters.scheme) : null,
        respondentGroup: binding.filters.respondentGroup
          ? respondentGroupToDb(binding.filters.respondentGroup)
          : null,
      },
      update: {},
    });
  }

  await prisma.surveyTemplate.upsert({
    where: { id_version: { id: DEMO_SURVEY_TEMPLATE.id, version: DEMO_SURVEY_TEMPLATE.version } },
    create: {
      id: DEMO_SURVEY_TEMPLATE.id,
      version: DEMO_SURVEY_TEMPLATE.version,
      title: DEMO_SURVEY_TEMPLATE.title.zh,
      definition: JSON.parse(JSON.stringify(DEMO_SURVEY_TEMPLATE)),
    },
    update: {},
  });

  let beneficiaries = 0;
  for (const countyCode of DEMO_COUNTY_CODES) {
    const rosters = generateCountyRosters({ countyCode, seed: DEMO_ROSTER_SEED, year });
    for (const entries of [rosters.residentPension, rosters.institutionPension]) {
      const limited =
        options.rosterLimit === undefined ? entries : entries.slice(0, options.rosterLimit);
      beneficiaries += await insertRoster(database.sql, countyCode, limited);
    }
  }
  return { divisions: divisions.count, users, projects, beneficiaries };
}
