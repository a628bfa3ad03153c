import { outcomeToDb, Prisma } from '@jixiao/db';
import {
  type FieldError,
  type VerificationRecord,
  validateVerification,
  verificationOutcome,
} from '@jixiao/domain';
import { canCaptureIn } from '../auth/access-policy.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import {
  combinedReader,
  type RosterFacts,
  rosterFacts,
  storedVerifications,
  yearLocks,
} from './batch-lookups.ts';
import { captureInstant } from './capture-time.ts';
import {
  alignCountedFlags,
  insertAndClaim,
  latestOfEachKey,
  unsettledKeys,
} from './counted-verifications-sql.ts';
import type { SqlRunner } from './sql-values.ts';
import { nulFieldErrors } from './storable-text.ts';
import { auditStoredBatch } from './sync-audit.ts';
import { answerLostRaces, type BatchAnswers, type Candidate } from './sync-batch.ts';
import { fingerprintOf, readableId, rejected, replayResult } from './sync-result.ts';
import type { VerificationRow } from './verification-sql.ts';

/**
 * 核实记录批量入库 — a batch of synced verifications, set-based:
 * 1. every record validated by the domain (pure), and refused if it holds text PostgreSQL cannot
 *    store (storable-text.ts);
 * 2. one query each, side by side, for the ids already stored (replays, conflicts), the roster
 *    rows the records name and the year locks of their years; the checks against the roster and
 *    the worker's townships run in memory;
 * 3. one transaction for the accepted records: insert them and claim the counted pointers (one
 *    statement), align the counted flags where a pointer moved, write one audit event.
 * Each record is stored with the roster's county, township, village, scheme and amount due.
 */
type Verification = Candidate<VerificationRecord>;

interface Accepted {
  candidate: Verification;
  person: RosterFacts;
}

function validated(context: Context, answers: BatchAnswers): Verification[] {
  const candidates: Verification[] = [];
  answers.inputs.forEach((input, index) => {
    const checked = validateVerification(input, { now: context.now });
    const errors = checked.ok ? nulFieldErrors(checked.value) : checked.errors;
    if (!checked.ok || errors.length > 0) {
      answers.answer(rejected(index, readableId(input), errors));
      return;
    }
    candidates.push({ index, record: checked.value, fingerprint: fingerprintOf(checked.value) });
  });
  return candidates;
}

type RosterCheck = { ok: true; person: RosterFacts } | { ok: false; error: FieldError };

/** The roster row the record is about, or the field error that refuses it. */
function checkRoster(
  viewer: Viewer,
  record: VerificationRecord,
  person: RosterFacts | undefined,
): RosterCheck {
  if (!person) {
    return { ok: false, error: { field: 'beneficiaryId', message: '名册中没有该人员' } };
  }
  if (!canCaptureIn(viewer, person.townshipCode)) {
    return { ok: false, error: { field: 'beneficiaryId', message: '该人员不在您负责的乡镇' } };
  }
  if (person.idNumber !== record.idNumber) {
    return { ok: false, error: { field: 'idNumber', message: '身份证号与名册不符' } };
  }
  return { ok: true, person };
}

function rowOf(context: Context, accepted: Accepted, late: boolean): VerificationRow {
  const { record, fingerprint } = accepted.candidate;
  const { person } = accepted;
  const outcome = verificationOutcome(record);
  const amountReceived = new Prisma.Decimal(record.amountReceivedYuan);
  const amountDue = new Prisma.Decimal(person.monthlyAmountDue);
  return {
    id: record.id,
    countyCode: person.countyCode,
    townshipCode: person.townshipCode,
    villageCode: person.villageCode,
    beneficiaryId: record.beneficiaryId,
    scheme: person.scheme,
    year: record.year,
    identityConfirmed: record.identityConfirmed,
    identityMethod: record.identityMethod,
    alive: record.alive,
    deathDate: record.deathDate,
    eligible: record.eligible,
    ineligibleReason: record.ineligibleReason,
    outcome: outcomeToDb(outcome),
    amountReceived: amountReceived.toString(),
    amountDue: amountDue.toString(),
    paymentCorrect: amountReceived.equals(amountDue),
    ineligiblePayment: outcome === 'aliveEligible' ? '0' : amountReceived.toString(),
    note: record.note,
    counted: false,
    capturedAt: captureInstant(record.capturedAt),
    deviceId: context.deviceId ?? record.deviceId,
    fingerprint,
    lateForLockedYear: late,
  };
}

/**
 * Stores the rows in one transaction; returns the counted flag, as this transaction commits
 * it, of each verification it inserted (ids absent from it were stored concurrently by others).
 * A verification counts exactly when its claim moved the pointer: the upsert holds the key's
 * row lock until the commit, so no other batch can move it in between.
 */
async function writeVerifications(
  context: Context,
  viewer: Viewer,
  rows: readonly VerificationRow[],
): Promise<Map<string, boolean>> {
  const claims = latestOfEachKey(rows);
  const guessed = rows.map((row) => ({ ...row, counted: claims.has(row.id) }));
  const work = async (sql: SqlRunner) => {
    const stored = await insertAndClaim(sql, viewer.id, guessed);
    if (stored.size === 0) return new Map<string, boolean>();
    await alignCountedFlags(sql, unsettledKeys(guessed, stored));
    const records = rows.filter((row) => stored.has(row.id));
    const counted = new Map([...stored].map(([id, outcome]) => [id, outcome.counted]));
    await auditStoredBatch(sql, context, {
      action: 'sync.verifications',
      entity: 'Verification',
      records,
      counted: [...counted.values()].filter(Boolean).length,
      late: records.filter((row) => row.lateForLockedYear).length,
    });
    return counted;
  };
  return context.db.sql.transaction(work);
}

export async function ingestVerifications(
  context: Context,
  viewer: Viewer,
  answers: BatchAnswers,
): Promise<void> {
  const firsts = answers.firstOccurrences(validated(context, answers));
  if (firsts.length === 0) return;
  const { sql } = context.db;
  const records = firsts.map((candidate) => candidate.record);
  const reader = combinedReader(sql);
  const [stored, roster, locks] = await Promise.all([
    storedVerifications(
      reader,
      records.map((record) => record.id),
    ),
    rosterFacts(
      reader,
      records.map((record) => record.beneficiaryId),
    ),
    yearLocks(
      reader,
      records.map((record) => record.year),
    ),
  ]);

  const accepted: Accepted[] = [];
  for (const candidate of firsts) {
    const { index, record, fingerprint } = candidate;
    const replay = stored.get(record.id);
    if (replay) {
      answers.answer(replayResult(index, record.id, fingerprint, replay));
      continue;
    }
    const checked = checkRoster(viewer, record, roster.get(record.beneficiaryId));
    if (!checked.ok) {
      answers.answer(rejected(index, record.id, [checked.error]));
      continue;
    }
    accepted.push({ candidate, person: checked.person });
  }
  if (accepted.length === 0) return;

  const rows = accepted.map((item) =>
    rowOf(context, item, locks.has(item.person.countyCode, item.candidate.record.year)),
  );
  const counted = await writeVerifications(context, viewer, rows);

  const lost: Verification[] = [];
  for (const [position, row] of rows.entries()) {
    const { candidate } = accepted[position] as Accepted;
    const flag = counted.get(row.id);
    if (flag === undefined) {
      lost.push(candidate);
      continue;
    }
    answers.answer({
      id: row.id,
      index: candidate.index,
      status: 'ACCEPTED',
      errors: [],
      counted: flag,
      lateForLockedYear: row.lateForLockedYear,
    });
  }
  await answerLostRaces(answers, lost, (ids) => storedVerifications(sql, ids));
}
