import type { VerificationOutcome } from '@jixiao/db';
import { type DefaultConnectionArguments, resolveCursorConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { presentPerson, ROSTER_PERSON_SELECT, type RosterPerson } from './roster-person.ts';

/**
 * 重复核实 — the people of a county verified more than once in a year (two workers, two
 * devices, a correction). All the verifications are kept; one counts (the latest capture), the
 * others are history the county manager reviews. Exact replays are never stored twice, so they
 * never show here. Paged by beneficiary id.
 */
export interface VerificationSummary {
  id: string;
  capturedAt: Date;
  receivedAt: Date;
  outcome: VerificationOutcome;
  workerId: string;
  townshipCode: string;
  counted: boolean;
  lateForLockedYear: boolean;
}

export interface VerificationConflict {
  beneficiaryId: string;
  /** Masked per role; null if the person has left the roster. */
  beneficiary: RosterPerson | null;
  counted: VerificationSummary | null;
  /** The verifications that do not count, latest capture first. */
  others: VerificationSummary[];
}

export interface ConflictQuery extends DefaultConnectionArguments {
  countyCode: string;
  year: number;
}

const SUMMARY_SELECT = {
  id: true,
  beneficiaryId: true,
  capturedAt: true,
  receivedAt: true,
  outcome: true,
  workerId: true,
  townshipCode: true,
  counted: true,
  lateForLockedYear: true,
} as const;

export function verificationConflicts(context: Context, viewer: Viewer, query: ConflictQuery) {
  const { prisma } = context.db;
  const { countyCode, year } = query;
  if (!/^\d{6}$/.test(countyCode)) {
    throw new GraphQLError('县级代码应为 6 位数字', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return resolveCursorConnection<Promise<VerificationConflict[]>>(
    {
      args: query,
      defaultSize: 100,
      maxSize: 500,
      toCursor: (conflict: VerificationConflict) => conflict.beneficiaryId,
    },
    async ({ before, after, limit, inverted }) => {
      const groups = await prisma.verification.groupBy({
        by: ['beneficiaryId'],
        where: { countyCode, year, beneficiaryId: { gt: after, lt: before } },
        having: { beneficiaryId: { _count: { gt: 1 } } },
        orderBy: { beneficiaryId: inverted ? 'desc' : 'asc' },
        take: limit,
      });
      const ids = groups.map((group) => group.beneficiaryId);
      const [people, verifications] = await Promise.all([
        prisma.beneficiary.findMany({ where: { id: { in: ids } }, select: ROSTER_PERSON_SELECT }),
        prisma.verification.findMany({
          where: { countyCode, year, beneficiaryId: { in: ids } },
          orderBy: [{ capturedAt: 'desc' }, { id: 'desc' }],
          select: SUMMARY_SELECT,
        }),
      ]);
      const peopleById = new Map(people.map((person) => [person.id, person]));
      return ids.map((beneficiaryId): VerificationConflict => {
        const person = peopleById.get(beneficiaryId);
        const own = verifications.filter((item) => item.beneficiaryId === beneficiaryId);
        return {
          beneficiaryId,
          beneficiary: person ? presentPerson(viewer, person) : null,
          counted: own.find((item) => item.counted) ?? null,
          others: own.filter((item) => !item.counted),
        };
      });
    },
  );
}
