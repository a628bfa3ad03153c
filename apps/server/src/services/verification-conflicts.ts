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
  /** The county manager's choice of the counted verification, if one was made. */
  resolution: ConflictResolution | null;
}

/** 处理结果 — which verification the county manager chose to count, when and why. */
export interface ConflictResolution {
  resolvedAt: Date;
  resolvedBy: string | null;
  note: string | null;
  /** Verifications received after the choice: the conflict needs another look. */
  newerVerifications: number;
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

/** The conflicts of these people (in this order) for a county's year, masked for the viewer. */
export async function conflictsOf(
  context: Context,
  viewer: Viewer,
  { countyCode, year }: { countyCode: string; year: number },
  ids: readonly string[],
): Promise<VerificationConflict[]> {
  const { prisma } = context.db;
  const [people, verifications, pointers] = await Promise.all([
    prisma.beneficiary.findMany({ where: { id: { in: [...ids] } }, select: ROSTER_PERSON_SELECT }),
    prisma.verification.findMany({
      where: { countyCode, year, beneficiaryId: { in: [...ids] } },
      orderBy: [{ capturedAt: 'desc' }, { id: 'desc' }],
      select: SUMMARY_SELECT,
    }),
    prisma.countedVerification.findMany({
      where: { year, beneficiaryId: { in: [...ids] }, resolvedAt: { not: null } },
      select: { beneficiaryId: true, resolvedAt: true, resolvedBy: true, resolutionNote: true },
    }),
  ]);
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const resolutions = new Map(pointers.map((pointer) => [pointer.beneficiaryId, pointer]));
  return ids.map((beneficiaryId): VerificationConflict => {
    const person = peopleById.get(beneficiaryId);
    const own = verifications.filter((item) => item.beneficiaryId === beneficiaryId);
    const resolution = resolutions.get(beneficiaryId);
    const at = resolution?.resolvedAt ?? null;
    return {
      beneficiaryId,
      beneficiary: person ? presentPerson(viewer, person) : null,
      counted: own.find((item) => item.counted) ?? null,
      others: own.filter((item) => !item.counted),
      resolution:
        at === null || !resolution
          ? null
          : {
              resolvedAt: at,
              resolvedBy: resolution.resolvedBy,
              note: resolution.resolutionNote,
              newerVerifications: own.filter((item) => item.receivedAt > at).length,
            },
    };
  });
}

export function verificationConflicts(context: Context, viewer: Viewer, query: ConflictQuery) {
  const { prisma } = context.db;
  const { countyCode, year } = query;
  if (!/^\d{6}$/.test(countyCode)) {
    const message = '县级代码应为 6 位数字';
    throw new GraphQLError(message, {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'countyCode', message }] },
    });
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
      return conflictsOf(
        context,
        viewer,
        { countyCode, year },
        groups.map((group) => group.beneficiaryId),
      );
    },
  );
}
