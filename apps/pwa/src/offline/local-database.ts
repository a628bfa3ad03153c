import type {
  FieldError,
  SurveyResponseRecord,
  SurveyTemplate,
  VerificationRecord,
} from '@jixiao/domain';
import { Dexie, type Table } from 'dexie';
import type { Viewer } from '../api/auth-documents.ts';
import type { DivisionLevel } from '../api/division-documents.ts';
import type { RosterPerson } from '../api/roster-documents.ts';

/**
 * 本机数据 — everything the field app keeps on the phone, in one IndexedDB database
 * ("jixiao-field"), so that a logged-in worker can work for days without signal. The service
 * worker caches only the app shell; no data goes through it.
 *
 * - `session` — one row ('current'): the tokens, the viewer (who is logged in and their
 *   townships), the phone's device id and the township/village last picked. The device id is
 *   made once and kept across logins: the server and every record name the phone by it.
 *   A refused refresh token only sets `needsLogin`; the viewer stays so that capture goes on.
 * - `divisions` — the worker's townships and their villages, for the pickers.
 * - `roster` — 花名册: the people of each downloaded township, keyed by township and person
 *   id, with the search keys (name without the middle dot, pinyin, initials) computed once
 *   when a row is stored, so that a search is only string scans.
 * - `rosterVersions` — per township, the `maxVersion` of the last complete download: the
 *   `sinceVersion` of the next one, so that updates fetch only the changed rows.
 * - `templates` — 问卷模板 by id and version: a response must be validated against the
 *   very version it follows, offline.
 * - `outbox` — 待同步记录: every captured record, from the moment it is saved. Rows are
 *   never deleted: a record confirmed by the server (ACCEPTED or ALREADY_RECEIVED) stays,
 *   marked 'accepted' and read-only, as the worker's history (and the proof of what was
 *   sent). Records still waiting are 'pending' (or 'sending' while a batch is in flight;
 *   an interrupted send goes back to 'pending'), 'rejected' (with the server's field errors;
 *   correctable and resent under the same id) or 'conflict' (the server holds a different
 *   record with this id; a county manager resolves it). `sequence` is the order of capture
 *   on this phone; sync sends in that order. It is used rather than the capture time, which
 *   moves when the phone's clock or time zone is changed.
 *
 * Schema changes add a `this.version(n + 1)` with the new stores (and an upgrade function
 * where rows need rewriting); Dexie migrates in place, so an app update keeps every record.
 */

export const DATABASE_NAME = 'jixiao-field';

export interface SessionTokens {
  accessToken: string;
  /** ISO 8601 with offset. */
  accessTokenExpiresAt: string;
  refreshToken: string;
}

export interface SessionRow {
  key: 'current';
  /** 设备编号 — a UUID made on first start; sent as x-device-id and in every record. */
  deviceId: string;
  /** Null when logged out. */
  tokens: SessionTokens | null;
  /** Who is (or was last) logged in; kept when the session expires. */
  viewer: Viewer | null;
  /** The refresh token was refused: capture goes on, sync waits for a new login. */
  needsLogin: boolean;
  /** The township and village picked on the home screen. */
  townshipCode: string | null;
  villageCode: string | null;
}

export interface DivisionRow {
  code: string;
  name: string;
  level: DivisionLevel;
  /** The township of a village; null for a township. */
  parentCode: string | null;
}

/** Search keys of a roster person, computed when the row is stored (roster-keys.ts). */
export interface RosterSearchKeys {
  /** The name without separators (·, spaces), lower-cased: 艾麦提玉苏甫. */
  nameKey: string;
  /** Full pinyin without tones, joined: aimaitiyusufu. */
  pinyin: string;
  /** The first letter of each character's pinyin: amtysf. */
  initials: string;
}

export interface RosterRow extends RosterPerson, RosterSearchKeys {
  /** The township whose roster the row was downloaded with. */
  townshipCode: string;
}

export interface RosterVersionRow {
  townshipCode: string;
  /** The `maxVersion` of the last complete download; null when the roster was empty. */
  maxVersion: string | null;
  /** When that download finished (ISO). */
  downloadedAt: string;
}

export interface TemplateRow {
  id: string;
  version: number;
  template: SurveyTemplate;
  downloadedAt: string;
}

export type OutboxKind = 'verification' | 'surveyResponse';

export type OutboxStatus = 'pending' | 'sending' | 'rejected' | 'conflict' | 'accepted';

interface OutboxFields {
  /** The record's UUID (also the row key). */
  id: string;
  /** Order of capture on this phone, from 1. */
  sequence: number;
  /** The record's capture time, as in the record. */
  capturedAt: string;
  status: OutboxStatus;
  /** The server's reasons for REJECTED, or what went wrong locally. */
  errors: FieldError[];
  /** How many times the record was sent. */
  attempts: number;
  lastAttemptAt: string | null;
  /** Why the last attempt did not finish (network, login), for the outbox screen. */
  lastError: string | null;
  /** What the worker sees in the outbox: whom or what the record is about. */
  subject: string;
  /** The township the record was captured in, when known. */
  townshipCode: string | null;
  /** Set when the server confirmed the record. */
  confirmedAt: string | null;
  serverStatus: 'ACCEPTED' | 'ALREADY_RECEIVED' | null;
  /** From the server's result: counted towards the indicators; arrived after the year lock. */
  counted: boolean | null;
  lateForLockedYear: boolean | null;
}

export type VerificationEntry = OutboxFields & { kind: 'verification'; record: VerificationRecord };

export type SurveyResponseEntry = OutboxFields & {
  kind: 'surveyResponse';
  record: SurveyResponseRecord;
};

export type OutboxEntry = VerificationEntry | SurveyResponseEntry;

export class LocalDatabase extends Dexie {
  declare session: Table<SessionRow, 'current'>;
  declare divisions: Table<DivisionRow, string>;
  declare roster: Table<RosterRow, [string, string]>;
  declare rosterVersions: Table<RosterVersionRow, string>;
  declare templates: Table<TemplateRow, [string, number]>;
  declare outbox: Table<OutboxEntry, string>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      session: 'key',
      divisions: 'code, parentCode',
      roster: '[townshipCode+id], townshipCode, id',
      rosterVersions: 'townshipCode',
      templates: '[id+version], id',
      outbox: 'id, &sequence, [status+sequence], status',
    });
  }
}

/** The session row, created (with a new device id) on first use. */
export async function loadSession(db: LocalDatabase): Promise<SessionRow> {
  return db.transaction('rw', db.session, async () => {
    const existing = await db.session.get('current');
    if (existing !== undefined) return existing;
    const created: SessionRow = {
      key: 'current',
      deviceId: crypto.randomUUID(),
      tokens: null,
      viewer: null,
      needsLogin: false,
      townshipCode: null,
      villageCode: null,
    };
    await db.session.add(created);
    return created;
  });
}

/** Changes some fields of the session row (which must exist: see loadSession). */
export async function updateSession(
  db: LocalDatabase,
  changes: Partial<Omit<SessionRow, 'key' | 'deviceId'>>,
): Promise<void> {
  await loadSession(db);
  await db.session.update('current', changes);
}

/** The newest stored version of a survey template, or undefined. */
export async function latestTemplate(
  db: LocalDatabase,
  id: string,
): Promise<SurveyTemplate | undefined> {
  const rows = await db.templates.where('id').equals(id).sortBy('version');
  return rows.at(-1)?.template;
}
