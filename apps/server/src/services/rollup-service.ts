import type { Scheme } from '@jixiao/db';
import type { Context } from '../context.ts';
import {
  type SurveyRollup,
  surveyRollupOf,
  type VerificationFigures,
  verificationFiguresOf,
} from './rollup-figures.ts';
import {
  queryPeopleCells,
  querySurveyCells,
  queryVerificationCells,
  type RollupArea,
} from './rollup-queries.ts';
import {
  areaOfCode,
  type RollupScope,
  resolveRollupScope,
  type ScopeProblem,
} from './rollup-scope.ts';

/**
 * 汇总 — the field work of a township, county or prefecture in one year, optionally of one
 * scheme: survey rates per respondent group with their 95% intervals, verification coverage,
 * outcomes, payment accuracy and the amount to recover, and the same per township.
 *
 * Queries per rollup: two aggregations run side by side (two pooled connections on PostgreSQL,
 * one after the other on PGlite) — the verifications grouped by township; the roster count by
 * township and the survey responses by township and respondent group in one UNION ALL — plus
 * one small recursive query on the division tree (the area's name and townships), which for a
 * county or a township runs alongside them (for a prefecture it comes first: it lists the
 * counties). The totals are sums of the township cells, so progress and totals always agree.
 *
 * The scheme filters the verifications and the roster; survey responses carry no scheme (they
 * are split by respondent group instead) and are not filtered by it.
 */
export interface TownshipProgress {
  code: string;
  name: string;
  surveys: SurveyRollup;
  verifications: VerificationFigures;
}

export interface Rollup {
  division: RollupScope['division'];
  year: number;
  scheme: Scheme | null;
  surveys: SurveyRollup;
  verifications: VerificationFigures;
  townships: TownshipProgress[];
}

/** The survey figures of an area and year (one query). */
export async function surveyRollup(
  context: Context,
  area: RollupArea,
  year: number,
): Promise<SurveyRollup> {
  return surveyRollupOf(await querySurveyCells(context.db.sql, area, year));
}

/** The verification figures of an area, year and scheme, without the roster (one query). */
export async function verificationRollup(
  context: Context,
  area: RollupArea,
  year: number,
  scheme: Scheme | null,
): Promise<VerificationFigures> {
  return verificationFiguresOf(await queryVerificationCells(context.db.sql, area, year, scheme));
}

function groupByTownship<Cell extends { townshipCode: string }>(
  cells: readonly Cell[],
): Map<string, Cell[]> {
  const groups = new Map<string, Cell[]>();
  for (const cell of cells) {
    const group = groups.get(cell.townshipCode);
    if (group) group.push(cell);
    else groups.set(cell.townshipCode, [cell]);
  }
  return groups;
}

function aggregate(context: Context, area: RollupArea, year: number, scheme: Scheme | null) {
  return Promise.all([
    queryPeopleCells(context.db.sql, area, year, scheme),
    queryVerificationCells(context.db.sql, area, year, scheme),
  ]);
}

type Cells = Awaited<ReturnType<typeof aggregate>>;

/** The scope and the cells: side by side when the code tells the area, else the tree first. */
async function scopeAndCells(
  context: Context,
  code: string,
  year: number,
  scheme: Scheme | null,
): Promise<{ scope: RollupScope; cells: Cells } | ScopeProblem> {
  const known = areaOfCode(code);
  if (known) {
    const [scope, cells] = await Promise.all([
      resolveRollupScope(context.db.sql, code),
      aggregate(context, known, year, scheme),
    ]);
    return typeof scope === 'string' ? scope : { scope, cells };
  }
  const scope = await resolveRollupScope(context.db.sql, code);
  if (typeof scope === 'string') return scope;
  return { scope, cells: await aggregate(context, scope, year, scheme) };
}

/** The rollup of a division, or why there is none (an unknown code, a village). */
export async function rollup(
  context: Context,
  code: string,
  year: number,
  scheme: Scheme | null,
): Promise<Rollup | ScopeProblem> {
  const found = await scopeAndCells(context, code, year, scheme);
  if (typeof found === 'string') return found;
  const {
    scope,
    cells: [{ surveys: surveyCells, roster: rosterCells }, verificationCells],
  } = found;
  // Every township of the area, with zeros where nothing was captured yet; a code found in the
  // data but missing from the tree is listed under its code.
  const names = new Map(scope.townships.map((township) => [township.code, township.name]));
  const surveysOf = groupByTownship(surveyCells);
  const rosterOf = groupByTownship(rosterCells);
  const verificationsOf = groupByTownship(verificationCells);
  for (const townshipCode of [...surveysOf.keys(), ...rosterOf.keys(), ...verificationsOf.keys()]) {
    if (!names.has(townshipCode)) names.set(townshipCode, townshipCode);
  }
  const townships = [...names]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([townshipCode, name]) => ({
      code: townshipCode,
      name,
      surveys: surveyRollupOf(surveysOf.get(townshipCode) ?? []),
      verifications: verificationFiguresOf(
        verificationsOf.get(townshipCode) ?? [],
        rosterOf.get(townshipCode) ?? [],
      ),
    }));
  return {
    division: scope.division,
    year,
    scheme,
    surveys: surveyRollupOf(surveyCells),
    verifications: verificationFiguresOf(verificationCells, rosterCells),
    townships,
  };
}
