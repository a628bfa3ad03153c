import type { Prisma, PrismaClient } from '@jixiao/db';

/**
 * One synced record = one interactive transaction. A transaction that loses a race for a
 * unique key (the same record id replayed concurrently, two writers of one counted row) is
 * rolled back and run again: the retry reads what the winner stored.
 */
export class RetryRecord extends Error {
  override name = 'RetryRecord';
}

const ATTEMPTS = 3;

/** PGlite runs one transaction at a time: a record may wait for the others of busy batches. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

function uniqueViolationCause(error: object): boolean {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } })
    .meta;
  return meta?.driverAdapterError?.cause?.originalCode === '23505';
}

/** A unique-key violation: P2002 from a model query, or 23505 from a raw one (P2010). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'P2002' || (code === 'P2010' && uniqueViolationCause(error));
}

export async function inRecordTransaction<T>(
  prisma: PrismaClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(work, TRANSACTION_OPTIONS);
    } catch (error) {
      const retry = error instanceof RetryRecord || isUniqueViolation(error);
      if (!retry || attempt >= ATTEMPTS) throw error;
    }
  }
}
