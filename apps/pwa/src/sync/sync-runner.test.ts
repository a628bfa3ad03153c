import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../offline/local-database.ts';
import { SATISFACTION_TEMPLATE, WORKER, WORKER_PASSWORD } from '../testing/fake-graphql-server.ts';
import {
  createTestContext,
  surveyDraft,
  type TestContext,
  verificationDraft,
} from '../testing/test-context.ts';
import { correctRecord, listOutbox, NOT_EDITABLE_ACCEPTED, saveRecord } from './outbox.ts';
import { type SyncProgress, syncOutbox } from './sync-runner.ts';
import type { SyncTransport } from './sync-transport.ts';

async function captureVerifications(context: TestContext, from: number, count: number) {
  const entries: OutboxEntry[] = [];
  for (let n = from; n < from + count; n++) {
    const saved = await saveRecord(
      { kind: 'verification', fields: verificationDraft(n) },
      {
        db: context.db,
        deviceId: context.deviceId,
        subject: `第 ${n} 人`,
        townshipCode: null,
        now: context.clock.now,
      },
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    entries.push(saved.entry);
  }
  return entries;
}

async function captureSurveys(context: TestContext, count: number) {
  const entries: OutboxEntry[] = [];
  for (let n = 0; n < count; n++) {
    const saved = await saveRecord(
      { kind: 'surveyResponse', fields: surveyDraft(), template: SATISFACTION_TEMPLATE },
      {
        db: context.db,
        deviceId: context.deviceId,
        subject: '满意度调查',
        townshipCode: null,
        now: context.clock.now,
      },
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    entries.push(saved.entry);
  }
  return entries;
}

function sentIds(context: TestContext, operationName: string): string[][] {
  return context.server
    .callsOf(operationName)
    .map((call) => (call.variables.records as { id: string }[]).map((record) => record.id));
}

describe('syncOutbox — order and batches', () => {
  it('sends in capture order, one kind per call, at most 100 records per call', async () => {
    const context = await createTestContext();
    const early = await captureVerifications(context, 1, 60);
    const surveys = await captureSurveys(context, 30);
    const late = await captureVerifications(context, 61, 90);
    const progress: SyncProgress[] = [];

    const report = await syncOutbox({
      db: context.db,
      transport: context.transport,
      onProgress: (step) => progress.push(step),
    });

    expect(report).toMatchObject({ sent: 180, accepted: 180, stoppedBy: null });
    const syncCalls = context.server.calls.filter((call) => call.operationName.startsWith('Sync'));
    // Each call takes the oldest waiting record and the waiting records of its kind after it:
    // 60 early + 40 late verifications, then the 30 surveys (older than the other 50).
    expect(syncCalls.map((call) => call.operationName)).toEqual([
      'SyncVerifications',
      'SyncSurveyResponses',
      'SyncVerifications',
    ]);
    const verificationCalls = sentIds(context, 'SyncVerifications');
    expect(verificationCalls.map((ids) => ids.length)).toEqual([100, 50]);
    expect(verificationCalls.flat()).toEqual([...early, ...late].map((entry) => entry.id));
    expect(sentIds(context, 'SyncSurveyResponses').flat()).toEqual(surveys.map((e) => e.id));
    expect(progress.at(0)).toEqual({ sent: 0, total: 180 });
    expect(progress.at(-1)).toEqual({ sent: 180, total: 180 });
    const outbox = await listOutbox(context.db);
    expect(outbox.every((entry) => entry.status === 'accepted')).toBe(true);
  });

  it('sends nothing when nothing waits, and never resends accepted records', async () => {
    const context = await createTestContext();
    await captureVerifications(context, 1, 3);
    await syncOutbox({ db: context.db, transport: context.transport });
    const second = await syncOutbox({ db: context.db, transport: context.transport });
    expect(second).toMatchObject({ sent: 0, stoppedBy: null });
    expect(context.server.callsOf('SyncVerifications')).toHaveLength(1);
  });

  it('sends the POST with the bearer token and the device id', async () => {
    const context = await createTestContext();
    await captureVerifications(context, 1, 1);
    await syncOutbox({ db: context.db, transport: context.transport });
    const [call] = context.server.callsOf('SyncVerifications');
    expect(call?.headers.get('authorization')).toMatch(/^Bearer access-/);
    expect(call?.headers.get('x-device-id')).toBe(context.deviceId);
  });
});

describe('syncOutbox — failures never lose or duplicate a record', () => {
  it('resends a batch the server stored but whose answer was lost: ALREADY_RECEIVED', async () => {
    const context = await createTestContext();
    const captured = await captureVerifications(context, 1, 5);
    context.server.loseAnswersOfNextSyncs = 1;

    const failed = await syncOutbox({ db: context.db, transport: context.transport });

    expect(failed).toMatchObject({ sent: 0, stoppedBy: 'network' });
    expect(context.server.verifications.size).toBe(5);
    let outbox = await listOutbox(context.db);
    expect(outbox.map((entry) => entry.id)).toEqual(captured.map((entry) => entry.id));
    expect(outbox.every((entry) => entry.status === 'pending' && entry.attempts === 1)).toBe(true);
    expect(outbox[0]?.lastError).toContain('无法连接服务器');

    const retried = await syncOutbox({ db: context.db, transport: context.transport });

    expect(retried).toMatchObject({ sent: 5, accepted: 5, stoppedBy: null });
    outbox = await listOutbox(context.db);
    expect(outbox).toHaveLength(5);
    expect(outbox.every((entry) => entry.serverStatus === 'ALREADY_RECEIVED')).toBe(true);
    expect(outbox.every((entry) => entry.status === 'accepted')).toBe(true);
    expect(context.server.verifications.size).toBe(5);
  });

  it('keeps the confirmed first batch and the rest pending when the network goes', async () => {
    const context = await createTestContext();
    await captureVerifications(context, 1, 5);
    // The first sync call goes through; the network is gone for the second.
    context.server.failAfterRequests = 1;

    const report = await syncOutbox({ db: context.db, transport: context.transport, batchSize: 2 });

    expect(report).toMatchObject({ sent: 2, accepted: 2, stoppedBy: 'network' });
    const statuses = (await listOutbox(context.db)).map((entry) => entry.status);
    expect(statuses).toEqual(['accepted', 'accepted', 'pending', 'pending', 'pending']);

    context.server.offline = false;
    context.server.failAfterRequests = null;
    const resumed = await syncOutbox({ db: context.db, transport: context.transport });
    expect(resumed).toMatchObject({ sent: 3, accepted: 3, stoppedBy: null });
    expect(context.server.verifications.size).toBe(5);
    expect(await context.db.outbox.count()).toBe(5);
  });

  it("puts records left 'sending' (app closed mid-send) back in the queue", async () => {
    const context = await createTestContext();
    const [entry] = await captureVerifications(context, 1, 1);
    await context.db.outbox.update(entry?.id ?? '', { status: 'sending', attempts: 1 });

    const report = await syncOutbox({ db: context.db, transport: context.transport });

    expect(report).toMatchObject({ sent: 1, accepted: 1 });
    expect((await context.db.outbox.get(entry?.id ?? ''))?.attempts).toBe(2);
  });

  it('leaves everything pending when there is no network at all', async () => {
    const context = await createTestContext();
    await captureVerifications(context, 1, 3);
    await captureSurveys(context, 2);
    context.server.offline = true;

    const report = await syncOutbox({ db: context.db, transport: context.transport });

    expect(report).toMatchObject({ sent: 0, stoppedBy: 'network' });
    const outbox = await listOutbox(context.db);
    expect(outbox.map((entry) => entry.status)).toEqual(Array(5).fill('pending'));
  });
});

describe('syncOutbox — results', () => {
  it('keeps a rejected record with the reasons; corrected, it is resent', async () => {
    const context = await createTestContext();
    const [good, refused] = await captureVerifications(context, 1, 2);
    context.server.refusedBeneficiaries.add(refused?.record.beneficiaryId ?? '');

    const report = await syncOutbox({ db: context.db, transport: context.transport });

    expect(report).toMatchObject({ sent: 2, accepted: 1, rejected: 1 });
    const rejected = await context.db.outbox.get(refused?.id ?? '');
    expect(rejected?.status).toBe('rejected');
    expect(rejected?.errors).toEqual([
      { field: 'beneficiaryId', message: '该待遇人员不在您负责的乡镇' },
    ]);

    // Accepted: read-only. A correction of it is a new record.
    const refusedEdit = await correctRecord(context.db, good?.id ?? '', {
      kind: 'verification',
      fields: verificationDraft(1, { note: '更正' }),
    });
    expect(refusedEdit).toEqual({
      ok: false,
      errors: [{ field: '', message: NOT_EDITABLE_ACCEPTED }],
    });

    // Rejected: corrected (another person), queued again under the same id, accepted.
    const corrected = await correctRecord(context.db, refused?.id ?? '', {
      kind: 'verification',
      fields: verificationDraft(3, { note: '核对后改为正确的人员' }),
    });
    expect(corrected.ok).toBe(true);
    expect((await context.db.outbox.get(refused?.id ?? ''))?.status).toBe('pending');
    const resent = await syncOutbox({ db: context.db, transport: context.transport });
    expect(resent).toMatchObject({ sent: 1, accepted: 1 });
    const stored = context.server.verifications.get(refused?.id ?? '');
    expect(stored?.record).toMatchObject({ note: '核对后改为正确的人员' });
  });

  it('keeps a conflicting record, shows why, and does not send it again', async () => {
    const context = await createTestContext();
    const [entry] = await captureVerifications(context, 1, 1);
    context.server.verifications.set(entry?.id ?? '', { fingerprint: 'other', record: {} });

    const report = await syncOutbox({ db: context.db, transport: context.transport });

    expect(report).toMatchObject({ sent: 1, conflicts: 1 });
    const conflict = await context.db.outbox.get(entry?.id ?? '');
    expect(conflict?.status).toBe('conflict');
    expect(conflict?.errors[0]?.message).toContain('县级管理员');
    await syncOutbox({ db: context.db, transport: context.transport });
    expect(context.server.callsOf('SyncVerifications')).toHaveLength(1);
  });

  it('reads a result without id by its position; ignores results for other ids', async () => {
    const context = await createTestContext();
    const [first, second] = await captureVerifications(context, 1, 2);
    const transport: SyncTransport = {
      send: async () => [
        {
          id: null,
          index: 0,
          status: 'REJECTED',
          errors: [],
          counted: null,
          lateForLockedYear: null,
        },
        {
          id: 'someone-else',
          index: 1,
          status: 'ACCEPTED',
          errors: [],
          counted: true,
          lateForLockedYear: false,
        },
      ],
    };

    const report = await syncOutbox({ db: context.db, transport });

    expect(report).toMatchObject({ sent: 2, rejected: 1, accepted: 0 });
    expect((await context.db.outbox.get(first?.id ?? ''))?.status).toBe('rejected');
    const unanswered = await context.db.outbox.get(second?.id ?? '');
    expect(unanswered).toMatchObject({ status: 'pending', attempts: 1 });
    expect(unanswered?.lastError).toContain('没有返回这条记录的结果');
  });

  it('keeps a record the server could not store for now waiting, and sends it again', async () => {
    const context = await createTestContext();
    const [entry] = await captureVerifications(context, 1, 1);
    const message = '服务器暂时无法保存该记录（未保存），请稍后重新同步';
    let calls = 0;
    const transport: SyncTransport = {
      send: async (batch) => {
        calls += 1;
        if (calls > 1) return context.transport.send(batch);
        return batch.records.map((_, index) => ({
          id: entry?.id ?? null,
          index,
          status: 'RETRY_LATER' as const,
          errors: [{ field: '', message }],
          counted: null,
          lateForLockedYear: null,
        }));
      },
    };

    await syncOutbox({ db: context.db, transport });
    const waiting = await context.db.outbox.get(entry?.id ?? '');
    expect(waiting).toMatchObject({ status: 'pending', lastError: message });

    await syncOutbox({ db: context.db, transport });
    expect((await context.db.outbox.get(entry?.id ?? ''))?.status).toBe('accepted');
  });

  it('records what the server says about an accepted record', async () => {
    const context = await createTestContext();
    const [entry] = await captureVerifications(context, 1, 1);
    await syncOutbox({
      db: context.db,
      transport: context.transport,
      now: () => context.clock.now,
    });
    const accepted = await context.db.outbox.get(entry?.id ?? '');
    expect(accepted).toMatchObject({
      status: 'accepted',
      serverStatus: 'ACCEPTED',
      counted: true,
      lateForLockedYear: false,
      confirmedAt: context.clock.now.toISOString(),
    });
  });
});

describe('syncOutbox — session', () => {
  it('refreshes an expired access token and goes on', async () => {
    const context = await createTestContext();
    await captureVerifications(context, 1, 2);
    context.server.expireAccessTokens();

    const report = await syncOutbox({ db: context.db, transport: context.transport });

    expect(report).toMatchObject({ sent: 2, accepted: 2 });
    expect(context.server.callsOf('RefreshSession')).toHaveLength(1);
  });

  it('refreshes ahead of time when the access token is about to expire', async () => {
    const context = await createTestContext();
    await captureVerifications(context, 1, 1);
    context.clock.now = new Date(context.clock.now.getTime() + 14.5 * 60 * 1000);

    await syncOutbox({ db: context.db, transport: context.transport });

    expect(context.server.callsOf('RefreshSession')).toHaveLength(1);
    expect(context.server.callsOf('SyncVerifications')).toHaveLength(1);
  });

  it('asks for a new login when the refresh is refused, keeping the outbox intact', async () => {
    const context = await createTestContext();
    await captureVerifications(context, 1, 3);
    context.server.expireAccessTokens();
    context.server.revokeRefreshTokens();

    const report = await syncOutbox({ db: context.db, transport: context.transport });

    expect(report).toMatchObject({ sent: 0, stoppedBy: 'login' });
    const session = await context.session.session();
    expect(session).toMatchObject({ needsLogin: true, tokens: null, viewer: WORKER });
    const outbox = await listOutbox(context.db);
    expect(outbox.map((entry) => entry.status)).toEqual(['pending', 'pending', 'pending']);

    await context.session.login(WORKER.username, WORKER_PASSWORD);
    const after = await syncOutbox({ db: context.db, transport: context.transport });
    expect(after).toMatchObject({ sent: 3, accepted: 3 });
  });

  it('keeps the session when the refresh fails only for want of network', async () => {
    const context = await createTestContext();
    await captureVerifications(context, 1, 1);
    context.server.expireAccessTokens();
    // The sync call answers UNAUTHENTICATED; the refresh call then finds no network.
    context.server.failAfterRequests = 1;

    const report = await syncOutbox({ db: context.db, transport: context.transport });

    expect(report.stoppedBy).toBe('network');
    expect((await context.session.session()).needsLogin).toBe(false);
  });
});
