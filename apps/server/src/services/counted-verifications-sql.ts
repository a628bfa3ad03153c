import type { SqlRunner } from './sql-values.ts';

/**
 * 一人一年只计一次核实 — one verification per beneficiary and year counts: the latest capture
 * (on equal capture times, the greater record id, so that the order of arrival never matters).
 * The CountedVerification row (primary key beneficiaryId + year) points at the counted one.
 *
 * A batch:
 * 1. inserts its verifications (verification-sql.ts; in a transaction ON CONFLICT (id) DO
 *    NOTHING: an id a concurrent replay stored first is left out; alone, plain inserts, which
 *    stop at such an id or an existing pointer) and, in the same statement, for the inserted
 *    non-late ones, upserts the pointer of each (beneficiary, year) with the batch's latest
 *    capture of it, moving it only to a later capture, and never when the county manager chose
 *    the counted one (resolvedAt, see conflict-resolution.ts). The upsert row-locks the key until
 *    the batch commits, so that concurrent batches verifying the same person take turns on
 *    PostgreSQL; the keys are locked in one order (sorted) so that two batches never wait on
 *    each other;
 * 2. where step 1 did not simply create the pointer of a single verification guessed counted,
 *    sets the `counted` flags of those people's verifications (late ones aside) to agree with
 *    the pointer, in one UPDATE that touches only the rows whose flag changes — in the same
 *    transaction as step 1, which then runs inside one (verification-sql.ts).
 *
 * The flags go in as a guess (the batch's latest capture of each key, late ones aside), so that
 * in the usual case — a person's first verification of the year — no row is written twice and
 * step 1 commits alone. That relies on what every write here keeps true: a verification that
 * counts has its pointer.
 */
export interface CountedKey {
  beneficiaryId: string;
  year: number;
}

const keyOf = (row: CountedKey) => JSON.stringify([row.beneficiaryId, row.year]);

/** An inserted verification, as step 1 left it. */
export interface InsertedVerification extends CountedKey {
  late: boolean;
  /** The counted flag it was inserted with. */
  guessed: boolean;
  /** The pointer was created for it (nothing counted for the person and year before). */
  created: boolean;
}

/**
 * The keys whose flags may disagree with their pointer after step 1: all but those of a single
 * inserted non-late row, guessed counted, whose pointer the statement created.
 */
export function unsettledKeys(inserted: readonly InsertedVerification[]): CountedKey[] {
  const byKey = new Map<string, InsertedVerification[]>();
  for (const row of inserted) {
    if (row.late) continue;
    byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
  }
  return [...byKey.values()].flatMap((group) => {
    const [only] = group;
    const settled = group.length === 1 && only?.guessed && only.created;
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
