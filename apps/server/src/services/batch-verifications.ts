import { outcomeToDb } from '@jixiao/db';
import {
  type FieldError,
  type VerificationRecord,
  validateVerification,
  verificationOutcome,
} from '@jixiao/domain';
import { captureTownships } from '../auth/access-policy.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { storedVerifications } from './batch-lookups.ts';
import { captureInstant } from './capture-time.ts';
import { alignCountedFlags, unsettledKeys } from './counted-verifications-sql.ts';
import { answerLostRaces, type BatchAnswers, type Candidate } from './sync-batch.ts';
import { readableId, rejected, replayResult, storableFingerprint } from './sync-result.ts';
import {
  needsTransaction,
  storeVerifications,
  type Verdict,
  type VerificationInput,
  type VerificationOutcomeRow,
} from './verification-sql.ts';

/**
 * 核实记录批量入库 — a batch of synced verifications:
 * 1. every record validated by the domain (pure), and refused if it holds text PostgreSQL cannot
 *    store (storable-text.ts);
 * 2. one statement checks the records against what is stored, the roster, the worker's
 *    townships and the year locks, inserts the accepted ones with the roster's facts, claims
 *    their counted pointers and writes the batch's audit event (verification-sql.ts); a batch
 *    that is not the usual one (a replay, a refusal, a person verified before or twice) runs
 *    again inside a transaction that also makes the counted flags agree with the pointers.
 */
type Verification = Candidate<VerificationRecord>;

function validated(context: Context, answers: BatchAnswers): Verification[] {
  const candidates: Verification[] = [];
  answers.inputs.forEach((input, index) => {
    const checked = validateVerification(input, { now: context.now });
    const stored = checked.ok ? storableFingerprint(checked.value) : checked;
    if (!checked.ok || !stored.ok) {
      answers.answer(rejected(index, readableId(input), stored.ok ? [] : stored.errors));
      return;
    }
    candidates.push({ index, record: checked.value, fingerprint: stored.fingerprint });
  });
  return candidates;
}

/** The field error of each refusal the statement can give. */
const REFUSALS: Partial<Record<Verdict, FieldError>> = {
  notOnRoster: { field: 'beneficiaryId', message: '名册中没有该人员' },
  outsideTownships: { field: 'beneficiaryId', message: '该人员不在您负责的乡镇' },
  idNumberMismatch: { field: 'idNumber', message: '身份证号与名册不符' },
};

function inputOf(
  context: Context,
  { index, record, fingerprint }: Verification,
): VerificationInput {
  return {
    n: index,
    id: record.id,
    beneficiaryId: record.beneficiaryId,
    year: record.year,
    idNumber: record.idNumber,
    identityConfirmed: record.identityConfirmed,
    identityMethod: record.identityMethod,
    alive: record.alive,
    deathDate: record.deathDate,
    eligible: record.eligible,
    ineligibleReason: record.ineligibleReason,
    outcome: outcomeToDb(verificationOutcome(record)),
    amountReceived: record.amountReceivedYuan,
    note: record.note,
    capturedAt: captureInstant(record.capturedAt).toISOString(),
    deviceId: context.deviceId ?? record.deviceId,
    fingerprint,
  };
}

/**
 * Stores the batch: its statement alone, committed by itself, in the usual case (every record
 * new and accepted, each person's first verification of the year); else, inside one
 * transaction, the full statement and the alignment of the counted flags of the people whose
 * pointer the batch did not simply create.
 */
async function writeVerifications(
  context: Context,
  viewer: Viewer,
  inputs: readonly VerificationInput[],
): Promise<VerificationOutcomeRow[]> {
  const options = {
    workerId: viewer.id,
    townships: captureTownships(viewer),
    deviceId: context.deviceId,
  };
  try {
    return await storeVerifications(context.db.sql, { ...options, alone: true }, inputs);
  } catch (error) {
    if (!needsTransaction(error)) throw error;
  }
  return context.db.sql.transaction(async (sql) => {
    const outcomes = await storeVerifications(sql, { ...options, alone: false }, inputs);
    const byIndex = new Map(outcomes.map((outcome) => [outcome.n, outcome]));
    const inserted = inputs.flatMap((input) => {
      const outcome = byIndex.get(input.n);
      return outcome?.inserted ? [{ ...input, ...outcome }] : [];
    });
    await alignCountedFlags(sql, unsettledKeys(inserted));
    return outcomes;
  });
}

export async function ingestVerifications(
  context: Context,
  viewer: Viewer,
  answers: BatchAnswers,
): Promise<void> {
  const firsts = answers.firstOccurrences(validated(context, answers));
  if (firsts.length === 0) return;
  const outcomes = await writeVerifications(
    context,
    viewer,
    firsts.map((candidate) => inputOf(context, candidate)),
  );
  const byIndex = new Map(outcomes.map((outcome) => [outcome.n, outcome]));
  const lost: Verification[] = [];
  for (const candidate of firsts) {
    const { index, record, fingerprint } = candidate;
    const outcome = byIndex.get(index);
    if (!outcome) continue;
    const refusal = REFUSALS[outcome.verdict];
    if (refusal) {
      answers.answer(rejected(index, record.id, [refusal]));
    } else if (outcome.verdict === 'stored') {
      const stored = {
        fingerprint: outcome.storedFingerprint ?? '',
        counted: outcome.storedCounted ?? false,
        lateForLockedYear: outcome.storedLate ?? false,
      };
      answers.answer(replayResult(index, record.id, fingerprint, stored));
    } else if (outcome.inserted) {
      answers.answer({
        id: record.id,
        index,
        status: 'ACCEPTED',
        errors: [],
        counted: outcome.counted,
        lateForLockedYear: outcome.late,
      });
    } else {
      lost.push(candidate);
    }
  }
  await answerLostRaces(answers, lost, (ids) => storedVerifications(context.db.sql, ids));
}
