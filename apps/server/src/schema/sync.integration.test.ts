import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  READ_ME,
  type RosterNode,
  readRoster,
  readTemplate,
  surveyOf,
  type TemplateInfo,
  verificationOf,
} from '../testing/capture-records.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const RESULT_FIELDS = 'id index status counted lateForLockedYear errors { field message }';
const SYNC_VERIFICATIONS = `mutation V($r: [JSON!]!) {
  syncVerifications(records: $r) { ${RESULT_FIELDS} }
}`;
const SYNC_SURVEYS = `mutation S($r: [JSON!]!) {
  syncSurveyResponses(records: $r) { ${RESULT_FIELDS} }
}`;
const CONFLICTS = `query C($c: String!, $y: Int!) {
  verificationConflicts(countyCode: $c, year: $y, first: 100) {
    edges { node {
      beneficiaryId
      beneficiary { id idNumber name masked }
      counted { id capturedAt workerId townshipCode outcome counted }
      others { id capturedAt workerId townshipCode outcome counted }
    } }
  }
}`;

interface SyncResult {
  id: string | null;
  index: number;
  status: 'ACCEPTED' | 'ALREADY_RECEIVED' | 'CONFLICT' | 'REJECTED';
  counted: boolean | null;
  lateForLockedYear: boolean | null;
  errors: { field: string; message: string }[];
}

interface Summary {
  id: string;
  capturedAt: string;
  workerId: string;
  townshipCode: string;
  outcome: string;
  counted: boolean;
}

interface ConflictNode {
  beneficiaryId: string;
  beneficiary: { id: string; idNumber: string; name: string; masked: boolean } | null;
  counted: Summary | null;
  others: Summary[];
}

const SHACHE = '653125';

function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

describe.each(['pglite', 'postgresql'] as const)('sync over HTTP (%s)', (engine) => {
  let server: TestServer;
  let worker: string;
  let workerId: string;
  let township: string;
  let secondTownship: string;
  let people: RosterNode[];
  let template: TemplateInfo;

  /** A person of the worker's first township not used by another test. */
  function take(): RosterNode {
    const person = people.shift();
    if (!person) throw new Error('the test roster is too small');
    return person;
  }

  async function sync(records: unknown[], token = worker, query = SYNC_VERIFICATIONS) {
    const result = await server.graphql<Record<string, SyncResult[]>>(query, { r: records }, token);
    if (!result.data) throw new Error(`sync failed: ${JSON.stringify(result.errors)}`);
    return Object.values(result.data)[0] ?? [];
  }

  async function rowCounts() {
    const { prisma } = server.running.database;
    return {
      verifications: await prisma.verification.count(),
      surveys: await prisma.surveyResponse.count(),
      counted: await prisma.countedVerification.count(),
      audits: await prisma.auditEvent.count({ where: { action: { startsWith: 'sync.' } } }),
    };
  }

  /** The people's verifications flagged counted, and the ids their pointers name; sorted. */
  async function countedOf(people: { id: string }[]) {
    const { prisma } = server.running.database;
    const beneficiaryId = { in: people.map((person) => person.id) };
    const flags = await prisma.verification.findMany({
      where: { beneficiaryId },
      select: { id: true, counted: true },
    });
    const pointers = await prisma.countedVerification.findMany({ where: { beneficiaryId } });
    return {
      flagged: flags
        .filter((row) => row.counted)
        .map((row) => row.id)
        .sort(),
      pointers: pointers.map((row) => row.verificationId).sort(),
    };
  }

  async function conflicts(token: string, year = 2020): Promise<ConflictNode[]> {
    const result = await server.graphql<{
      verificationConflicts: { edges: { node: ConflictNode }[] };
    }>(CONFLICTS, { c: SHACHE, y: year }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.verificationConflicts.edges.map((edge) => edge.node);
  }

  beforeAll(async () => {
    server = await startTestServer({ engine, rosterLimit: 1600 });
    worker = await server.login('shache-worker');
    const me = await server.graphql<{ me: { id: string; townshipCodes: string[] } }>(
      READ_ME,
      {},
      worker,
    );
    workerId = me.data?.me.id ?? '';
    [township = '', secondTownship = ''] = me.data?.me.townshipCodes ?? [];
    people = (await readRoster(server, worker, township)).nodes.filter(
      (person) => person.status === 'ACTIVE',
    );
    template = await readTemplate(server, worker);
  });
  afterAll(async () => {
    await server?.close();
  });

  const good: Record<string, unknown>[] = [];
  const goodSurveys: Record<string, unknown>[] = [];

  it('accepts good verifications and stores them with the roster facts', async () => {
    const [a, b, c] = [take(), take(), take()];
    const moved = verificationOf(c, {
      eligible: false,
      ineligibleReason: 'moved',
      amountReceivedYuan: '1',
      deviceId: 'phone-0002',
      // Characters that array and JSON encodings must carry through unchanged.
      note: '迁往 "乌鲁木齐", {新地址} \\ NULL\n第二行',
    });
    good.push(verificationOf(a), verificationOf(b, { identityMethod: 'video' }), moved);
    const before = await rowCounts();
    const results = await sync(good);
    expect(results).toEqual(
      good.map((record, index) => ({
        id: record.id,
        index,
        status: 'ACCEPTED',
        counted: true,
        lateForLockedYear: false,
        errors: [],
      })),
    );
    expect(await rowCounts()).toEqual({
      verifications: before.verifications + 3,
      surveys: before.surveys,
      counted: before.counted + 3,
      audits: before.audits + 1,
    });

    const { prisma } = server.running.database;
    const first = await prisma.verification.findUniqueOrThrow({
      where: { id: String(good[0]?.id) },
    });
    expect(first).toMatchObject({
      countyCode: SHACHE,
      townshipCode: township,
      villageCode: a.villageCode,
      beneficiaryId: a.id,
      scheme: a.scheme,
      year: 2020,
      outcome: 'ALIVE_ELIGIBLE',
      paymentCorrect: true,
      counted: true,
      lateForLockedYear: false,
      workerId,
      deviceId: 'phone-0001',
      capturedAt: new Date('2020-11-05T10:15:00+06:00'),
    });
    expect(first.amountDue.toFixed(2)).toBe(a.monthlyAmountDue);
    expect(first.ineligiblePayment.toFixed(2)).toBe('0.00');
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const third = await prisma.verification.findUniqueOrThrow({ where: { id: String(moved.id) } });
    expect(third).toMatchObject({
      outcome: 'MOVED',
      paymentCorrect: false,
      deviceId: 'phone-0002',
    });
    expect(third.ineligiblePayment.toFixed(2)).toBe('1.00');
    expect(third.note).toBe(moved.note);

    // One audit event for the batch: the ids stored and the counts, never a name or ID number.
    const [event, ...others] = await prisma.auditEvent.findMany({
      where: { action: 'sync.verifications' },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      userId: workerId,
      entity: 'Verification',
      entityId: null,
      countyCode: SHACHE,
      deviceId: null,
      details: {
        accepted: good.map((record) => String(record.id)).sort(),
        counted: 3,
        late: 0,
        deviceIds: ['phone-0001', 'phone-0002'],
      },
    });
    const details = JSON.stringify(event?.details);
    for (const person of [a, b, c]) {
      expect(details).not.toContain(person.idNumber);
      expect(details).not.toContain(person.name);
    }
  });

  it('accepts good survey responses with their satisfaction and awareness counts', async () => {
    const villages = await server.running.database.prisma.division.findMany({
      where: { parentCode: township },
    });
    const mixed = surveyOf(template, township, {
      villageCode: villages[0]?.code ?? null,
      beneficiaryId: good[0]?.beneficiaryId,
      language: 'ug',
      note: 'NULL, "引号" {括号} \\',
    });
    const values = [null, 1, 2, 3, 4, 5];
    mixed.answers = template.questions.map((question, index) => ({
      questionId: question.id,
      value: values[index % values.length],
    }));
    goodSurveys.push(surveyOf(template, township), mixed);
    const results = await sync(goodSurveys, worker, SYNC_SURVEYS);
    expect(
      results.map((result) => [result.status, result.counted, result.lateForLockedYear]),
    ).toEqual([
      ['ACCEPTED', null, false],
      ['ACCEPTED', null, false],
    ]);

    const expected = {
      satisfactionAnswers: 0,
      satisfiedAnswers: 0,
      awarenessAnswers: 0,
      awareAnswers: 0,
    };
    template.questions.forEach((question, index) => {
      const value = values[index % values.length];
      if (value === null || value === undefined) return;
      const hit = question.satisfiedValues.includes(value) ? 1 : 0;
      if (question.kind === 'SATISFACTION') {
        expected.satisfactionAnswers += 1;
        expected.satisfiedAnswers += hit;
      } else {
        expected.awarenessAnswers += 1;
        expected.awareAnswers += hit;
      }
    });
    const { prisma } = server.running.database;
    const stored = await prisma.surveyResponse.findUniqueOrThrow({
      where: { id: String(mixed.id) },
    });
    expect(stored).toMatchObject({
      ...expected,
      countyCode: SHACHE,
      townshipCode: township,
      villageCode: villages[0]?.code,
      respondentGroup: 'RESIDENT_BENEFICIARY',
      language: 'ug',
      workerId,
    });
    expect(stored.answers).toEqual(mixed.answers);
    expect(stored.note).toBe(mixed.note);
    const allFive = await prisma.surveyResponse.findUniqueOrThrow({
      where: { id: String(goodSurveys[0]?.id) },
    });
    const satisfaction = template.questions.filter((q) => q.kind === 'SATISFACTION').length;
    expect(allFive.satisfactionAnswers).toBe(satisfaction);
    expect(allFive.satisfiedAnswers).toBe(satisfaction);
    expect(allFive.awarenessAnswers).toBe(template.questions.length - satisfaction);
  });

  it('answers a replayed batch with ALREADY_RECEIVED and writes nothing', async () => {
    const before = await rowCounts();
    for (let round = 0; round < 2; round++) {
      const results = await sync(good);
      expect(results.map((result) => [result.id, result.status, result.counted])).toEqual(
        good.map((record) => [record.id, 'ALREADY_RECEIVED', true]),
      );
      const surveys = await sync(goodSurveys, worker, SYNC_SURVEYS);
      expect(surveys.every((result) => result.status === 'ALREADY_RECEIVED')).toBe(true);
    }
    // Key order and the ID number's case do not change a record's content.
    const reordered = Object.fromEntries(Object.entries(good[0] ?? {}).reverse());
    expect((await sync([reordered]))[0]?.status).toBe('ALREADY_RECEIVED');
    expect(await rowCounts()).toEqual(before);
  });

  it('answers CONFLICT for a used id with different content and changes nothing', async () => {
    const before = await rowCounts();
    const { prisma } = server.running.database;
    const stored = await prisma.verification.findUniqueOrThrow({
      where: { id: String(good[1]?.id) },
    });
    const changed = { ...nth(good, 1), note: '复核后修改', amountReceivedYuan: '0' };
    const survey = { ...nth(goodSurveys, 0), note: '换了内容' };
    expect(await sync([changed])).toEqual([
      {
        id: nth(good, 1).id,
        index: 0,
        status: 'CONFLICT',
        counted: null,
        lateForLockedYear: null,
        errors: [{ field: '', message: '该记录编号已用于内容不同的记录' }],
      },
    ]);
    expect((await sync([survey], worker, SYNC_SURVEYS))[0]?.status).toBe('CONFLICT');
    expect(await prisma.verification.findUniqueOrThrow({ where: { id: stored.id } })).toEqual(
      stored,
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('rejects exactly the bad records of a mixed batch, with their fields', async () => {
    const [a, b, c, d, e, f] = [take(), take(), take(), take(), take(), take()];
    const last = a.idNumber.at(-1) === '0' ? '1' : '0';
    const records = [
      verificationOf(a),
      verificationOf(b, { idNumber: `${b.idNumber.slice(0, 17)}${last}` }),
      verificationOf(c, { beneficiaryId: 'r-653125-rp-999999' }),
      verificationOf(d, { capturedAt: '2099-01-01T10:00:00+08:00' }),
      verificationOf(e, { alive: false, eligible: false, deathDate: null }),
      verificationOf(f, { idNumber: a.idNumber }),
      42,
      verificationOf(take()),
    ];
    const before = await rowCounts();
    const results = await sync(records);
    expect(results.map((result) => result.status)).toEqual([
      'ACCEPTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'ACCEPTED',
    ]);
    expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(results[1]?.errors).toEqual([{ field: 'idNumber', message: '身份证号校验位不正确' }]);
    expect(results[2]?.errors).toEqual([{ field: 'beneficiaryId', message: '名册中没有该人员' }]);
    expect(results[3]?.errors).toEqual([{ field: 'capturedAt', message: '采集时间晚于当前时间' }]);
    expect(results[4]?.errors).toEqual([
      { field: 'deathDate', message: '已死亡人员应填写死亡日期' },
    ]);
    expect(results[5]?.errors).toEqual([{ field: 'idNumber', message: '身份证号与名册不符' }]);
    expect(results[6]).toMatchObject({ id: null, errors: [{ field: '' }] });
    expect(results[1]?.id).toBe(records[1] && (records[1] as { id: string }).id);

    const villageOfOther = `${secondTownship}201`;
    const surveys = [
      surveyOf(template, township),
      surveyOf(template, township, {
        answers: template.questions.map((question, index) => ({
          questionId: question.id,
          value: index === 1 ? 6 : 4,
        })),
      }),
      surveyOf(template, township, { capturedAt: '2099-01-01T10:00:00+08:00' }),
      surveyOf(template, township, { templateId: 'no-such-template' }),
      surveyOf(template, township, { templateVersion: 7 }),
      surveyOf(template, township, { villageCode: `${township}999` }),
      surveyOf(template, township, { beneficiaryId: 'r-652828-rp-000001' }),
      surveyOf(template, township, { villageCode: villageOfOther }),
      surveyOf(template, township, { answers: [] }),
      'not a record',
      surveyOf(template, township),
    ];
    const surveyResults = await sync(surveys, worker, SYNC_SURVEYS);
    expect(surveyResults.map((result) => result.status)).toEqual([
      'ACCEPTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'ACCEPTED',
    ]);
    const fields = surveyResults.map((result) => result.errors.map((error) => error.field));
    expect(fields.slice(1, 10)).toEqual([
      ['answers.1.value'],
      ['capturedAt'],
      ['templateId'],
      ['templateId'],
      ['villageCode'],
      ['beneficiaryId'],
      ['villageCode'],
      template.questions.map(() => 'answers'),
      [''],
    ]);
    expect(surveyResults[9]?.id).toBeNull();
    expect(surveyResults[3]?.errors[0]?.message).toBe('问卷模板 no-such-template 不存在');
    expect(surveyResults[4]?.errors[0]?.message).toBe('问卷模板 satisfaction-2020 没有第 7 版');
    expect(await rowCounts()).toEqual({
      verifications: before.verifications + 2,
      surveys: before.surveys + 2,
      counted: before.counted + 2,
      audits: before.audits + 2,
    });
  });

  it('answers a record repeated inside one batch from its first occurrence', async () => {
    const { prisma } = server.running.database;
    const [p, q] = [take(), take()];
    const record = verificationOf(p);
    const changed = { ...record, note: '同一编号，不同内容' };
    const early = verificationOf(q, { capturedAt: '2020-10-01T10:00:00+06:00' });
    const later = verificationOf(q, { capturedAt: '2020-10-03T10:00:00+06:00', note: '复核' });
    const before = await rowCounts();
    const results = await sync([record, later, { ...record }, changed, early]);
    expect(results.map((result) => [result.id, result.status, result.counted])).toEqual([
      [record.id, 'ACCEPTED', true],
      [later.id, 'ACCEPTED', true],
      [record.id, 'ALREADY_RECEIVED', true],
      [record.id, 'CONFLICT', null],
      [early.id, 'ACCEPTED', false],
    ]);
    expect(results[3]?.errors).toEqual([{ field: '', message: '该记录编号已用于内容不同的记录' }]);
    expect(await rowCounts()).toEqual({
      ...before,
      verifications: before.verifications + 3,
      counted: before.counted + 2,
      audits: before.audits + 1,
    });
    const stored = await prisma.verification.findUniqueOrThrow({
      where: { id: String(record.id) },
    });
    expect(stored.note).toBeNull();

    // A repeat of a refused record shares its refusal.
    const stranger = verificationOf(p, { beneficiaryId: 'r-653125-rp-999999' });
    const refused = await sync([stranger, { ...stranger }]);
    expect(refused.map((result) => [result.index, result.status, result.errors])).toEqual([
      [0, 'REJECTED', [{ field: 'beneficiaryId', message: '名册中没有该人员' }]],
      [1, 'REJECTED', [{ field: 'beneficiaryId', message: '名册中没有该人员' }]],
    ]);
  });

  it('refuses text PostgreSQL cannot store record by record, never the whole batch', async () => {
    const { prisma } = server.running.database;
    const [a, b, c] = [take(), take(), take()];
    const nul = verificationOf(a, { note: 'a\u0000b' });
    const lone = verificationOf(b, { note: '孤立代理 \ud800 结束' });
    const fine = verificationOf(c);
    const results = await sync([nul, lone, fine]);
    expect(results.map((result) => [result.status, result.errors])).toEqual([
      ['REJECTED', [{ field: 'note', message: '含有无法保存的空字符（U+0000）' }]],
      ['ACCEPTED', []],
      ['ACCEPTED', []],
    ]);
    const stored = await prisma.verification.findUniqueOrThrow({ where: { id: String(lone.id) } });
    expect(stored.note).toBe('孤立代理 \ufffd 结束');
    expect((await sync([lone]))[0]?.status).toBe('ALREADY_RECEIVED');

    const surveys = await sync(
      [
        surveyOf(template, township, { note: '\u0000' }),
        surveyOf(template, township, { templateId: 'x\u0000' }),
        surveyOf(template, township, { note: '\udc00' }),
      ],
      worker,
      SYNC_SURVEYS,
    );
    expect(surveys.map((result) => [result.status, result.errors.map((e) => e.field)])).toEqual([
      ['REJECTED', ['note']],
      ['REJECTED', ['templateId']],
      ['ACCEPTED', []],
    ]);
  });

  it('stores nothing of a batch whose statement fails, and all of it when sent again', async () => {
    const { prisma } = server.running.database;
    const [a, b, c] = [take(), take(), take()];
    const records = [
      verificationOf(a),
      verificationOf(b),
      verificationOf(c, { idNumber: a.idNumber }),
      nth(good, 0),
    ];
    const saved = records.slice(0, 2);
    const before = await rowCounts();
    // The batch's audit event, written by the statement that stores the batch, fails.
    await prisma.$executeRawUnsafe(
      `ALTER TABLE "AuditEvent" ADD CONSTRAINT "test_refuse_batch" ` +
        `CHECK (action <> 'sync.verifications') NOT VALID`,
    );
    try {
      const results = await sync(records);
      const notSaved = [
        { field: '', message: '服务器暂时无法保存该记录（未保存），请稍后重新同步' },
      ];
      // The roster check and the replay are the failed statement's too: answered when sent again.
      expect(results.map((result) => [result.id, result.status, result.errors])).toEqual(
        records.map((record) => [record.id, 'RETRY_LATER', notSaved]),
      );
      expect(await rowCounts()).toEqual(before);
      const ids = saved.map((record) => String(record.id));
      expect(await prisma.verification.count({ where: { id: { in: ids } } })).toBe(0);
      expect(
        await prisma.countedVerification.count({ where: { beneficiaryId: { in: [a.id, b.id] } } }),
      ).toBe(0);
    } finally {
      await prisma.$executeRawUnsafe(
        'ALTER TABLE "AuditEvent" DROP CONSTRAINT IF EXISTS "test_refuse_batch"',
      );
    }
    for (const [round, expected] of [
      [0, 'ACCEPTED'],
      [1, 'ALREADY_RECEIVED'],
    ] as const) {
      const again = await sync(records);
      expect(
        again.map((result) => [result.status, result.counted]),
        `round ${round}`,
      ).toEqual([
        [expected, true],
        [expected, true],
        ['REJECTED', null],
        ['ALREADY_RECEIVED', true],
      ]);
    }
    expect(await rowCounts()).toEqual({
      ...before,
      verifications: before.verifications + 2,
      counted: before.counted + 2,
      audits: before.audits + 1,
    });
  });

  it('counts only the latest capture of two devices, whatever the order of arrival', async () => {
    const { prisma } = server.running.database;
    const [p, q] = [take(), take()];
    const early = { capturedAt: '2020-10-01T10:00:00+06:00', deviceId: 'phone-A' };
    const late = { capturedAt: '2020-10-02T09:00:00+06:00', deviceId: 'phone-B' };
    const pEarly = verificationOf(p, early);
    const pLate = verificationOf(p, {
      ...late,
      alive: false,
      eligible: false,
      deathDate: '2020-09-30',
    });
    const qEarly = verificationOf(q, early);
    const qLate = verificationOf(q, late);

    expect((await sync([pEarly]))[0]?.counted).toBe(true);
    expect((await sync([pLate]))[0]?.counted).toBe(true);
    expect((await sync([qLate]))[0]?.counted).toBe(true);
    expect((await sync([qEarly]))[0]?.counted).toBe(false);

    for (const [person, winner, loser] of [
      [p, pLate, pEarly],
      [q, qLate, qEarly],
    ] as const) {
      const rows = await prisma.verification.findMany({ where: { beneficiaryId: person.id } });
      expect(rows).toHaveLength(2);
      expect(rows.filter((row) => row.counted).map((row) => row.id)).toEqual([winner.id]);
      const countedRow = await prisma.countedVerification.findUniqueOrThrow({
        where: { beneficiaryId_year: { beneficiaryId: person.id, year: 2020 } },
      });
      expect(countedRow.verificationId).toBe(winner.id);
      // Replays in either order change nothing and report the current state.
      const replay = await sync([loser, winner]);
      expect(replay.map((result) => [result.status, result.counted])).toEqual([
        ['ALREADY_RECEIVED', false],
        ['ALREADY_RECEIVED', true],
      ]);
    }

    const manager = await server.login('shache-manager');
    const list = await conflicts(manager);
    const pConflict = list.find((node) => node.beneficiaryId === p.id);
    expect(pConflict).toMatchObject({
      beneficiary: { id: p.id, idNumber: p.idNumber, name: p.name, masked: false },
      counted: {
        id: pLate.id,
        outcome: 'DECEASED',
        workerId,
        townshipCode: township,
        counted: true,
      },
      others: [{ id: pEarly.id, outcome: 'ALIVE_ELIGIBLE', counted: false }],
    });
    expect(list.find((node) => node.beneficiaryId === q.id)?.counted?.id).toBe(qLate.id);
    // People verified once are not conflicts.
    expect(list.some((node) => node.beneficiaryId === good[0]?.beneficiaryId)).toBe(false);

    const viewer = await server.login('kashgar-viewer');
    const masked = (await conflicts(viewer)).find((node) => node.beneficiaryId === p.id);
    expect(masked?.beneficiary?.masked).toBe(true);
    expect(masked?.beneficiary?.idNumber).toMatch(/^6531\*{10}\d{3}[\dX]$/);
    expect(masked?.counted?.id).toBe(pLate.id);
    for (const username of ['shache-worker', 'heshuo-manager', 'bayingol-viewer']) {
      const token = username === 'shache-worker' ? worker : await server.login(username);
      const refused = await server.graphql(CONFLICTS, { c: SHACHE, y: 2020 }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('stores a batch whose counted pointers move, whole, with the flags agreeing', async () => {
    // Two captures of one new person, a later capture of a person counted before, a new person:
    // the statement alone cannot settle this batch; the transaction stores all of it.
    const [r, s, t] = [take(), take(), take()];
    const at = (day: string) => ({ capturedAt: `2020-10-${day}T10:00:00+06:00` });
    const sOld = verificationOf(s, at('01'));
    expect((await sync([sOld]))[0]?.counted).toBe(true);
    const before = await rowCounts();
    const batch = [
      verificationOf(r, at('03')),
      verificationOf(s, at('04')),
      verificationOf(r, at('02')),
      verificationOf(t, at('05')),
    ];
    const results = await sync(batch);
    expect(results.map((result) => [result.status, result.counted])).toEqual([
      ['ACCEPTED', true],
      ['ACCEPTED', true],
      ['ACCEPTED', false],
      ['ACCEPTED', true],
    ]);
    const counted = [batch[0]?.id, batch[1]?.id, batch[3]?.id].map(String).sort();
    expect(await countedOf([r, s, t])).toEqual({ flagged: counted, pointers: counted });
    expect(await rowCounts()).toEqual({
      ...before,
      verifications: before.verifications + 4,
      counted: before.counted + 2,
      audits: before.audits + 1,
    });
  });

  it('counts the later of two captures of one new person in one batch, and only it', async () => {
    // Nothing stored before for either person: only the statement's own check of the pointers
    // it created can tell that this batch needs the transaction.
    const [r, t] = [take(), take()];
    const at = (day: string) => ({ capturedAt: `2020-10-${day}T10:00:00+06:00` });
    const batch = [
      verificationOf(r, at('02')),
      verificationOf(t, at('05')),
      verificationOf(r, at('03')),
    ];
    const results = await sync(batch);
    expect(results.map((result) => [result.status, result.counted])).toEqual([
      ['ACCEPTED', false],
      ['ACCEPTED', true],
      ['ACCEPTED', true],
    ]);
    const counted = [batch[1]?.id, batch[2]?.id].map(String).sort();
    expect(await countedOf([r, t])).toEqual({ flagged: counted, pointers: counted });
  });

  it('answers a replay from what is stored, even once the roster no longer agrees', async () => {
    const person = take();
    const record = verificationOf(person);
    expect((await sync([record]))[0]?.status).toBe('ACCEPTED');
    await server.running.database.sql.query(
      `UPDATE "Beneficiary" SET "idNumber" = '650000000000000000' WHERE id = $1`,
      [person.id],
    );
    const results = await sync([record, verificationOf(take())]);
    expect(results.map((result) => result.status)).toEqual(['ALREADY_RECEIVED', 'ACCEPTED']);
  });

  it('counts one of two workers once the manager gives the second one the township', async () => {
    const { prisma } = server.running.database;
    const second = await server.login('shache-worker2');
    const secondId = (await server.graphql<{ me: { id: string } }>(READ_ME, {}, second)).data?.me
      .id;
    const person = (await readRoster(server, worker, secondTownship)).nodes[0];
    if (!person || !secondId) throw new Error('no person in the second township');
    const first = verificationOf(person, { capturedAt: '2020-11-10T12:00:00+06:00' });
    const later = verificationOf(person, {
      capturedAt: '2020-11-10T12:00:00+06:00',
      deviceId: 'phone-w2',
      note: '复核',
    });
    // Before the assignment the second worker may not verify there.
    expect((await sync([later], second))[0]?.errors).toEqual([
      { field: 'beneficiaryId', message: '该人员不在您负责的乡镇' },
    ]);
    await prisma.userTownship.create({ data: { userId: secondId, townshipCode: secondTownship } });
    try {
      const assigned = await server.login('shache-worker2');
      const results = [...(await sync([first])), ...(await sync([later], assigned))];
      expect(results.map((result) => result.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
      // Same capture time: the greater record id counts, in whichever order they arrive.
      const winner = String(first.id) > String(later.id) ? first : later;
      const rows = await prisma.verification.findMany({ where: { beneficiaryId: person.id } });
      expect(rows.filter((row) => row.counted).map((row) => row.id)).toEqual([winner.id]);
      expect(new Set(rows.map((row) => row.workerId))).toEqual(new Set([workerId, secondId]));
      const manager = await server.login('shache-manager');
      const listed = (await conflicts(manager)).find((node) => node.beneficiaryId === person.id);
      expect(listed?.counted?.id).toBe(winner.id);
      expect(listed?.others).toHaveLength(1);
    } finally {
      await prisma.userTownship.delete({
        where: { userId_townshipCode: { userId: secondId, townshipCode: secondTownship } },
      });
    }
  });

  it("rejects a worker's records for a township outside theirs", async () => {
    const before = await rowCounts();
    const person = take();
    for (const username of ['shache-worker2', 'heshuo-worker']) {
      const token = await server.login(username);
      const [verification] = await sync([verificationOf(person)], token);
      expect(verification).toMatchObject({
        status: 'REJECTED',
        errors: [{ field: 'beneficiaryId', message: '该人员不在您负责的乡镇' }],
      });
      const [survey] = await sync([surveyOf(template, township)], token, SYNC_SURVEYS);
      expect(survey).toMatchObject({
        status: 'REJECTED',
        errors: [{ field: 'townshipCode', message: '该乡镇不是您负责的乡镇' }],
      });
    }
    expect(await rowCounts()).toEqual(before);
    people.unshift(person);
  });

  it('refuses sync to managers, viewers and the administrator (FORBIDDEN)', async () => {
    const before = await rowCounts();
    for (const username of ['shache-manager', 'kashgar-viewer', 'admin']) {
      const token = await server.login(username);
      for (const [query, record] of [
        [SYNC_VERIFICATIONS, verificationOf(people[0] ?? take())],
        [SYNC_SURVEYS, surveyOf(template, township)],
      ] as const) {
        const result = await server.graphql(query, { r: [record] }, token);
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const anonymous = await server.graphql(SYNC_VERIFICATIONS, { r: [] });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a batch over 200 records and writes nothing; takes 200', async () => {
    const before = await rowCounts();
    const batch = Array.from({ length: 201 }, () => surveyOf(template, township));
    const refused = await server.graphql(SYNC_SURVEYS, { r: batch }, worker);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('200');
    const person = take();
    const verifications = Array.from({ length: 201 }, () => verificationOf(person));
    const refusedToo = await server.graphql(SYNC_VERIFICATIONS, { r: verifications }, worker);
    expect(refusedToo.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);

    const full = await sync(batch.slice(0, 200), worker, SYNC_SURVEYS);
    expect(full.filter((result) => result.status === 'ACCEPTED')).toHaveLength(200);
    expect((await rowCounts()).surveys).toBe(before.surveys + 200);
  });

  it('keeps and flags records for a locked year, without counting them', async () => {
    const { prisma } = server.running.database;
    const manager = await prisma.user.findUniqueOrThrow({ where: { username: 'shache-manager' } });
    await prisma.yearLock.create({
      data: { countyCode: SHACHE, year: 2019, lockedBy: manager.id },
    });
    const person = take();
    const locked = verificationOf(person, { year: 2019, capturedAt: '2019-12-20T10:00:00+06:00' });
    const open = verificationOf(person);
    const results = await sync([locked, open]);
    expect(
      results.map((result) => [result.status, result.counted, result.lateForLockedYear]),
    ).toEqual([
      ['ACCEPTED', false, true],
      ['ACCEPTED', true, false],
    ]);
    const stored = await prisma.verification.findUniqueOrThrow({
      where: { id: String(locked.id) },
    });
    expect(stored).toMatchObject({ counted: false, lateForLockedYear: true, year: 2019 });
    expect(
      await prisma.countedVerification.findUnique({
        where: { beneficiaryId_year: { beneficiaryId: person.id, year: 2019 } },
      }),
    ).toBeNull();
    const survey = surveyOf(template, township, {
      year: 2019,
      capturedAt: '2019-12-20T10:00:00+06:00',
    });
    const [surveyResult] = await sync([survey], worker, SYNC_SURVEYS);
    expect(surveyResult).toMatchObject({ status: 'ACCEPTED', lateForLockedYear: true });
    const storedSurvey = await prisma.surveyResponse.findUniqueOrThrow({
      where: { id: String(survey.id) },
    });
    expect(storedSurvey.lateForLockedYear).toBe(true);
    // A replay of the late record says so too.
    expect((await sync([locked]))[0]).toMatchObject({
      status: 'ALREADY_RECEIVED',
      counted: false,
      lateForLockedYear: true,
    });
  });

  it('survives concurrent replays and concurrent verifications of one person', async () => {
    const { prisma } = server.running.database;
    const person = take();
    const record = verificationOf(person);
    const replays = await Promise.all(Array.from({ length: 6 }, () => sync([record])));
    const statuses = replays.map((results) => results[0]?.status).sort();
    expect(statuses).toEqual([
      'ACCEPTED',
      'ALREADY_RECEIVED',
      'ALREADY_RECEIVED',
      'ALREADY_RECEIVED',
      'ALREADY_RECEIVED',
      'ALREADY_RECEIVED',
    ]);
    expect(await prisma.verification.count({ where: { beneficiaryId: person.id } })).toBe(1);

    const clash = { ...record, id: randomUUID() };
    const variants = Array.from({ length: 4 }, (_, index) => ({ ...clash, note: `版本 ${index}` }));
    const clashes = await Promise.all(variants.map((variant) => sync([variant])));
    expect(clashes.map((results) => results[0]?.status).sort()).toEqual([
      'ACCEPTED',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
    ]);

    const other = take();
    const captures = Array.from({ length: 8 }, (_, index) =>
      verificationOf(other, {
        capturedAt: `2020-11-0${index + 1}T10:00:00+06:00`,
        deviceId: `phone-${index}`,
      }),
    );
    const results = await Promise.all(captures.map((capture) => sync([capture])));
    expect(results.every((result) => result[0]?.status === 'ACCEPTED')).toBe(true);
    const rows = await prisma.verification.findMany({ where: { beneficiaryId: other.id } });
    expect(rows).toHaveLength(8);
    expect(rows.filter((row) => row.counted).map((row) => row.id)).toEqual([captures[7]?.id]);
    const countedRow = await prisma.countedVerification.findUniqueOrThrow({
      where: { beneficiaryId_year: { beneficiaryId: other.id, year: 2020 } },
    });
    expect(countedRow.verificationId).toBe(captures[7]?.id);
  });
  it('counts the latest capture of 8 concurrent batches verifying the same 50 people', async () => {
    const { prisma } = server.running.database;
    const crowd = Array.from({ length: 50 }, take);
    // Device d captures person p at hour (d + p) mod 8 of the day: each device is the latest for
    // some of the people, and half the batches list the people in the reverse order.
    const batches = Array.from({ length: 8 }, (_, device) =>
      crowd.map((person, position) =>
        verificationOf(person, {
          capturedAt: `2020-11-20T${10 + ((device + position) % 8)}:00:00+06:00`,
          deviceId: `phone-crowd-${device}`,
        }),
      ),
    );
    const sent = batches.map((batch, device) => (device % 2 === 0 ? batch : [...batch].reverse()));
    const results = await Promise.all(sent.map((batch) => sync(batch)));
    expect(results.flat().filter((result) => result.status !== 'ACCEPTED')).toEqual([]);

    const ids = crowd.map((person) => person.id);
    const rows = await prisma.verification.findMany({
      where: { beneficiaryId: { in: ids }, year: 2020 },
      select: { id: true, beneficiaryId: true, counted: true },
    });
    expect(rows).toHaveLength(400);
    const pointers = await prisma.countedVerification.findMany({
      where: { beneficiaryId: { in: ids }, year: 2020 },
    });
    expect(pointers).toHaveLength(50);
    crowd.forEach((person, position) => {
      const latestDevice = (7 - position + 8 * 8) % 8;
      const latest = batches[latestDevice]?.[position]?.id;
      const counted = rows.filter((row) => row.beneficiaryId === person.id && row.counted);
      expect(counted.map((row) => row.id)).toEqual([latest]);
      expect(pointers.find((row) => row.beneficiaryId === person.id)?.verificationId).toBe(latest);
    });
  });
});
