import type { Database } from '@jixiao/db';
import { townshipsOf } from '@jixiao/demo-data';

/**
 * The soak's field workers (外勤): the demo has three, the soak needs up to hundreds, so they are
 * created through the database layer in 莎车县, with the demo password (the hash is taken from
 * the demo worker, so nothing is hashed here). Each works in one or two townships, and townships
 * are shared between workers, so that two workers sometimes verify the same person.
 */
export const SOAK_COUNTY = '653125';
export const SOAK_YEAR = 2020;
/** The demo field worker whose password hash the soak workers get (the demo password). */
const HASH_DONOR = 'shache-worker';

export interface WorkerAccount {
  index: number;
  username: string;
  userId: string;
  /** 设备编号: sent as x-device-id and in every record. */
  deviceId: string;
  /** The townships it captures in, its own first. */
  townshipCodes: string[];
}

/**
 * Townships per worker: workers take the county's townships in turn from a pool of two thirds as
 * many townships as workers (so most townships have two workers), and every third worker helps
 * out in the next township too.
 */
export function assignTownships(workers: number, townships: readonly string[]): string[][] {
  const poolSize = Math.max(1, Math.min(townships.length, Math.ceil((workers * 2) / 3)));
  const pool = townships.slice(0, poolSize);
  return Array.from({ length: workers }, (_, index) => {
    const own = pool[index % pool.length] as string;
    const helps = pool[(index + 1) % pool.length] as string;
    return index % 3 === 2 && helps !== own ? [own, helps] : [own];
  });
}

export function soakUsername(index: number): string {
  return `soak-worker-${String(index + 1).padStart(3, '0')}`;
}

/** Creates the workers' accounts (the server must have seeded the demo). */
export async function createWorkerAccounts(
  database: Database,
  workers: number,
): Promise<WorkerAccount[]> {
  const { prisma } = database;
  const donor = await prisma.user.findUnique({ where: { username: HASH_DONOR } });
  if (!donor) throw new Error(`the demo user ${HASH_DONOR} is missing: was the demo seeded?`);
  const townships = townshipsOf(SOAK_COUNTY).map((township) => township.code);
  const assignment = assignTownships(workers, townships);
  const accounts: WorkerAccount[] = [];
  for (const [index, townshipCodes] of assignment.entries()) {
    const username = soakUsername(index);
    const user = await prisma.user.create({
      data: {
        username,
        displayName: `压力测试外勤 ${index + 1}`,
        role: 'FIELD_WORKER',
        scopeCode: SOAK_COUNTY,
        passwordHash: donor.passwordHash,
        townships: { create: townshipCodes.map((townshipCode) => ({ townshipCode })) },
      },
    });
    accounts.push({
      index,
      username,
      userId: user.id,
      deviceId: `soak-phone-${String(index + 1).padStart(3, '0')}`,
      townshipCodes,
    });
  }
  return accounts;
}
