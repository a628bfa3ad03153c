import type { RespondentGroup, Scheme, SqlSession } from '@jixiao/db';

/**
 * The aggregation queries behind the rollups, each one scan per table grouped by township, so
 * that the township progress and the area's total come from the same rows (the total is the sum
 * of the township cells). Parameterised; filters that do not apply are left out of the SQL
 * rather than written as `$n IS NULL OR …`, so that the planner sees plain conditions.
 *
 * A rollup runs two of them side by side (on two pooled connections on PostgreSQL):
 * - `queryVerificationCells`: the verifications, grouped by township;
 * - `queryPeopleCells`: the roster count and the survey responses (grouped by township and
 *   respondent group) in one statement (UNION ALL).
 * The evaluation of a project asks only for what its bindings need: `querySurveyCells` and
 * `queryVerificationCells`.
 *
 * Only rows with lateForLockedYear = false count; late rows are counted apart. Of the
 * verifications, only `counted` rows (the latest capture per beneficiary and year) count.
 */

/** Which rows a rollup takes: the counties (by the county column every table carries), or one
 * township of a county. */
export interface RollupArea {
  countyCodes: string[];
  townshipCode: string | null;
}

/** Survey counters of one township and respondent group. */
export interface SurveyCell {
  townshipCode: string;
  respondentGroup: RespondentGroup;
  responses: number;
  satisfactionAnswers: number;
  satisfiedAnswers: number;
  /** Responses with at least one valid satisfaction answer: the interval's sample size. */
  satisfactionRespondents: number;
  awarenessAnswers: number;
  awareAnswers: number;
  awarenessRespondents: number;
  lateRecords: number;
}

/** Roster size (ACTIVE and SUSPENDED beneficiaries) of one township. */
export interface RosterCell {
  townshipCode: string;
  roster: number;
}

/** Verification counters of one township. */
export interface VerificationCell {
  townshipCode: string;
  verified: number;
  aliveEligible: number;
  deceased: number;
  moved: number;
  imprisoned: number;
  duplicateEnrolment: number;
  otherIneligible: number;
  paidCorrectly: number;
  ineligiblePayments: number;
  /** Sum of ineligiblePayment (元), exact, as PostgreSQL prints a numeric. */
  amountToRecover: string;
  lateRecords: number;
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function areaConditions(params: Params, area: RollupArea): string[] {
  const conditions = [`"countyCode" = ANY(${params.add(area.countyCodes)}::text[])`];
  if (area.townshipCode !== null) {
    conditions.push(`"townshipCode" = ${params.add(area.townshipCode)}`);
  }
  return conditions;
}

const COUNTS = 'FILTER (WHERE NOT "lateForLockedYear")';

/** The survey SELECT; `extra` appends columns (the UNION with the roster needs one more). */
function surveySelect(params: Params, area: RollupArea, year: number, extra = ''): string {
  const where = [...areaConditions(params, area), `"year" = ${params.add(year)}`];
  return `SELECT "townshipCode", "respondentGroup"::text AS "respondentGroup",
  count(*) ${COUNTS}::int AS "responses",
  coalesce(sum("satisfactionAnswers") ${COUNTS}, 0)::int AS "satisfactionAnswers",
  coalesce(sum("satisfiedAnswers") ${COUNTS}, 0)::int AS "satisfiedAnswers",
  count(*) FILTER (WHERE NOT "lateForLockedYear" AND "satisfactionAnswers" > 0)::int
    AS "satisfactionRespondents",
  coalesce(sum("awarenessAnswers") ${COUNTS}, 0)::int AS "awarenessAnswers",
  coalesce(sum("awareAnswers") ${COUNTS}, 0)::int AS "awareAnswers",
  count(*) FILTER (WHERE NOT "lateForLockedYear" AND "awarenessAnswers" > 0)::int
    AS "awarenessRespondents",
  count(*) FILTER (WHERE "lateForLockedYear")::int AS "lateRecords"${extra}
FROM "SurveyResponse"
WHERE ${where.join(' AND ')}
GROUP BY "townshipCode", "respondentGroup"`;
}

function schemeConditions(params: Params, scheme: Scheme | null): string[] {
  return scheme === null ? [] : [`"scheme" = ${params.add(scheme)}::"Scheme"`];
}

export async function querySurveyCells(
  sql: SqlSession,
  area: RollupArea,
  year: number,
): Promise<SurveyCell[]> {
  const params = new Params();
  return sql.query<SurveyCell>(surveySelect(params, area, year), params.values);
}

/** The roster count by township and the survey cells, from one statement. */
export async function queryPeopleCells(
  sql: SqlSession,
  area: RollupArea,
  year: number,
  scheme: Scheme | null,
): Promise<{ surveys: SurveyCell[]; roster: RosterCell[] }> {
  const params = new Params();
  const surveys = surveySelect(params, area, year, `,\n  NULL::int AS "roster"`);
  const rosterWhere = [
    ...areaConditions(params, area),
    ...schemeConditions(params, scheme),
    `"status" IN ('ACTIVE', 'SUSPENDED')`,
  ];
  const rows = await sql.query<SurveyCell & { roster: number | null }>(
    `${surveys}
UNION ALL
SELECT "townshipCode", NULL, 0, 0, 0, 0, 0, 0, 0, 0, count(*)::int
FROM "Beneficiary"
WHERE ${rosterWhere.join(' AND ')}
GROUP BY "townshipCode"`,
    params.values,
  );
  return {
    surveys: rows.filter((row) => row.roster === null),
    roster: rows.flatMap((row) =>
      row.roster === null ? [] : [{ townshipCode: row.townshipCode, roster: row.roster }],
    ),
  };
}

export async function queryVerificationCells(
  sql: SqlSession,
  area: RollupArea,
  year: number,
  scheme: Scheme | null,
): Promise<VerificationCell[]> {
  const params = new Params();
  const where = [
    ...areaConditions(params, area),
    ...schemeConditions(params, scheme),
    `"year" = ${params.add(year)}`,
  ];
  const counted = `"counted" AND NOT "lateForLockedYear"`;
  const outcome = (value: string) =>
    `count(*) FILTER (WHERE ${counted} AND "outcome" = '${value}')::int`;
  return sql.query<VerificationCell>(
    `SELECT "townshipCode",
  count(*) FILTER (WHERE ${counted})::int AS "verified",
  ${outcome('ALIVE_ELIGIBLE')} AS "aliveEligible",
  ${outcome('DECEASED')} AS "deceased",
  ${outcome('MOVED')} AS "moved",
  ${outcome('IMPRISONED')} AS "imprisoned",
  ${outcome('DUPLICATE_ENROLMENT')} AS "duplicateEnrolment",
  ${outcome('OTHER_INELIGIBLE')} AS "otherIneligible",
  count(*) FILTER (WHERE ${counted} AND "outcome" = 'ALIVE_ELIGIBLE' AND "paymentCorrect")::int
    AS "paidCorrectly",
  count(*) FILTER (WHERE ${counted} AND "ineligiblePayment" > 0)::int AS "ineligiblePayments",
  coalesce(sum("ineligiblePayment") FILTER (WHERE ${counted}), 0)::text AS "amountToRecover",
  count(*) FILTER (WHERE "lateForLockedYear")::int AS "lateRecords"
FROM "Verification"
WHERE ${where.join(' AND ')}
GROUP BY "townshipCode"`,
    params.values,
  );
}
