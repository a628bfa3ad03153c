import { type DefaultConnectionArguments, resolveCursorConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { presentPerson, ROSTER_PERSON_SELECT, type RosterPerson } from './roster-person.ts';

/**
 * 名册下载 — a township's roster for offline use. Rows come in version order; a phone keeps the
 * connection's maxVersion once it has read every page and next time asks only for the rows
 * changed since (sinceVersion). Cursors are row versions.
 */
export const ROSTER_PAGE_DEFAULT = 500;
export const ROSTER_PAGE_MAX = 2000;

export interface RosterQuery extends DefaultConnectionArguments {
  townshipCode: string;
  sinceVersion?: bigint | null;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function versionCursor(cursor: string | undefined): bigint | undefined {
  if (cursor === undefined) return undefined;
  if (!/^\d{1,19}$/.test(cursor)) throw badInput('分页游标无效');
  return BigInt(cursor);
}

/** Checks a township code's form (9 digits); whether the viewer may read it is the caller's. */
export function assertTownshipCode(code: string): void {
  if (!/^\d{9}$/.test(code)) throw badInput('乡镇代码应为 9 位数字');
}

export async function townshipRoster(context: Context, viewer: Viewer, query: RosterQuery) {
  const { prisma } = context.db;
  const { townshipCode } = query;
  const since = query.sinceVersion ?? 0n;
  // Read first: a row changed while the pages are read gets a higher version and comes again.
  const aggregate = await prisma.beneficiary.aggregate({
    where: { townshipCode },
    _max: { version: true },
  });
  const connection = await resolveCursorConnection<Promise<RosterPerson[]>>(
    {
      args: query,
      defaultSize: ROSTER_PAGE_DEFAULT,
      maxSize: ROSTER_PAGE_MAX,
      toCursor: (person: RosterPerson) => person.version.toString(),
    },
    async ({ before, after, limit, inverted }) => {
      const afterVersion = versionCursor(after);
      const beforeVersion = versionCursor(before);
      const lower = afterVersion !== undefined && afterVersion > since ? afterVersion : since;
      const rows = await prisma.beneficiary.findMany({
        where: {
          townshipCode,
          version: { gt: lower, ...(beforeVersion !== undefined ? { lt: beforeVersion } : {}) },
        },
        orderBy: { version: inverted ? 'desc' : 'asc' },
        take: limit,
        select: ROSTER_PERSON_SELECT,
      });
      return rows.map((row) => presentPerson(viewer, row));
    },
  );
  return { ...connection, maxVersion: aggregate._max.version ?? 0n };
}
