import { audit } from '../audit.ts';
import { requireManage, requireRead } from '../auth/guards.ts';
import type { Context } from '../context.ts';
import { InvalidInputError } from '../schema/errors.ts';

/**
 * 年度锁定 — a county closes a year for evaluation. Records captured for a locked year that sync
 * later are kept and flagged (lateForLockedYear), and the rollups leave them out. Locking twice
 * keeps the first lock; unlocking an open year changes nothing. Every call is audited (with
 * whether it changed anything).
 */
export interface YearLockStatus {
  countyCode: string;
  year: number;
  locked: boolean;
  lockedAt: Date | null;
}

export const FIRST_LOCKABLE_YEAR = 2000;
export const LAST_LOCKABLE_YEAR = 2100;

function checkYear(year: number): void {
  if (year < FIRST_LOCKABLE_YEAR || year > LAST_LOCKABLE_YEAR) {
    throw new InvalidInputError('年度无效', [
      {
        field: 'year',
        message: `年度应在 ${FIRST_LOCKABLE_YEAR} 到 ${LAST_LOCKABLE_YEAR} 之间，实为 ${year}`,
      },
    ]);
  }
}

export async function lockYear(
  context: Context,
  countyCode: string,
  year: number,
): Promise<YearLockStatus> {
  const viewer = requireManage(context, countyCode);
  checkYear(year);
  const lock = await context.db.prisma.$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING: two managers locking at once both succeed, the first lock stays.
    const created = await tx.yearLock.createMany({
      data: [{ countyCode, year, lockedBy: viewer.id }],
      skipDuplicates: true,
    });
    await audit(tx, context, {
      action: 'year.lock',
      entity: 'YearLock',
      entityId: `${countyCode}:${year}`,
      countyCode,
      details: { year, changed: created.count > 0 },
    });
    return tx.yearLock.findUniqueOrThrow({ where: { countyCode_year: { countyCode, year } } });
  });
  return { countyCode, year, locked: true, lockedAt: lock.lockedAt };
}

export async function unlockYear(
  context: Context,
  countyCode: string,
  year: number,
): Promise<YearLockStatus> {
  requireManage(context, countyCode);
  checkYear(year);
  await context.db.prisma.$transaction(async (tx) => {
    const removed = await tx.yearLock.deleteMany({ where: { countyCode, year } });
    await audit(tx, context, {
      action: 'year.unlock',
      entity: 'YearLock',
      entityId: `${countyCode}:${year}`,
      countyCode,
      details: { year, changed: removed.count > 0 },
    });
  });
  return { countyCode, year, locked: false, lockedAt: null };
}

/** Whether a county's year is locked, for whoever may read the county. */
export async function yearLockStatus(
  context: Context,
  countyCode: string,
  year: number,
): Promise<YearLockStatus> {
  requireRead(context, countyCode);
  checkYear(year);
  const lock = await context.db.prisma.yearLock.findUnique({
    where: { countyCode_year: { countyCode, year } },
  });
  return { countyCode, year, locked: lock !== null, lockedAt: lock?.lockedAt ?? null };
}
