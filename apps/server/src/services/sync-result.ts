import { hash } from 'node:crypto';
import { type CaptureRecord, type FieldError, recordFingerprint } from '@jixiao/domain';
import { nulFieldErrors } from './storable-text.ts';

/**
 * 同步结果 — what the server says about each record of a sync batch, in input order:
 * - ACCEPTED: stored now;
 * - ALREADY_RECEIVED: the same id with the same content was stored before (nothing written);
 * - CONFLICT: the id was used before for different content (nothing written; 409-style);
 * - REJECTED: not stored, with field-level errors the worker can act on.
 */
export type SyncStatus = 'ACCEPTED' | 'ALREADY_RECEIVED' | 'CONFLICT' | 'REJECTED' | 'RETRY_LATER';

export interface SyncRecordResult {
  /** The record's id when it could be read, else null. */
  id: string | null;
  /** The record's position in the batch, from 0. */
  index: number;
  status: SyncStatus;
  errors: FieldError[];
  /** Verifications: whether the stored record is the counted one for its person and year. */
  counted: boolean | null;
  /** Stored after the county locked the year: kept, flagged, not counted. */
  lateForLockedYear: boolean | null;
}

/** What the sync keeps of a stored record to answer a replay. */
export interface StoredRecord {
  fingerprint: string;
  lateForLockedYear: boolean;
  counted?: boolean;
}

export const CONFLICT_MESSAGE = '该记录编号已用于内容不同的记录';

/**
 * A validated record's fingerprint — sha256 (hex) of its canonical JSON: the same content gives
 * the same fingerprint — or the fields where it holds text PostgreSQL cannot store.
 */
export function storableFingerprint(
  record: CaptureRecord,
): { ok: true; fingerprint: string } | { ok: false; errors: FieldError[] } {
  const json = recordFingerprint(record);
  // JSON writes U+0000 as \u0000: without that text, no string of the record holds one.
  const errors = json.includes('\\u0000') ? nulFieldErrors(record) : [];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, fingerprint: hash('sha256', json, 'hex') };
}

/** The id of a raw record, if it is a short string (shown back so the phone can match it). */
export function readableId(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const id = (input as Record<string, unknown>).id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : null;
}

export function rejected(index: number, id: string | null, errors: FieldError[]): SyncRecordResult {
  return { id, index, status: 'REJECTED', errors, counted: null, lateForLockedYear: null };
}

/** The id was used before for different content: nothing written. */
export function conflict(index: number, id: string): SyncRecordResult {
  return {
    id,
    index,
    status: 'CONFLICT',
    errors: [{ field: '', message: CONFLICT_MESSAGE }],
    counted: null,
    lateForLockedYear: null,
  };
}

/** The answer to a record whose id is already stored: a replay or a conflict. */
export function replayResult(
  index: number,
  id: string,
  fingerprint: string,
  stored: StoredRecord,
): SyncRecordResult {
  if (stored.fingerprint !== fingerprint) return conflict(index, id);
  return {
    id,
    index,
    status: 'ALREADY_RECEIVED',
    errors: [],
    counted: stored.counted ?? null,
    lateForLockedYear: stored.lateForLockedYear,
  };
}
