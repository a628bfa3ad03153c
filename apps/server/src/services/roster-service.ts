import { type DefaultConnectionArguments, resolveCursorConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { presentPerson, ROSTER_PERSON_SELECT, type RosterPerson } from './roster-person.ts';

/**
 * 名册下载 — a township's roster for offline use. Rows come in version order; a phone keeps the
 * connection's maxVersion once it has read every page and next time asks only for the rows
 * changed since (sinceVersion), and deletes the people who left the township since
 * (departedIds) unless they came back (then they are among the rows). Cursors are row versions.
 */
export const ROSTER_PAGE_DEFAULT = 500;
export const ROSTER_PAGE_MAX = 2000;

export interface RosterQuery extends DefaultConnectionArguments {
  townshipCode: string;
  sinceVersion?: bigint | null;
}

/** An input error naming the argument it is about (fieldErrors, as every input error does). */
function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field, message }] },
  });
}

function versionCursor(field: 'after' | 'before', cursor: string | undefined): bigint | undefined {
  if (cursor === undefined) return undefined;
  if (!/^\d{1,19}$/.test(cursor)) throw badInput(field, '分页游标无效');
  return BigInt(cursor);
}

/** Checks a township code's form (9 digits); whether the viewer may read it is the caller's. */
export function assertTownshipCode(code: string): void {
  if (!/^\d{9}$/.test(code)) throw badInput('townshipCode', '乡镇代码应为 9 位数字');
}

export async function townshipRoster(context: Context, viewer: Viewer, query: RosterQuery) {
  const { prisma } = context.db;
  const { townshipCode } = query;
  const since = query.sinceVersion ?? 0n;
  // Read first: a row changed while the pages are read gets a higher version and comes again.
  // Roster writers draw versions in commit order (see the roster_versions migration), so no
  // version below the highest one seen can still appear later.
  const [rows, departures] = await Promise.all([
    prisma.beneficiary.aggregate({ where: { townshipCode }, _max: { version: true } }),
    prisma.rosterDeparture.aggregate({ where: { townshipCode }, _max: { version: true } }),
  ]);
  const maxVersion = [rows._max.version ?? 0n, departures._max.version ?? 0n].reduce(
    (max, version) => (version > max ? version : max),
  );
  // On a delta, the people who left the township since: the phone deletes them.
  const departedIds =
    since > 0n
      ? (
          await prisma.rosterDeparture.findMany({
            where: { townshipCode, version: { gt: since, lte: maxVersion } },
            select: { beneficiaryId: true },
            orderBy: { version: 'asc' },
          })
        ).map((departure) => departure.beneficiaryId)
      : [];
  const connection = await resolveCursorConnection<Promise<RosterPerson[]>>(
    {
      args: query,
      defaultSize: ROSTER_PAGE_DEFAULT,
      maxSize: ROSTER_PAGE_MAX,
      toCursor: (person: RosterPerson) => person.version.toString(),
    },
    async ({ before, after, limit, inverted }) => {
      const afterVersion = versionCursor('after', after);
      const beforeVersion = versionCursor('before', before);
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
  return { ...connection, maxVersion, departedIds: [...new Set(departedIds)] };
}
