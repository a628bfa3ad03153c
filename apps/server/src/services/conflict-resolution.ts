import { audit } from '../audit.ts';
import { requireManage, requireViewer } from '../auth/guards.ts';
import type { Context } from '../context.ts';
import { InvalidInputError, NotFoundError } from '../schema/errors.ts';
import { conflictsOf, type VerificationConflict } from './verification-conflicts.ts';

/**
 * 重复核实处理 — the county manager chooses which of a person's verifications of a year counts
 * (the latest capture counts until then). The choice moves the person's counted pointer and the
 * counted flags in one transaction and pins the pointer: later syncs of the person for that year
 * are kept as history and flag the conflict for another look, but do not override the choice.
 * Choosing again replaces the choice. Not allowed for a locked year (its figures are final) or
 * for a verification that arrived after the year was locked (it never counts).
 */
export const MAX_RESOLUTION_NOTE = 500;

export async function resolveVerificationConflict(
  context: Context,
  verificationId: string,
  note: string | null,
): Promise<VerificationConflict> {
  requireViewer(context);
  const text = note?.trim() || null;
  if (text?.includes('\u0000')) {
    throw new InvalidInputError('处理说明含有无法保存的字符', [
      { field: 'note', message: '含有无法保存的空字符（U+0000）' },
    ]);
  }
  if (text !== null && text.length > MAX_RESOLUTION_NOTE) {
    throw new InvalidInputError('处理说明过长', [
      { field: 'note', message: `处理说明最多 ${MAX_RESOLUTION_NOTE} 字，实为 ${text.length} 字` },
    ]);
  }
  const { prisma } = context.db;
  // A UUID, not just 36 hex digits and dashes: the column refuses anything else.
  const chosen = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
    verificationId,
  )
    ? await prisma.verification.findUnique({
        where: { id: verificationId.toLowerCase() },
        select: {
          id: true,
          countyCode: true,
          beneficiaryId: true,
          year: true,
          capturedAt: true,
          lateForLockedYear: true,
        },
      })
    : null;
  if (!chosen) throw new NotFoundError('没有该核实记录');
  const viewer = requireManage(context, chosen.countyCode);
  if (chosen.lateForLockedYear) {
    throw new InvalidInputError('该核实记录在年度锁定后同步，不能计入', [
      { field: 'verificationId', message: '年度锁定后同步的核实记录只作保留，不能选为计数记录' },
    ]);
  }
  const { beneficiaryId, year, countyCode } = chosen;

  await prisma.$transaction(async (tx) => {
    // Read inside the transaction: a lock taken meanwhile refuses the change.
    const lock = await tx.yearLock.findUnique({
      where: { countyCode_year: { countyCode, year } },
    });
    if (lock) {
      throw new InvalidInputError(`${year} 年度已锁定`, [
        { field: 'verificationId', message: `${year} 年度已锁定，不能更改计数的核实记录` },
      ]);
    }
    const resolution = {
      verificationId: chosen.id,
      capturedAt: chosen.capturedAt,
      resolvedAt: context.now,
      resolvedBy: viewer.id,
      resolutionNote: text,
    };
    // The upsert row-locks the pointer: a sync claiming the person waits for this commit.
    await tx.countedVerification.upsert({
      where: { beneficiaryId_year: { beneficiaryId, year } },
      create: { beneficiaryId, year, ...resolution },
      update: resolution,
    });
    await tx.$executeRaw`
      UPDATE "Verification" SET counted = (id = ${chosen.id}::uuid)
      WHERE "beneficiaryId" = ${beneficiaryId} AND year = ${year}
        AND NOT "lateForLockedYear" AND counted IS DISTINCT FROM (id = ${chosen.id}::uuid)`;
    await audit(tx, context, {
      action: 'verification.resolveConflict',
      entity: 'Verification',
      entityId: chosen.id,
      countyCode,
      details: { year, noted: text !== null },
    });
  });
  const [conflict] = await conflictsOf(context, viewer, { countyCode, year }, [beneficiaryId]);
  if (!conflict) throw new NotFoundError('没有该核实记录');
  return conflict;
}
