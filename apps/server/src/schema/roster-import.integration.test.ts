import { idCheckCharacter } from '@jixiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ME, readRoster } from '../testing/capture-records.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const IMPORT = `mutation Import($county: String!, $scheme: Scheme!, $csv: String!) {
  importRoster(countyCode: $county, scheme: $scheme, csv: $csv) {
    __typename
    ... on MutationImportRosterSuccess { data { inserted updated unchanged rows } }
    ... on InvalidInputError { message fieldErrors { field message } }
  }
}`;

const HEADER = '身份证号,姓名,乡镇代码,村代码,月应发金额,状态';

function newIdNumber(birth: string, sequence: string): string {
  const first17 = `653125${birth}${sequence}`;
  return `${first17}${idCheckCharacter(first17)}`;
}

interface ImportResult {
  importRoster: {
    __typename: string;
    data?: { inserted: number; updated: number; unchanged: number; rows: number };
    message?: string;
    fieldErrors?: { field: string; message: string }[];
  };
}

describe('importRoster (PGlite)', () => {
  let server: TestServer;
  let manager: string;
  let worker: string;
  let township: string;

  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 300 });
    manager = await server.login('shache-manager');
    worker = await server.login('shache-worker');
    const me = await server.graphql<{ me: { townshipCodes: string[] } }>(READ_ME, {}, worker);
    township = me.data?.me.townshipCodes[0] ?? '';
  });
  afterAll(async () => {
    await server?.close();
  });

  async function people() {
    return server.running.database.prisma.beneficiary.findMany({
      where: { townshipCode: township, scheme: 'RESIDENT_PENSION' },
      orderBy: { version: 'asc' },
      take: 2,
    });
  }

  function line(
    person: {
      idNumber: string;
      name: string;
      townshipCode: string;
      villageCode: string | null;
      monthlyAmountDue: { toFixed(places: number): string };
      status: string;
    },
    amount = person.monthlyAmountDue.toFixed(2),
  ): string {
    return [
      person.idNumber,
      `"${person.name}"`,
      person.townshipCode,
      person.villageCode ?? '',
      amount,
      person.status,
    ].join(',');
  }

  it('inserts new people, updates changed ones and leaves identical ones alone', async () => {
    const { prisma } = server.running.database;
    const [changed, same] = await people();
    if (!changed || !same) throw new Error('roster too small');
    const before = await readRoster(server, worker, township);
    const fresh = newIdNumber('19401111', '997');
    const newAmount = (Number(changed.monthlyAmountDue.toFixed(2)) + 1).toFixed(2);
    const csv = `\uFEFF${HEADER}\r\n${line(changed, newAmount)}\r\n${line(same)}\r\n${fresh},"新人, 测试",${township},,120.5,正常\r\n`;
    const result = await server.graphql<ImportResult>(
      IMPORT,
      { county: '653125', scheme: 'RESIDENT_PENSION', csv },
      manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importRoster).toEqual({
      __typename: 'MutationImportRosterSuccess',
      data: { inserted: 1, updated: 1, unchanged: 1, rows: 3 },
    });

    const inserted = await prisma.beneficiary.findUniqueOrThrow({
      where: {
        countyCode_scheme_idNumber: {
          countyCode: '653125',
          scheme: 'RESIDENT_PENSION',
          idNumber: fresh,
        },
      },
    });
    expect(inserted).toMatchObject({ name: '新人, 测试', sex: 'male', status: 'ACTIVE' });
    expect(inserted.id).toMatch(/^r-653125-rp-/);
    expect(inserted.birthDate.toISOString().slice(0, 10)).toBe('1940-11-11');
    expect(inserted.monthlyAmountDue.toFixed(2)).toBe('120.50');

    const delta = await readRoster(server, worker, township, { since: before.maxVersion });
    expect(delta.nodes.map((node) => node.id).sort()).toEqual([changed.id, inserted.id].sort());
    expect(delta.nodes.find((node) => node.id === changed.id)?.monthlyAmountDue).toBe(newAmount);
    const sameAfter = await prisma.beneficiary.findUniqueOrThrow({ where: { id: same.id } });
    expect(sameAfter.version).toBe(same.version);

    const events = await prisma.auditEvent.findMany({ where: { action: 'roster.import' } });
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toEqual({
      scheme: 'RESIDENT_PENSION',
      inserted: 1,
      updated: 1,
      unchanged: 1,
      rows: 3,
    });

    // The same file again changes nothing.
    const again = await server.graphql<ImportResult>(
      IMPORT,
      { county: '653125', scheme: 'RESIDENT_PENSION', csv },
      manager,
    );
    expect(again.data?.importRoster.data).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 3,
      rows: 3,
    });
  });

  it('writes nothing when rows are wrong, naming each bad cell without the ID number', async () => {
    const { prisma } = server.running.database;
    const [person] = await people();
    if (!person) throw new Error('roster too small');
    const good = newIdNumber('19450202', '995');
    const valid = newIdNumber('19450303', '993');
    const badId = `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
    const count = await prisma.beneficiary.count();
    const audits = await prisma.auditEvent.count();
    const csv = [
      'idNumber,name,townshipCode,villageCode,monthlyAmountDue,status',
      line(person, '1.00'),
      `${badId},坏号,${township},,100,ACTIVE`,
      `${good},好人,${township},,100,ACTIVE`,
      `${newIdNumber('19450404', '991')},他县,652828100,,100,ACTIVE`,
    ].join('\n');
    const result = await server.graphql<ImportResult>(
      IMPORT,
      { county: '653125', scheme: 'RESIDENT_PENSION', csv },
      manager,
    );
    expect(result.errors).toBeUndefined();
    const error = result.data?.importRoster;
    expect(error?.__typename).toBe('InvalidInputError');
    expect(error?.message).toContain('2 处错误');
    expect(error?.fieldErrors).toEqual([
      { field: 'row 3.idNumber', message: '身份证号校验位不正确' },
      { field: 'row 5.townshipCode', message: '乡镇代码不是本县的乡镇' },
    ]);
    expect(JSON.stringify(result)).not.toContain(badId);
    expect(JSON.stringify(result)).not.toContain('坏号');
    expect(await prisma.beneficiary.count()).toBe(count);
    expect(await prisma.auditEvent.count()).toBe(audits);
    const unchanged = await prisma.beneficiary.findUniqueOrThrow({ where: { id: person.id } });
    expect(unchanged.version).toBe(person.version);
  });

  it('lists at most 200 errors and counts them all', async () => {
    const rows = Array.from({ length: 250 }, (_, index) => `x${index},甲,${township},,1,`);
    const result = await server.graphql<ImportResult>(
      IMPORT,
      { county: '653125', scheme: 'RESIDENT_PENSION', csv: [HEADER, ...rows].join('\n') },
      manager,
    );
    expect(result.data?.importRoster.fieldErrors).toHaveLength(200);
    expect(result.data?.importRoster.message).toContain('250 处错误');
  });

  it('forbids another county’s manager and a field worker', async () => {
    const csv = `${HEADER}\n${newIdNumber('19460101', '989')},甲,${township},,1,`;
    for (const username of ['heshuo-manager', 'shache-worker']) {
      const token = await server.login(username);
      const denied = await server.graphql(
        IMPORT,
        { county: '653125', scheme: 'RESIDENT_PENSION', csv },
        token,
      );
      expect(denied.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
      expect(denied.data?.importRoster ?? null, username).toBeNull();
    }
  });
});
