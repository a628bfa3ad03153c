import {
  type RosterPerson,
  TOWNSHIP_ROSTER_QUERY,
  type TownshipRosterData,
} from '../api/roster-documents.ts';
import type { SessionManager } from '../api/session-manager.ts';
import type { LocalDatabase, RosterRow, RosterSearchKeys } from './local-database.ts';

/**
 * 花名册下载 — fetches a township's roster page by page into IndexedDB. The first download
 * takes every row; later ones ask only for rows changed since the stored version. The
 * version is advanced only after the last page arrived, so an interrupted download is simply
 * repeated (storing a row twice changes nothing). A delta also names the people who left the
 * township (moved elsewhere, removed): they are deleted from the phone, unless they came back.
 */

export const ROSTER_PAGE_SIZE = 500;

export interface RosterDownloadResult {
  /** Rows received (all of them the first time, the changed ones after). */
  received: number;
  /** Whether this was a delta (sinceVersion given). */
  delta: boolean;
  maxVersion: string | null;
}

export interface RosterDownloadOptions {
  db: LocalDatabase;
  session: Pick<SessionManager, 'query'>;
  townshipCode: string;
  /** Rows received so far, after each page. */
  onProgress?: (received: number) => void;
  pageSize?: number;
  now?: () => Date;
}

export async function downloadRoster(
  options: RosterDownloadOptions,
): Promise<RosterDownloadResult> {
  const { db, session, townshipCode } = options;
  const pageSize = options.pageSize ?? ROSTER_PAGE_SIZE;
  const stored = await db.rosterVersions.get(townshipCode);
  const sinceVersion = stored?.maxVersion ?? null;
  // pinyin-pro is large: loaded only here, never for the capture screens.
  const { rosterSearchKeys } = await import('./roster-keys.ts');

  let after: string | null = null;
  let received = 0;
  // The version seen on the first page: rows changed while the pages were fetched have a
  // higher one and come again next time, which is harmless.
  let maxVersion: string | null | undefined;
  let departedIds: readonly string[] = [];
  const receivedIds = new Set<string>();
  for (;;) {
    const data: TownshipRosterData = await session.query(TOWNSHIP_ROSTER_QUERY, {
      townshipCode,
      sinceVersion,
      first: pageSize,
      after,
    });
    const page = data.townshipRoster;
    if (maxVersion === undefined) {
      maxVersion = page.maxVersion;
      departedIds = page.departedIds ?? [];
    }
    const rows = page.edges.map(({ node }) => rosterRow(townshipCode, node, rosterSearchKeys));
    await db.roster.bulkPut(rows);
    for (const row of rows) receivedIds.add(row.id);
    received += rows.length;
    options.onProgress?.(received);
    const { hasNextPage, endCursor } = page.pageInfo;
    if (!hasNextPage || endCursor === null || endCursor === after || rows.length === 0) break;
    after = endCursor;
  }
  const departed = departedIds.filter((id) => !receivedIds.has(id));
  if (departed.length > 0) {
    await db.roster.bulkDelete(departed.map((id): [string, string] => [townshipCode, id]));
  }
  const nextVersion = maxVersion ?? sinceVersion;
  await db.rosterVersions.put({
    townshipCode,
    maxVersion: nextVersion,
    downloadedAt: (options.now?.() ?? new Date()).toISOString(),
  });
  return { received, delta: sinceVersion !== null, maxVersion: nextVersion };
}

function rosterRow(
  townshipCode: string,
  person: RosterPerson,
  keys: (name: string) => RosterSearchKeys,
): RosterRow {
  return { ...person, idNumber: person.idNumber.toUpperCase(), townshipCode, ...keys(person.name) };
}

/**
 * Removes the rosters of townships the logged-in worker does not cover (another worker used
 * the phone before): personal data is kept only where it is needed.
 */
export async function forgetOtherTownships(
  db: LocalDatabase,
  townshipCodes: readonly string[],
): Promise<void> {
  const keep = new Set(townshipCodes);
  await db.transaction('rw', db.roster, db.rosterVersions, async () => {
    const stored = await db.rosterVersions.toCollection().primaryKeys();
    const rosterTownships = await db.roster.orderBy('townshipCode').uniqueKeys();
    const all = new Set([...stored, ...rosterTownships.map(String)]);
    for (const code of all) {
      if (keep.has(code)) continue;
      await db.roster.where('townshipCode').equals(code).delete();
      await db.rosterVersions.delete(code);
    }
  });
}

/** The stored roster of a township, in pinyin order (the order of an empty search). */
export async function loadRoster(db: LocalDatabase, townshipCode: string): Promise<RosterRow[]> {
  const rows = await db.roster.where('townshipCode').equals(townshipCode).toArray();
  return rows.sort((a, b) => (a.pinyin < b.pinyin ? -1 : a.pinyin > b.pinyin ? 1 : 0));
}
