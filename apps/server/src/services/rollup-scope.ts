import type { DivisionLevel, SqlSession } from '@jixiao/db';
import { checkDivisionCode } from '@jixiao/domain';
import type { RollupArea } from './rollup-queries.ts';

/**
 * The area a rollup covers, read from the division tree: the counties whose capture rows it
 * takes (every capture table carries its county, so the filter is `"countyCode" = ANY($1)` and
 * the county indexes serve it), a township when the rollup is for one, and the townships whose
 * progress it lists.
 */
export interface RollupScope extends RollupArea {
  division: { code: string; name: string; level: DivisionLevel };
  /** Every township in the area, by code, with its name. */
  townships: { code: string; name: string }[];
}

interface TreeRow {
  code: string;
  name: string;
  level: DivisionLevel;
}

/**
 * One recursive query walks from the division down to the townships (never to the villages):
 * a prefecture gives its counties and their townships, a county its townships.
 */
const SCOPE_SQL = `
WITH RECURSIVE tree AS (
  SELECT code, name, level, 0 AS depth FROM "Division" WHERE code = $1
  UNION ALL
  SELECT child.code, child.name, child.level, tree.depth + 1
  FROM "Division" child JOIN tree ON child."parentCode" = tree.code
  WHERE tree.level NOT IN ('TOWNSHIP', 'VILLAGE')
)
SELECT code, name, level::text AS level FROM tree ORDER BY depth, code`;

export type ScopeProblem = 'unknown' | 'village';

/** The scope of a division code, or why there is none. */
export async function resolveRollupScope(
  sql: SqlSession,
  code: string,
): Promise<RollupScope | ScopeProblem> {
  const rows = await sql.query<TreeRow>(SCOPE_SQL, [code]);
  const division = rows[0];
  if (!division) return 'unknown';
  if (division.level === 'VILLAGE') return 'village';
  const townships = rows
    .filter((row) => row.level === 'TOWNSHIP')
    .map(({ code: townshipCode, name }) => ({ code: townshipCode, name }));
  if (division.level === 'TOWNSHIP') {
    return {
      division,
      countyCodes: [code.slice(0, 6)],
      townshipCode: code,
      townships,
    };
  }
  const countyCodes = rows.filter((row) => row.level === 'COUNTY').map((row) => row.code);
  return { division, countyCodes, townshipCode: null, townships };
}

/**
 * The rows of a county or a township follow from the code itself, so their aggregations can start
 * while the tree is read; a prefecture's counties come from the tree (null here).
 */
export function areaOfCode(code: string): RollupArea | null {
  const check = checkDivisionCode(code);
  if (!check.ok) return null;
  if (check.level === 'county') return { countyCodes: [code], townshipCode: null };
  if (check.level === 'township') return { countyCodes: [code.slice(0, 6)], townshipCode: code };
  return null;
}
