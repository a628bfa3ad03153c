import type { Prisma } from '@jixiao/db';
import { RetryRecord } from './record-transaction.ts';

/**
 * 一人一年只计一次核实 — one verification per beneficiary and year counts: the latest capture
 * (on equal capture times, the greater record id, so that the order of arrival never matters).
 * The CountedVerification row (primary key beneficiaryId + year) is the lock: it is created if
 * missing, then locked with SELECT … FOR UPDATE, so that concurrent syncs of the same person
 * and year take turns on PostgreSQL.
 */
export interface CountedClaim {
  beneficiaryId: string;
  year: number;
  verificationId: string;
  capturedAt: Date;
}

export interface CountedDecision {
  /** Whether the new verification is now the counted one. */
  counted: boolean;
  /** The verification it displaced, which the caller marks as no longer counted. */
  supersededId: string | null;
}

function laterThan(claim: CountedClaim, current: { verificationId: string; capturedAt: Date }) {
  const difference = claim.capturedAt.getTime() - current.capturedAt.getTime();
  return difference > 0 || (difference === 0 && claim.verificationId > current.verificationId);
}

export async function claimCounted(
  tx: Prisma.TransactionClient,
  claim: CountedClaim,
): Promise<CountedDecision> {
  const key = { beneficiaryId: claim.beneficiaryId, year: claim.year };
  const created = await tx.countedVerification.createMany({ data: [claim], skipDuplicates: true });
  if (created.count === 1) return { counted: true, supersededId: null };

  const locked = await tx.$queryRaw<{ verificationId: string }[]>`
    SELECT "verificationId" FROM "CountedVerification"
    WHERE "beneficiaryId" = ${claim.beneficiaryId} AND "year" = ${claim.year}
    FOR UPDATE`;
  // Nothing to lock: the insert clashed on the verification id, which another sync of this very
  // record has just taken. Start again, to answer as a replay or a conflict.
  if (locked.length === 0) throw new RetryRecord('record id taken concurrently');
  const current = await tx.countedVerification.findUniqueOrThrow({
    where: { beneficiaryId_year: key },
  });
  if (!laterThan(claim, current)) return { counted: false, supersededId: null };
  await tx.countedVerification.update({
    where: { beneficiaryId_year: key },
    data: { verificationId: claim.verificationId, capturedAt: claim.capturedAt },
  });
  return { counted: true, supersededId: current.verificationId };
}
