import type { SqlRunner } from './sql-values.ts';
import { type VerificationRow, verificationInsert } from './verification-sql.ts';

/**
 * 一人一年只计一次核实 — one verification per beneficiary and year counts: the latest capture
 * (on equal capture times, the greater record id, so that the order of arrival never matters).
 * The CountedVerification row (primary key beneficiaryId + year) points at the counted one.
 *
 * A batch, in its transaction:
 * 1. inserts its verifications (ON CONFLICT (id) DO NOTHING: an id a concurrent replay stored
 *    first is left out) and, in the same statement, for the inserted non-late ones, upserts the
 *    pointer of each (beneficiary, year) with the batch's latest capture of it, moving it only
 *    to a later capture, and never when the county manager chose the counted one (resolvedAt,
 *    see conflict-resolution.ts). The upsert row-locks the key until the batch commits, so that
 *    concurrent batches verifying the same person take turns on PostgreSQL; the keys are locked
 *    in one order (sorted) so that two batches never wait on each other;
 * 2. sets the `counted` flags of those people's verifications (late ones aside) to agree with
 *    the pointer, in one UPDATE that touches only the rows whose flag changes.
 *
 * The flags go in as a guess (the batch's latest capture of each key, late ones aside), so that
 * in the usual case — a person's first verification of the year — no row is written twice: a
 * key whose pointer the statement created, for a single inserted row guessed counted, is left
 * out of the UPDATE. That relies on what every write here keeps true: a verification that
 * counts has its pointer.
 */
export interface CountedKey {
  beneficiaryId: string;
  year: number;
}

const keyOf = (row: CountedKey) => JSON.stringify([row.beneficiaryId, row.year]);

function laterThan(row: VerificationRow, other: VerificationRow): boolean {
  const difference = row.capturedAt.getTime() - other.capturedAt.getTime();
  return difference > 0 || (difference === 0 && row.id > other.id);
}

/** The ids of the latest non-late row of each (beneficiary, year): what the batch claims. */
export function latestOfEachKey(rows: readonly VerificationRow[]): Set<string> {
  const latest = new Map<string, VerificationRow>();
  for (const row of rows) {
    if (row.lateForLockedYear) continue;
    const current = latest.get(keyOf(row));
    if (!current || laterThan(row, current)) latest.set(keyOf(row), row);
  }
  return new Set([...latest.values()].map((row) => row.id));
}

/** What the statement did with an inserted verification. */
export interface StoredVerification {
  /** Its claim now counts: the pointer of its person and year is this verification. */
  counted: boolean;
  /** The pointer was created for it (nothing counted for the person and year before). */
  created: boolean;
}

/**
 * Step 1, one statement: returns the verifications inserted (ids a concurrent sync stored first
 * are absent). `xmax = 0` tells a pointer the upsert created from one it updated (an updated
 * row carries this transaction's id as its locker).
 */
export async function insertAndClaim(
  sql: SqlRunner,
  workerId: string,
  rows: readonly VerificationRow[],
): Promise<Map<string, StoredVerification>> {
  if (rows.length === 0) return new Map();
  const insert = verificationInsert(workerId, rows);
  const stored = await sql.query<{ id: string; counted: boolean; created: boolean }>(
    `WITH inserted AS (
       ${insert.text}
       ON CONFLICT (id) DO NOTHING
       RETURNING id, "beneficiaryId", year, "capturedAt", "lateForLockedYear"
     ), claims AS (
       SELECT DISTINCT ON ("beneficiaryId", year) "beneficiaryId", year, id, "capturedAt"
       FROM inserted WHERE NOT "lateForLockedYear"
       ORDER BY "beneficiaryId", year, "capturedAt" DESC, id DESC
     ), claimed AS (
       INSERT INTO "CountedVerification" ("beneficiaryId", year, "verificationId", "capturedAt")
       SELECT "beneficiaryId", year, id, "capturedAt" FROM claims ORDER BY "beneficiaryId", year
       ON CONFLICT ("beneficiaryId", year) DO UPDATE
         SET "verificationId" = EXCLUDED."verificationId", "capturedAt" = EXCLUDED."capturedAt"
         WHERE "CountedVerification"."resolvedAt" IS NULL
           AND (EXCLUDED."capturedAt", EXCLUDED."verificationId")
             > ("CountedVerification"."capturedAt", "CountedVerification"."verificationId")
       RETURNING "verificationId", (xmax = 0) AS created
     )
     SELECT i.id, c."verificationId" IS NOT NULL AS counted, coalesce(c.created, false) AS created
     FROM inserted i LEFT JOIN claimed c ON c."verificationId" = i.id`,
    insert.values,
  );
  return new Map(stored.map(({ id, counted, created }) => [id, { counted, created }]));
}

/**
 * The keys whose flags may disagree with their pointer after step 1: all but those of a single
 * inserted non-late row, guessed counted, whose pointer the statement created.
 */
export function unsettledKeys(
  rows: readonly VerificationRow[],
  stored: ReadonlyMap<string, StoredVerification>,
): CountedKey[] {
  const byKey = new Map<string, VerificationRow[]>();
  for (const row of rows) {
    if (row.lateForLockedYear || !stored.has(row.id)) continue;
    byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
  }
  return [...byKey.values()].flatMap((group) => {
    const [only] = group;
    const settled = group.length === 1 && only?.counted && stored.get(only.id)?.created;
    return settled || !only ? [] : [{ beneficiaryId: only.beneficiaryId, year: only.year }];
  });
}

/** Step 2: makes the `counted` flags of these people's verifications agree with the pointers. */
export async function alignCountedFlags(
  sql: SqlRunner,
  keys: readonly CountedKey[],
): Promise<void> {
  if (keys.length === 0) return;
  await sql.query(
    `UPDATE "Verification" v SET counted = (v.id = c."verificationId")
     FROM "CountedVerification" c
     JOIN unnest($1::text[], $2::int[]) AS k("beneficiaryId", year)
       ON c."beneficiaryId" = k."beneficiaryId" AND c.year = k.year
     WHERE v."beneficiaryId" = c."beneficiaryId" AND v.year = c.year
       AND NOT v."lateForLockedYear"
       AND v.counted IS DISTINCT FROM (v.id = c."verificationId")`,
    [keys.map((key) => key.beneficiaryId), keys.map((key) => key.year)],
  );
}
