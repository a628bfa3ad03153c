import {
  type CaptureResult,
  type FieldError,
  type SurveyResponseRecord,
  type SurveyTemplate,
  type VerificationRecord,
  validateSurveyResponse,
  validateVerification,
} from '@jixiao/domain';
import type { LocalDatabase, OutboxEntry, OutboxStatus } from '../offline/local-database.ts';
import { localTimestamp } from './capture-time.ts';

/**
 * 待同步记录 — saving captured records into the outbox and correcting the ones the server
 * rejected. A record gets its UUID and capture time here, when it is saved, and is checked
 * with the same validator the server uses: an invalid record is not saved at all.
 */

type CapturedFields<R> = Omit<R, 'id' | 'capturedAt' | 'deviceId'>;

/** What a form hands over: the record without id, capture time and device; unset choices null. */
export type Draft<R> = { [K in keyof CapturedFields<R>]: CapturedFields<R>[K] | null };

export type VerificationDraft = Draft<VerificationRecord>;
export type SurveyResponseDraft = Draft<SurveyResponseRecord>;

export type RecordDraft =
  | { kind: 'verification'; fields: VerificationDraft }
  | { kind: 'surveyResponse'; fields: SurveyResponseDraft; template: SurveyTemplate };

export type SaveResult = { ok: true; entry: OutboxEntry } | { ok: false; errors: FieldError[] };

/** The statuses of records the server does not hold yet (the badge counts them). */
export const WAITING_STATUSES: readonly OutboxStatus[] = [
  'pending',
  'sending',
  'rejected',
  'conflict',
];

export const NOT_EDITABLE_ACCEPTED = '服务器已接收的记录不能修改；如需更正，请新建一条记录';
export const NOT_EDITABLE_WAITING = '只有被服务器退回的记录可以修改';

interface RecordBase {
  id: string;
  capturedAt: string;
  deviceId: string;
}

type CheckedRecord =
  | { kind: 'verification'; record: VerificationRecord }
  | { kind: 'surveyResponse'; record: SurveyResponseRecord };

function check(
  draft: RecordDraft,
  base: RecordBase,
  now: Date,
): { ok: true; value: CheckedRecord } | { ok: false; errors: FieldError[] } {
  const input = { ...base, ...draft.fields };
  if (draft.kind === 'verification') {
    return withKind('verification', validateVerification(input, { now }));
  }
  return withKind('surveyResponse', validateSurveyResponse(input, draft.template, { now }));
}

function withKind<K extends CheckedRecord['kind']>(
  kind: K,
  result: CaptureResult<Extract<CheckedRecord, { kind: K }>['record']>,
): { ok: true; value: CheckedRecord } | { ok: false; errors: FieldError[] } {
  if (!result.ok) return result;
  return { ok: true, value: { kind, record: result.value } as CheckedRecord };
}

export interface SaveOptions {
  db: LocalDatabase;
  deviceId: string;
  /** Whom or what the record is about, as the outbox list shows it. */
  subject: string;
  townshipCode: string | null;
  /** The capture time (defaults to now). */
  now?: Date;
}

/** Validates a new record and, when valid, saves it as 'pending' at the end of the outbox. */
export async function saveRecord(draft: RecordDraft, options: SaveOptions): Promise<SaveResult> {
  const now = options.now ?? new Date();
  const base: RecordBase = {
    id: crypto.randomUUID(),
    capturedAt: localTimestamp(now),
    deviceId: options.deviceId,
  };
  const checked = check(draft, base, now);
  if (!checked.ok) return checked;
  const { db } = options;
  const entry = await db.transaction('rw', db.outbox, async () => {
    const last = await db.outbox.orderBy('sequence').last();
    const created: OutboxEntry = {
      ...checked.value,
      id: base.id,
      sequence: (last?.sequence ?? 0) + 1,
      capturedAt: base.capturedAt,
      status: 'pending',
      errors: [],
      attempts: 0,
      lastAttemptAt: null,
      lastError: null,
      subject: options.subject,
      townshipCode: options.townshipCode,
      confirmedAt: null,
      serverStatus: null,
      counted: null,
      lateForLockedYear: null,
    };
    await db.outbox.add(created);
    return created;
  });
  return { ok: true, entry };
}

/**
 * Replaces the content of a rejected record and queues it again under the same id (the
 * server stored nothing for it). Accepted records cannot change: a correction is a new
 * record. The capture time stays the time of the interview.
 */
export async function correctRecord(
  db: LocalDatabase,
  id: string,
  draft: RecordDraft,
  now: Date = new Date(),
): Promise<SaveResult> {
  return db.transaction('rw', db.outbox, async (): Promise<SaveResult> => {
    const entry = await db.outbox.get(id);
    if (entry === undefined) return refusal('记录不存在');
    if (entry.status === 'accepted') return refusal(NOT_EDITABLE_ACCEPTED);
    if (entry.status !== 'rejected') return refusal(NOT_EDITABLE_WAITING);
    if (entry.kind !== draft.kind) return refusal('记录类型不能修改');
    const { capturedAt, deviceId } = entry.record;
    const checked = check(draft, { id, capturedAt, deviceId }, now);
    if (!checked.ok) return checked;
    const corrected = {
      ...entry,
      ...checked.value,
      status: 'pending',
      errors: [],
      lastError: null,
    } as OutboxEntry;
    await db.outbox.put(corrected);
    return { ok: true, entry: corrected };
  });
}

/** Queues a rejected record again unchanged (when the cause was on the server's side). */
export async function resendRecord(db: LocalDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(id);
    if (entry?.status !== 'rejected') return false;
    await db.outbox.update(id, { status: 'pending', lastError: null });
    return true;
  });
}

/** Records left 'sending' by a send that never finished go back to 'pending'. */
export async function recoverInterruptedSends(db: LocalDatabase): Promise<number> {
  return db.outbox.where('status').equals('sending').modify({ status: 'pending' });
}

/** How many records the server does not hold yet (the badge). */
export function countWaiting(db: LocalDatabase): Promise<number> {
  return db.outbox.where('status').anyOf(WAITING_STATUSES).count();
}

/** The whole outbox in capture order. */
export function listOutbox(db: LocalDatabase): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('sequence').toArray();
}

function refusal(message: string): SaveResult {
  return { ok: false, errors: [{ field: '', message }] };
}
