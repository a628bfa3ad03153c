import type { VerificationOutcome } from '@jixiao/db';
import { NOW_UTC, type SqlRunner } from './sql-values.ts';
import { storableJson } from './storable-text.ts';
import { syncAuditCte } from './sync-audit.ts';

/**
 * 核实记录入库语句 — a sync batch's verifications checked and stored by ONE statement, so that a
 * batch costs the database one round trip and the server no row building of its own:
 * 1. each record is read against what is stored: its id (already stored: a replay or a
 *    conflict), the roster row it names (absent, outside the worker's townships, or another ID
 *    number: refused), the year lock of the person's county (late: kept, flagged, not counted);
 * 2. the accepted ones are inserted with the roster's county, township, village, scheme and
 *    amount due (in a transaction `INSERT … ON CONFLICT (id) DO NOTHING`: an id a concurrent
 *    sync stored first is left out), in id order so that concurrent batches wait on the ids they
 *    share in one order;
 * 3. for the inserted non-late ones, the counted pointer of each (beneficiary, year) is claimed
 *    (counted-verifications-sql.ts says how and why);
 * 4. the batch's audit event is appended (sync-audit.ts).
 * What the statement derives, beside the record's own fields:
 * - 发放是否准确 `paymentCorrect`: the amount received equals the roster's monthly amount due
 *   (exact decimals);
 * - 应追回金额 `ineligiblePayment`: what a person not alive and eligible received (元), else 0;
 * - `counted` as a first guess: the batch's latest capture of each person and year, late ones
 *   aside (on equal capture times, the greater id).
 *
 * Alone (`alone: true`) the statement commits by itself, which is right only in the usual case:
 * every record new, each person's only verification of the year in the batch, and no pointer
 * for them yet. It is written for that case: no probe of the ids, every non-late record guessed
 * counted, plain inserts (no ON CONFLICT: a quarter cheaper). Anything else stops it, and the
 * error undoes all of it: an id stored before (a replay, a conflict, or a concurrent sync of the
 * same record) or a pointer that exists (a person verified before, or by a concurrent batch) is
 * a unique violation (23505) of its inserts; a record the roster's checks refuse (it may be a
 * replay stored before the roster changed), or two captures of one person in the batch (fewer
 * pointers created than verifications inserted), make the guard call
 * `jixiao_sync_needs_transaction()` (SQLSTATE JX001). The batch is then stored again inside a
 * transaction, by the statement written for every case (ids probed, the latest capture of each
 * person guessed counted, ON CONFLICT on both inserts), which also makes the flags agree with
 * the pointers (batch-verifications.ts).
 */

/** A validated record, as the statement reads it. */
export interface VerificationInput {
  /** The record's position in the batch. */
  n: number;
  id: string;
  beneficiaryId: string;
  year: number;
  /** The ID number the worker confirmed on site; must be the roster's. */
  idNumber: string;
  identityConfirmed: boolean;
  identityMethod: string;
  alive: boolean;
  deathDate: string | null;
  eligible: boolean;
  ineligibleReason: string | null;
  outcome: VerificationOutcome;
  /** 元, exact decimal text. */
  amountReceived: string;
  note: string | null;
  /** The instant, ISO 8601 in UTC. */
  capturedAt: string;
  deviceId: string;
  fingerprint: string;
}

/**
 * The records travel as one JSON array of arrays (half the bytes of keyed objects), each field
 * at its position here, read back with its type.
 */
const INPUT_FIELDS: readonly (readonly [keyof VerificationInput, string])[] = [
  ['n', 'int'],
  ['id', 'uuid'],
  ['beneficiaryId', 'text'],
  ['year', 'int'],
  ['idNumber', 'text'],
  ['identityConfirmed', 'boolean'],
  ['identityMethod', 'text'],
  ['alive', 'boolean'],
  ['deathDate', 'date'],
  ['eligible', 'boolean'],
  ['ineligibleReason', 'text'],
  ['outcome', '"VerificationOutcome"'],
  ['amountReceived', 'numeric'],
  ['note', 'text'],
  ['capturedAt', 'timestamptz'],
  ['deviceId', 'text'],
  ['fingerprint', 'text'],
];

/** Why a record was not stored, or that it was accepted (and then inserted or not). */
export type Verdict =
  | 'stored'
  | 'notOnRoster'
  | 'outsideTownships'
  | 'idNumberMismatch'
  | 'accepted';

/** What the statement says of each record, by its position. */
export interface VerificationOutcomeRow {
  n: number;
  verdict: Verdict;
  /** verdict 'stored': what is stored under the id. */
  storedFingerprint: string | null;
  storedCounted: boolean | null;
  storedLate: boolean | null;
  /** verdict 'accepted': inserted now (false: a concurrent sync stored the id first). */
  inserted: boolean;
  /** Whether the person's county has locked the record's year. */
  late: boolean;
  /** The first guess of the counted flag, as inserted. */
  guessed: boolean;
  /** Its claim counts now: the person's pointer for the year is this verification. */
  counted: boolean;
  /** The pointer was created for it (nothing counted for the person and year before). */
  created: boolean;
}

const INPUT = INPUT_FIELDS.map(
  ([name, type], position) => `(e->>${position})::${type} AS "${name}"`,
).join(', ');

/**
 * The answer comes back as one JSON array holding an array per record (a tenth of the time of
 * 200 result rows to read, in PGlite above all), each field at its position here, with the SQL
 * that gives it.
 */
const OUTCOME_FIELDS: readonly (readonly [keyof VerificationOutcomeRow, string])[] = [
  ['n', 'c.n'],
  ['verdict', 'c.verdict'],
  ['storedFingerprint', 'c."storedFingerprint"'],
  ['storedCounted', 'c."storedCounted"'],
  ['storedLate', 'c."storedLate"'],
  ['inserted', 'i.id IS NOT NULL'],
  ['late', 'c.late'],
  ['guessed', 'coalesce(a.guessed, false)'],
  ['counted', 'cl."verificationId" IS NOT NULL'],
  ['created', 'coalesce(cl.created, false)'],
];

/** A claim's pointer moves to the later capture, unless a manager resolved the person's year. */
const CLAIM_CONFLICT = `ON CONFLICT ("beneficiaryId", year) DO UPDATE
    SET "verificationId" = EXCLUDED."verificationId", "capturedAt" = EXCLUDED."capturedAt"
    WHERE "CountedVerification"."resolvedAt" IS NULL
      AND (EXCLUDED."capturedAt", EXCLUDED."verificationId")
        > ("CountedVerification"."capturedAt", "CountedVerification"."verificationId")`;

/**
 * Alone: stops the statement unless every record passed the roster's checks (a refused one may
 * be a replay of a record stored before the roster changed, which only the probe of its id can
 * tell) and each non-late verification inserted created a pointer.
 */
const ALONE_GUARD = `SELECT CASE WHEN EXISTS (SELECT 1 FROM checked WHERE verdict <> 'accepted')
      OR (SELECT count(*) FROM inserted WHERE NOT late)
        <> (SELECT count(*) FROM claimed WHERE created)
    THEN "jixiao_sync_needs_transaction"() END AS refused`;

/** Whether an accepted record is the batch's latest capture of its person and year. */
const LATEST_OF_PERSON = `NOT c.late AND row_number() OVER (
      PARTITION BY c."beneficiaryId", c.year, c.late ORDER BY c."capturedAt" DESC, c.id DESC
    ) = 1`;

/**
 * What is stored under each record's id: one primary-key probe per record (LIMIT keeps each a
 * probe, whatever the statistics say). Alone, none: the insert's unique violation finds it.
 */
function storedUnderId(alone: boolean): { columns: string; verdict: string; probe: string } {
  if (alone) {
    return {
      columns:
        'NULL::text AS "storedFingerprint", NULL::boolean AS "storedCounted", NULL::boolean AS "storedLate"',
      verdict: '',
      probe: '',
    };
  }
  return {
    columns: `s.fingerprint AS "storedFingerprint", s.counted AS "storedCounted",
    s."lateForLockedYear" AS "storedLate"`,
    verdict: "WHEN s.id IS NOT NULL THEN 'stored'",
    probe: `LEFT JOIN LATERAL (
    SELECT id, fingerprint, counted, "lateForLockedYear" FROM "Verification" v
    WHERE v.id = i.id LIMIT 1
  ) s ON true`,
  };
}

/** The statement; alone, with plain inserts and the guard (see above). */
function storeVerificationsSql(alone: boolean): string {
  const stored = storedUnderId(alone);
  return `
WITH input AS (
  SELECT ${INPUT} FROM jsonb_array_elements($3::jsonb) AS e
), checked AS (
  SELECT i.*, b."countyCode", b."townshipCode", b."villageCode", b.scheme,
    b."monthlyAmountDue" AS "amountDue", ${stored.columns},
    CASE ${stored.verdict}
         WHEN b.id IS NULL THEN 'notOnRoster'
         WHEN NOT (b."townshipCode" = ANY ($2::text[])) THEN 'outsideTownships'
         WHEN b."idNumber" <> i."idNumber" THEN 'idNumberMismatch'
         ELSE 'accepted' END AS verdict,
    EXISTS (SELECT 1 FROM "YearLock" l
            WHERE l."countyCode" = b."countyCode" AND l.year = i.year) AS late
  FROM input i
  ${stored.probe}
  LEFT JOIN LATERAL (
    SELECT id, "countyCode", "townshipCode", "villageCode", scheme, "idNumber", "monthlyAmountDue"
    FROM "Beneficiary" p WHERE p.id = i."beneficiaryId" LIMIT 1
  ) b ON true
), accepted AS (
  SELECT c.*, ${alone ? 'NOT c.late' : LATEST_OF_PERSON} AS guessed
  FROM checked c WHERE c.verdict = 'accepted'
), inserted AS (
  INSERT INTO "Verification" (id, "countyCode", "townshipCode", "villageCode", "beneficiaryId",
    scheme, year, "identityConfirmed", "identityMethod", alive, "deathDate", eligible,
    "ineligibleReason", outcome, "amountReceived", "amountDue", "paymentCorrect",
    "ineligiblePayment", note, counted, "capturedAt", "receivedAt", "deviceId", "workerId",
    fingerprint, "lateForLockedYear")
  SELECT id, "countyCode", "townshipCode", "villageCode", "beneficiaryId", scheme, year,
    "identityConfirmed", "identityMethod", alive, "deathDate", eligible, "ineligibleReason",
    outcome, "amountReceived", "amountDue", "amountReceived" = "amountDue",
    CASE WHEN outcome = 'ALIVE_ELIGIBLE' THEN 0 ELSE "amountReceived" END, note, guessed,
    ("capturedAt" AT TIME ZONE 'UTC'), ${NOW_UTC}, "deviceId", $1::uuid, fingerprint, late
  FROM accepted ORDER BY id
  ${alone ? '' : 'ON CONFLICT (id) DO NOTHING'}
  RETURNING id, "beneficiaryId", year, "capturedAt", "lateForLockedYear" AS late, "countyCode",
    "deviceId", counted AS guessed
), claims AS (
  SELECT DISTINCT ON ("beneficiaryId", year) "beneficiaryId", year, id, "capturedAt"
  FROM inserted WHERE NOT late
  ORDER BY "beneficiaryId", year, "capturedAt" DESC, id DESC
), claimed AS (
  INSERT INTO "CountedVerification" ("beneficiaryId", year, "verificationId", "capturedAt")
  SELECT "beneficiaryId", year, id, "capturedAt" FROM claims ORDER BY "beneficiaryId", year
  ${alone ? '' : CLAIM_CONFLICT}
  RETURNING "verificationId", (xmax = 0) AS created
), audit AS (
  ${syncAuditCte({
    action: 'sync.verifications',
    entity: 'Verification',
    rows: 'inserted',
    counted: '(SELECT count(*) FROM claimed)',
    userId: '$1::uuid',
    deviceId: '$4::text',
  })}
), guard AS MATERIALIZED (
  ${alone ? ALONE_GUARD : 'SELECT NULL::boolean AS refused'}
)
SELECT json_agg(json_build_array(${OUTCOME_FIELDS.map(([, sql]) => sql).join(', ')})
  ORDER BY c.n)::text AS outcomes
FROM checked c
LEFT JOIN accepted a ON a.id = c.id
LEFT JOIN inserted i ON i.id = c.id
LEFT JOIN claimed cl ON cl."verificationId" = c.id
CROSS JOIN guard`;
}

const STORE_ALONE = storeVerificationsSql(true);
const STORE_IN_TRANSACTION = storeVerificationsSql(false);

/**
 * The error of a statement run alone that found the batch needs a transaction: its guard's, or
 * a unique violation of one of its plain inserts.
 */
export function needsTransaction(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'JX001' || code === '23505';
}

export interface StoreOptions {
  workerId: string;
  /** The townships the worker may capture in. */
  townships: readonly string[];
  /** The X-Device-Id header of the request, for the audit event. */
  deviceId: string | null;
  /** Committed by itself: refuses (JX001) a batch whose counted guesses do not all hold. */
  alone: boolean;
}

/**
 * Checks and stores the records (first occurrences: one per id); answers one row per record,
 * in batch order.
 */
export async function storeVerifications(
  sql: SqlRunner,
  options: StoreOptions,
  records: readonly VerificationInput[],
): Promise<VerificationOutcomeRow[]> {
  if (records.length === 0) return [];
  const [answer] = await sql.query<{ outcomes: string }>(
    options.alone ? STORE_ALONE : STORE_IN_TRANSACTION,
    [
      options.workerId,
      options.townships,
      storableJson(records.map((record) => INPUT_FIELDS.map(([name]) => record[name]))),
      options.deviceId,
    ],
    { prepared: options.alone ? 'jixiao_store_verifications' : 'jixiao_store_verifications_tx' },
  );
  const outcomes = JSON.parse(answer?.outcomes ?? '[]') as unknown[][];
  return outcomes.map((values) => {
    const row: Record<string, unknown> = {};
    OUTCOME_FIELDS.forEach(([field], position) => {
      row[field] = values[position];
    });
    return row as unknown as VerificationOutcomeRow;
  });
}
