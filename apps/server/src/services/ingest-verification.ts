import { outcomeToDb, Prisma, type PrismaClient } from '@jixiao/db';
import {
  type FieldError,
  type VerificationRecord,
  validateVerification,
  verificationOutcome,
} from '@jixiao/domain';
import { audit } from '../audit.ts';
import { canCaptureIn } from '../auth/access-policy.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { captureInstant } from './capture-time.ts';
import { claimCounted } from './counted-verification.ts';
import { inRecordTransaction } from './record-transaction.ts';
import {
  fingerprintOf,
  readableId,
  rejected,
  replayResult,
  type StoredRecord,
  type SyncRecordResult,
} from './sync-result.ts';

/**
 * 核实记录入库 — one synced verification: validated by the domain, checked against the roster
 * and the worker's townships, stored with the roster's county, township, village, scheme and
 * amount due, and counted if it is the latest capture of the person that year.
 */
type Reader = Pick<PrismaClient, 'verification'> | Prisma.TransactionClient;

function findStored(client: Reader, id: string): Promise<StoredRecord | null> {
  return client.verification.findUnique({
    where: { id },
    select: { fingerprint: true, counted: true, lateForLockedYear: true },
  });
}

interface RosterFacts {
  countyCode: string;
  townshipCode: string;
  villageCode: string | null;
  scheme: Prisma.BeneficiaryModel['scheme'];
  monthlyAmountDue: Prisma.Decimal;
}

/** The roster row the record is about, or the field error that refuses it. */
async function rosterFacts(
  context: Context,
  viewer: Viewer,
  record: VerificationRecord,
): Promise<{ ok: true; facts: RosterFacts } | { ok: false; error: FieldError }> {
  const person = await context.db.prisma.beneficiary.findUnique({
    where: { id: record.beneficiaryId },
    select: {
      countyCode: true,
      townshipCode: true,
      villageCode: true,
      scheme: true,
      idNumber: true,
      monthlyAmountDue: true,
    },
  });
  if (!person) {
    return { ok: false, error: { field: 'beneficiaryId', message: '名册中没有该人员' } };
  }
  if (!canCaptureIn(viewer, person.townshipCode)) {
    return { ok: false, error: { field: 'beneficiaryId', message: '该人员不在您负责的乡镇' } };
  }
  if (person.idNumber !== record.idNumber) {
    return { ok: false, error: { field: 'idNumber', message: '身份证号与名册不符' } };
  }
  const { countyCode, townshipCode, villageCode, scheme, monthlyAmountDue } = person;
  return { ok: true, facts: { countyCode, townshipCode, villageCode, scheme, monthlyAmountDue } };
}

export async function ingestVerification(
  context: Context,
  viewer: Viewer,
  input: unknown,
  index: number,
): Promise<SyncRecordResult> {
  const checked = validateVerification(input, { now: context.now });
  if (!checked.ok) return rejected(index, readableId(input), checked.errors);
  const record = checked.value;
  const fingerprint = fingerprintOf(record);
  const { prisma } = context.db;

  const stored = await findStored(prisma, record.id);
  if (stored) return replayResult(index, record.id, fingerprint, stored);

  const roster = await rosterFacts(context, viewer, record);
  if (!roster.ok) return rejected(index, record.id, [roster.error]);
  const { facts } = roster;
  const capturedAt = captureInstant(record.capturedAt);
  const outcome = verificationOutcome(record);
  const amountReceived = new Prisma.Decimal(record.amountReceivedYuan);
  const deviceId = context.deviceId ?? record.deviceId;

  return inRecordTransaction(prisma, async (tx) => {
    const replay = await findStored(tx, record.id);
    if (replay) return replayResult(index, record.id, fingerprint, replay);

    const lock = await tx.yearLock.findUnique({
      where: { countyCode_year: { countyCode: facts.countyCode, year: record.year } },
      select: { year: true },
    });
    const late = lock !== null;
    const decision = late
      ? { counted: false, supersededId: null }
      : await claimCounted(tx, {
          beneficiaryId: record.beneficiaryId,
          year: record.year,
          verificationId: record.id,
          capturedAt,
        });

    await tx.verification.create({
      data: {
        id: record.id,
        countyCode: facts.countyCode,
        townshipCode: facts.townshipCode,
        villageCode: facts.villageCode,
        beneficiaryId: record.beneficiaryId,
        scheme: facts.scheme,
        year: record.year,
        identityConfirmed: record.identityConfirmed,
        identityMethod: record.identityMethod,
        alive: record.alive,
        deathDate: record.deathDate === null ? null : new Date(`${record.deathDate}T00:00:00Z`),
        eligible: record.eligible,
        ineligibleReason: record.ineligibleReason,
        outcome: outcomeToDb(outcome),
        amountReceived,
        amountDue: facts.monthlyAmountDue,
        paymentCorrect: amountReceived.equals(facts.monthlyAmountDue),
        ineligiblePayment: outcome === 'aliveEligible' ? new Prisma.Decimal(0) : amountReceived,
        note: record.note,
        counted: decision.counted,
        capturedAt,
        deviceId,
        workerId: viewer.id,
        fingerprint,
        lateForLockedYear: late,
      },
    });
    if (decision.supersededId !== null) {
      await tx.verification.update({
        where: { id: decision.supersededId },
        data: { counted: false },
      });
    }
    await audit(
      tx,
      { ...context, deviceId },
      {
        action: 'sync.verification',
        entity: 'Verification',
        entityId: record.id,
        countyCode: facts.countyCode,
        details: {
          status: 'ACCEPTED',
          counted: decision.counted,
          lateForLockedYear: late,
          supersededId: decision.supersededId,
        },
      },
    );
    return {
      id: record.id,
      index,
      status: 'ACCEPTED',
      errors: [],
      counted: decision.counted,
      lateForLockedYear: late,
    };
  });
}
