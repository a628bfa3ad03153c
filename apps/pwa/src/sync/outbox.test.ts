import 'fake-indexeddb/auto';
import { parseCapturedAt } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { SATISFACTION_TEMPLATE } from '../testing/fake-graphql-server.ts';
import {
  createTestContext,
  surveyDraft,
  type TestContext,
  verificationDraft,
} from '../testing/test-context.ts';
import {
  correctRecord,
  countWaiting,
  listOutbox,
  NOT_EDITABLE_WAITING,
  type RecordDraft,
  resendRecord,
  saveRecord,
} from './outbox.ts';

function save(context: TestContext, draft: RecordDraft) {
  return saveRecord(draft, {
    db: context.db,
    deviceId: context.deviceId,
    subject: '测试',
    townshipCode: '653125100',
    now: context.clock.now,
  });
}

describe('saveRecord', () => {
  it('gives the record a UUID, the capture time with offset and the device id', async () => {
    const context = await createTestContext({ loggedIn: false });
    const saved = await save(context, { kind: 'verification', fields: verificationDraft(1) });
    if (!saved.ok) throw new Error('not saved');
    const { record } = saved.entry;
    expect(record.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(record.capturedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(parseCapturedAt(record.capturedAt)?.epochMs).toBe(context.clock.now.getTime());
    expect(record.deviceId).toBe(context.deviceId);
    expect(saved.entry).toMatchObject({ status: 'pending', sequence: 1, attempts: 0 });
  });

  it('numbers records in capture order', async () => {
    const context = await createTestContext({ loggedIn: false });
    await save(context, { kind: 'verification', fields: verificationDraft(1) });
    await save(context, {
      kind: 'surveyResponse',
      fields: surveyDraft(),
      template: SATISFACTION_TEMPLATE,
    });
    await save(context, { kind: 'verification', fields: verificationDraft(2) });
    const outbox = await listOutbox(context.db);
    expect(outbox.map((entry) => [entry.sequence, entry.kind])).toEqual([
      [1, 'verification'],
      [2, 'surveyResponse'],
      [3, 'verification'],
    ]);
    expect(await countWaiting(context.db)).toBe(3);
  });

  it('refuses an ID number with a wrong check digit and saves nothing', async () => {
    const context = await createTestContext({ loggedIn: false });
    const good = verificationDraft(1).idNumber ?? '';
    const wrongDigit = `${good.slice(0, 17)}${good[17] === '1' ? '2' : '1'}`;
    const saved = await save(context, {
      kind: 'verification',
      fields: verificationDraft(1, { idNumber: wrongDigit }),
    });
    expect(saved).toEqual({
      ok: false,
      errors: [{ field: 'idNumber', message: '身份证号校验位不正确' }],
    });
    expect(await context.db.outbox.count()).toBe(0);
  });

  it('refuses a deceased person without the date of death', async () => {
    const context = await createTestContext({ loggedIn: false });
    const saved = await save(context, {
      kind: 'verification',
      fields: verificationDraft(1, { alive: false, eligible: false, deathDate: null }),
    });
    expect(saved.ok).toBe(false);
    expect(saved.ok ? [] : saved.errors).toContainEqual({
      field: 'deathDate',
      message: '已死亡人员应填写死亡日期',
    });
    expect(await context.db.outbox.count()).toBe(0);
  });

  it('reports every unset choice at once', async () => {
    const context = await createTestContext({ loggedIn: false });
    const saved = await save(context, {
      kind: 'verification',
      fields: verificationDraft(1, { identityMethod: null, alive: null, eligible: null }),
    });
    const fields = saved.ok ? [] : saved.errors.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['identityMethod', 'alive', 'eligible']));
  });

  it('checks a survey response against its template: every question needs an answer', async () => {
    const context = await createTestContext({ loggedIn: false });
    const saved = await save(context, {
      kind: 'surveyResponse',
      fields: surveyDraft({ answers: [{ questionId: 'q1', value: 4 }] }),
      template: SATISFACTION_TEMPLATE,
    });
    expect(saved.ok).toBe(false);
    expect(saved.ok ? '' : saved.errors[0]?.message).toContain('题目 q2 未作答');
    expect(await context.db.outbox.count()).toBe(0);
  });
});

describe('correcting and resending', () => {
  it('edits only rejected records; waiting ones are refused', async () => {
    const context = await createTestContext({ loggedIn: false });
    const saved = await save(context, { kind: 'verification', fields: verificationDraft(1) });
    if (!saved.ok) throw new Error('not saved');
    const draft: RecordDraft = {
      kind: 'verification',
      fields: verificationDraft(1, { note: '改' }),
    };
    expect(await correctRecord(context.db, saved.entry.id, draft)).toEqual({
      ok: false,
      errors: [{ field: '', message: NOT_EDITABLE_WAITING }],
    });
  });

  it('keeps id, capture time and position when a rejected record is corrected', async () => {
    const context = await createTestContext({ loggedIn: false });
    const saved = await save(context, { kind: 'verification', fields: verificationDraft(1) });
    if (!saved.ok) throw new Error('not saved');
    const errors = [{ field: 'amountReceivedYuan', message: '金额不符' }];
    await context.db.outbox.update(saved.entry.id, { status: 'rejected', errors });

    const invalid = await correctRecord(context.db, saved.entry.id, {
      kind: 'verification',
      fields: verificationDraft(1, { amountReceivedYuan: '-5' }),
    });
    expect(invalid.ok).toBe(false);
    expect((await context.db.outbox.get(saved.entry.id))?.status).toBe('rejected');

    const corrected = await correctRecord(
      context.db,
      saved.entry.id,
      { kind: 'verification', fields: verificationDraft(1, { amountReceivedYuan: '150' }) },
      context.clock.now,
    );
    if (!corrected.ok) throw new Error(JSON.stringify(corrected.errors));
    expect(corrected.entry).toMatchObject({
      id: saved.entry.id,
      sequence: 1,
      status: 'pending',
      errors: [],
      record: {
        id: saved.entry.id,
        capturedAt: saved.entry.record.capturedAt,
        amountReceivedYuan: '150',
      },
    });
  });

  it('resends a rejected record unchanged on request', async () => {
    const context = await createTestContext({ loggedIn: false });
    const saved = await save(context, { kind: 'verification', fields: verificationDraft(1) });
    if (!saved.ok) throw new Error('not saved');
    expect(await resendRecord(context.db, saved.entry.id)).toBe(false);
    await context.db.outbox.update(saved.entry.id, { status: 'rejected' });
    expect(await resendRecord(context.db, saved.entry.id)).toBe(true);
    expect((await context.db.outbox.get(saved.entry.id))?.status).toBe('pending');
  });
});
