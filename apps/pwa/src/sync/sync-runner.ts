import type { FieldError } from '@jixiao/domain';
import { Dexie } from 'dexie';
import { AuthRequiredError, errorMessage, NetworkError } from '../api/api-errors.ts';
import { MAX_RECORDS_PER_CALL, type SyncRecordResult } from '../api/sync-documents.ts';
import type { LocalDatabase, OutboxEntry, OutboxKind } from '../offline/local-database.ts';
import { recoverInterruptedSends } from './outbox.ts';
import type { SyncBatch, SyncTransport } from './sync-transport.ts';

/**
 * 同步 — sends the outbox's pending records, oldest first, one batch of one kind at a time,
 * and marks each record by the server's answer. A record leaves 'pending' only for an
 * answer about that very record; whatever goes wrong in between (no network, the server
 * stopped, the session expired) puts the batch back to 'pending' and ends the run, to be
 * resent next time — the server recognises a record it already holds (ALREADY_RECEIVED).
 * Nothing is ever deleted.
 */

/** Records per call: small enough for a slow connection to finish a call. */
export const SYNC_BATCH_SIZE = 100;

export interface SyncProgress {
  /** Records sent and answered in this run. */
  sent: number;
  /** Records to send in this run (grows if records are captured meanwhile). */
  total: number;
}

export type SyncStop = 'network' | 'login' | 'server';

export interface SyncReport {
  sent: number;
  accepted: number;
  rejected: number;
  conflicts: number;
  /** Why the run ended before the outbox was empty; null when it was emptied. */
  stoppedBy: SyncStop | null;
  message: string | null;
}

export interface SyncOptions {
  db: LocalDatabase;
  transport: SyncTransport;
  onProgress?: (progress: SyncProgress) => void;
  batchSize?: number;
  now?: () => Date;
}

const NO_RESULT = '服务器没有返回这条记录的结果，将在下次同步时重发';
const REJECTED_WITHOUT_REASON: FieldError = { field: '', message: '服务器退回了这条记录' };
const CONFLICT_REASON: FieldError = {
  field: '',
  message: '服务器上已有同一编号但内容不同的记录，请联系县级管理员处理',
};

export async function syncOutbox(options: SyncOptions): Promise<SyncReport> {
  const { db, transport } = options;
  const now = options.now ?? (() => new Date());
  const batchSize = Math.max(
    1,
    Math.min(options.batchSize ?? SYNC_BATCH_SIZE, MAX_RECORDS_PER_CALL),
  );
  await recoverInterruptedSends(db);
  const report: SyncReport = {
    sent: 0,
    accepted: 0,
    rejected: 0,
    conflicts: 0,
    stoppedBy: null,
    message: null,
  };
  // Records sent in this run come back to 'pending' only when their answer was missing;
  // they wait for the next run rather than being resent in a loop.
  const attempted = new Set<string>();
  for (;;) {
    const waiting = await pendingNotAttempted(db, attempted).count();
    options.onProgress?.({ sent: report.sent, total: report.sent + waiting });
    const batch = await nextBatch(db, attempted, batchSize);
    if (batch.length === 0) break;
    for (const entry of batch) attempted.add(entry.id);
    await markSending(db, batch, now());

    let results: SyncRecordResult[];
    try {
      results = await transport.send(toSyncBatch(batch));
    } catch (error) {
      report.stoppedBy = stopReason(error);
      report.message = errorMessage(error);
      await returnToPending(db, batch, report.message);
      break;
    }
    const counts = await applyResults(db, batch, results, now());
    report.sent += batch.length;
    report.accepted += counts.accepted;
    report.rejected += counts.rejected;
    report.conflicts += counts.conflicts;
    if (counts.unanswered === batch.length) {
      report.stoppedBy = 'server';
      report.message = NO_RESULT;
      break;
    }
  }
  options.onProgress?.({
    sent: report.sent,
    total: report.sent + (await pendingNotAttempted(db, attempted).count()),
  });
  return report;
}

function pendingNotAttempted(db: LocalDatabase, attempted: ReadonlySet<string>) {
  return db.outbox
    .where('[status+sequence]')
    .between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
    .filter((entry) => !attempted.has(entry.id));
}

/** The oldest pending record and the pending records of its kind after it, in capture order. */
async function nextBatch(
  db: LocalDatabase,
  attempted: ReadonlySet<string>,
  size: number,
): Promise<OutboxEntry[]> {
  const first = await pendingNotAttempted(db, attempted).first();
  if (first === undefined) return [];
  const kind: OutboxKind = first.kind;
  return pendingNotAttempted(db, attempted)
    .filter((entry) => entry.kind === kind)
    .limit(size)
    .toArray();
}

function toSyncBatch(entries: OutboxEntry[]): SyncBatch {
  const first = entries[0];
  if (first?.kind === 'surveyResponse') {
    return {
      kind: 'surveyResponse',
      records: entries.flatMap((entry) => (entry.kind === 'surveyResponse' ? [entry.record] : [])),
    };
  }
  return {
    kind: 'verification',
    records: entries.flatMap((entry) => (entry.kind === 'verification' ? [entry.record] : [])),
  };
}

function stopReason(error: unknown): SyncStop {
  if (error instanceof AuthRequiredError) return 'login';
  if (error instanceof NetworkError) return 'network';
  return 'server';
}

async function markSending(db: LocalDatabase, batch: OutboxEntry[], at: Date): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of batch) {
      await db.outbox.update(entry.id, {
        status: 'sending',
        attempts: entry.attempts + 1,
        lastAttemptAt: at.toISOString(),
      });
    }
  });
}

async function returnToPending(
  db: LocalDatabase,
  batch: OutboxEntry[],
  reason: string,
): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of batch) {
      await db.outbox
        .where('id')
        .equals(entry.id)
        .and((stored) => stored.status === 'sending')
        .modify({ status: 'pending', lastError: reason });
    }
  });
}

interface ResultCounts {
  accepted: number;
  rejected: number;
  conflicts: number;
  unanswered: number;
}

/**
 * Marks each record of the batch by the result that names it: by id, or, for a result
 * without one (the server could not read the id), by its position in the call.
 */
async function applyResults(
  db: LocalDatabase,
  batch: OutboxEntry[],
  results: readonly SyncRecordResult[],
  at: Date,
): Promise<ResultCounts> {
  const byId = new Map(results.map((result) => [result.id, result]));
  const withoutId = new Map(
    results.filter((result) => result.id === null).map((result) => [result.index, result]),
  );
  const counts: ResultCounts = { accepted: 0, rejected: 0, conflicts: 0, unanswered: 0 };
  await db.transaction('rw', db.outbox, async () => {
    for (const [position, entry] of batch.entries()) {
      const result = byId.get(entry.id) ?? withoutId.get(position);
      if (result === undefined) {
        counts.unanswered++;
        await db.outbox.update(entry.id, { status: 'pending', lastError: NO_RESULT });
        continue;
      }
      switch (result.status) {
        case 'ACCEPTED':
        case 'ALREADY_RECEIVED':
          counts.accepted++;
          await db.outbox.update(entry.id, {
            status: 'accepted',
            serverStatus: result.status,
            confirmedAt: at.toISOString(),
            counted: result.counted,
            lateForLockedYear: result.lateForLockedYear,
            errors: [],
            lastError: null,
          });
          break;
        case 'REJECTED':
          counts.rejected++;
          await db.outbox.update(entry.id, {
            status: 'rejected',
            errors: result.errors.length > 0 ? result.errors : [REJECTED_WITHOUT_REASON],
            lastError: null,
          });
          break;
        case 'RETRY_LATER':
          counts.unanswered++;
          await db.outbox.update(entry.id, {
            status: 'pending',
            lastError: result.errors[0]?.message ?? NO_RESULT,
          });
          break;
        case 'CONFLICT':
          counts.conflicts++;
          await db.outbox.update(entry.id, {
            status: 'conflict',
            errors: result.errors.length > 0 ? result.errors : [CONFLICT_REASON],
            lastError: null,
          });
          break;
        default:
          counts.unanswered++;
          await db.outbox.update(entry.id, { status: 'pending', lastError: NO_RESULT });
      }
    }
  });
  return counts;
}
