import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';

/**
 * 当前评价年度 — the latest year for which the viewer's county has a project and has not locked
 * the year; null for a viewer without a county, or a county without an open year.
 */
export async function evaluationYear(context: Context, viewer: Viewer): Promise<number | null> {
  const countyCode = viewer.scopeCode?.length === 6 ? viewer.scopeCode : null;
  if (countyCode === null || countyCode.endsWith('00')) return null;
  const [row] = await context.db.sql.query<{ year: number | null }>(
    `SELECT max(p.year)::int AS year FROM "Project" p
     WHERE p."countyCode" = $1
       AND NOT EXISTS (SELECT 1 FROM "YearLock" l WHERE l."countyCode" = p."countyCode" AND l.year = p.year)`,
    [countyCode],
  );
  return row?.year ?? null;
}
