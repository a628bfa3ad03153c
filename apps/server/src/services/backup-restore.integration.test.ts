import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDatabase, restoreDatabase } from '@jixiao/db';
import { createTestPostgres, type TestPostgres } from '@jixiao/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  READ_ME,
  readRoster,
  readTemplate,
  surveyOf,
  verificationOf,
} from '../testing/capture-records.ts';
import { dropTestPostgres } from '../testing/test-databases.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * 备份与恢复: a database with synced field data is backed up (pg_dump -Fc on PostgreSQL, the data
 * folder's tarball on the embedded PGlite), restored into a new database, and a server started
 * on the copy gives the same rollups, row for row the same tables, and the same logins.
 */
const SHACHE = '653125';
const RATE = 'answers positive respondents rate interval { lower upper }';
const SURVEY = `responses lateRecords satisfaction { ${RATE} } awareness { ${RATE} }`;
const VERIFICATIONS = `roster verified coverage lateRecords paidCorrectly paymentAccuracy
  ineligiblePayments amountToRecover
  outcomes { aliveEligible deceased moved imprisoned duplicateEnrolment otherIneligible }`;
const ROLLUP = `query Rollup($code: String!) {
  rollup(divisionCode: $code, year: 2020) {
    divisionName
    verifications { ${VERIFICATIONS} }
    surveys { total { ${SURVEY} } byGroup { respondentGroup ${SURVEY} } }
    townships { code name verifications { ${VERIFICATIONS} } surveys { total { ${SURVEY} } } }
  }
}`;
const SYNC_VERIFICATIONS = `mutation V($r: [JSON!]!) { syncVerifications(records: $r) { status } }`;
const SYNC_SURVEYS = `mutation S($r: [JSON!]!) { syncSurveyResponses(records: $r) { status } }`;
const TABLES = [
  '_prisma_migrations',
  'AuditEvent',
  'Beneficiary',
  'CountedVerification',
  'Division',
  'Indicator',
  'Project',
  'SurveyResponse',
  'User',
  'UserTownship',
  'Verification',
];

async function sync(server: TestServer, token: string, query: string, records: unknown[]) {
  const result = await server.graphql<Record<string, { status: string }[]>>(
    query,
    { r: records },
    token,
  );
  const statuses = Object.values(result.data ?? {})[0]?.map((answer) => answer.status);
  expect(statuses).toEqual(records.map(() => 'ACCEPTED'));
}

/**
 * Verifications of up to 40 people (some deceased, moved or underpaid, 3 verified again) and 15
 * surveys; returns how many of each were stored.
 */
async function syncFieldData(
  server: TestServer,
): Promise<{ verifications: number; surveys: number }> {
  const token = await server.login('shache-worker');
  const me = await server.graphql<{ me: { townshipCodes: string[] } }>(READ_ME, {}, token);
  const township = me.data?.me.townshipCodes[0] ?? '';
  const people = (await readRoster(server, token, township)).nodes.slice(0, 40);
  const outcome = (at: number): Record<string, unknown> => {
    if (at % 9 === 1) return { alive: false, eligible: false, deathDate: '2020-06-01' };
    if (at % 11 === 2) return { eligible: false, ineligibleReason: 'moved' };
    if (at % 7 === 3) return { amountReceivedYuan: '0' };
    return {};
  };
  const first = people.map((person, at) =>
    verificationOf(person, {
      capturedAt: `2020-10-${String(1 + (at % 28)).padStart(2, '0')}T10:15:00+06:00`,
      ...outcome(at),
    }),
  );
  const again = people
    .slice(0, 3)
    .map((person) => verificationOf(person, { capturedAt: '2020-11-20T09:00:00+06:00' }));
  await sync(server, token, SYNC_VERIFICATIONS, [...first, ...again]);
  const template = await readTemplate(server, token);
  const surveys = Array.from({ length: 15 }, (_, at) =>
    surveyOf(
      template,
      township,
      { respondentGroup: ['residentBeneficiary', 'institutionRetiree', 'contributor'][at % 3] },
      (at % 5) + 1,
    ),
  );
  await sync(server, token, SYNC_SURVEYS, surveys);
  return { verifications: first.length + again.length, surveys: surveys.length };
}

interface Figures {
  rollup: unknown;
  rows: Record<string, number>;
}

/**
 * The row count of every table and the county rollup as its manager reads it (with a token of
 * the first server: the copy signs with the same secret, and a new login would add an audit row).
 */
async function figures(server: TestServer, token: string): Promise<Figures> {
  const rows: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await server.running.database.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table}"`,
    );
    rows[table] = row?.n ?? -1;
  }
  const result = await server.graphql<{ rollup: unknown }>(ROLLUP, { code: SHACHE }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { rollup: result.data.rollup, rows };
}

describe('backup and restore', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-backup-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }

  async function database(prefix: string): Promise<TestPostgres> {
    const created = await createTestPostgres(prefix);
    cleanups.push(() => dropTestPostgres(created));
    return created;
  }

  async function serverOn(url: string, seed: boolean): Promise<TestServer> {
    const server = await startTestServer({
      env: { DATABASE_URL: url, SEED_DEMO: seed ? 'true' : 'false' },
    });
    let open = true;
    cleanups.push(async () => {
      if (open) await server.close();
    });
    return {
      ...server,
      async close() {
        open = false;
        await server.close();
      },
    };
  }

  it('PostgreSQL: pg_dump -Fc of a running server, pg_restore into a new database', async () => {
    const dir = await tempDir();
    const source = await database('jixiao_backup');
    const target = await database('jixiao_restored');
    const server = await serverOn(source.url, true);
    const synced = await syncFieldData(server);
    const manager = await server.login('shache-manager');
    const before = await figures(server, manager);
    expect(before.rows.Verification).toBe(synced.verifications);
    expect(before.rows.SurveyResponse).toBe(synced.surveys);

    const file = join(dir, 'jixiao.dump');
    const backup = await backupDatabase(source.url, file);
    expect(backup).toMatchObject({ engine: 'postgresql', file });
    await restoreDatabase(file, target.url);
    await expect(restoreDatabase(file, target.url)).rejects.toThrow(/empty database/);

    const restored = await serverOn(target.url, false);
    expect(await figures(restored, manager)).toEqual(before);
  }, 90_000);

  it('embedded PGlite: the stopped data folder as a tarball, unpacked into a new folder', async () => {
    const dir = await tempDir();
    const sourceDir = join(dir, 'source');
    const restoredDir = join(dir, 'restored');
    const server = await serverOn(`pglite:${sourceDir}`, true);
    const synced = await syncFieldData(server);
    const manager = await server.login('shache-manager');
    const before = await figures(server, manager);
    expect(before.rows.Verification).toBe(synced.verifications);
    const file = join(dir, 'jixiao-pglite.tar.gz');
    await expect(backupDatabase(`pglite:${sourceDir}`, file)).rejects.toThrow(/stop the server/);
    await server.close();

    await backupDatabase(`pglite:${sourceDir}`, file);
    await restoreDatabase(file, `pglite:${restoredDir}`);
    await expect(restoreDatabase(file, `pglite:${restoredDir}`)).rejects.toThrow(/not empty/);

    const restored = await serverOn(`pglite:${restoredDir}`, false);
    expect(await figures(restored, manager)).toEqual(before);
  }, 90_000);
});
