import type { SqlSession } from '@jixiao/db';
import type { SurveyResponseRecord, VerificationRecord } from '@jixiao/domain';
import { toFen } from './capture-plan.ts';
import {
  type AreaFigures,
  countedKey,
  type ExpectedFigures,
  emptySurveys,
  emptyVerifications,
  GROUP_NAME,
  GROUPS,
  OUTCOMES,
  outcomeOf,
  type SurveyCounts,
  type VerificationCounts,
} from './expected-figures.ts';

/**
 * The check at the end of a soak, record by record against the database, then the rollup
 * against the figures the soak worked out itself:
 * - lost: a record a phone captured that the database does not hold as it was sent (missing,
 *   or stored with other content: `altered` says how many of them);
 * - duplicates counted: rows no phone sent (a record stored twice under another id), and
 *   people-years with more than one counted verification;
 * - wrongly counted: people-years whose counted verification (flag and pointer) is not the
 *   latest capture;
 * - rollup mismatches: every figure of the county and of each township that differs.
 */
export interface SentRecords {
  verifications: readonly { record: VerificationRecord; workerId: string }[];
  surveys: readonly { record: SurveyResponseRecord; workerId: string }[];
}

export interface RecordCheck {
  verificationsStored: number;
  surveysStored: number;
  lost: number;
  altered: number;
  extraRows: number;
  duplicatesCounted: number;
  wronglyCounted: number;
  /** A few ids of lost or altered records (record ids are random UUIDs, no personal data). */
  samples: string[];
}

interface VerificationRow {
  id: string;
  beneficiaryId: string;
  year: number;
  capturedAt: string;
  outcome: string;
  amountReceived: string;
  counted: boolean;
  lateForLockedYear: boolean;
  deviceId: string;
  workerId: string;
}

interface SurveyRow {
  id: string;
  townshipCode: string;
  villageCode: string | null;
  beneficiaryId: string | null;
  year: number;
  respondentGroup: string;
  satisfactionAnswers: number;
  satisfiedAnswers: number;
  awarenessAnswers: number;
  awareAnswers: number;
  capturedAt: string;
  lateForLockedYear: boolean;
  deviceId: string;
  workerId: string;
}

/** Capture instants as the database keeps them (UTC, milliseconds). */
const CAPTURED_AT = `to_char("capturedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS')`;
const instant = (capturedAt: string) => new Date(capturedAt).toISOString().slice(0, 23);

const DB_OUTCOME: Record<string, string> = {
  aliveEligible: 'ALIVE_ELIGIBLE',
  deceased: 'DECEASED',
  moved: 'MOVED',
  imprisoned: 'IMPRISONED',
  duplicateEnrolment: 'DUPLICATE_ENROLMENT',
  otherIneligible: 'OTHER_INELIGIBLE',
};

function verificationMatches(
  row: VerificationRow,
  sent: { record: VerificationRecord; workerId: string },
) {
  const { record, workerId } = sent;
  return (
    row.beneficiaryId === record.beneficiaryId &&
    row.year === record.year &&
    row.capturedAt === instant(record.capturedAt) &&
    row.outcome === DB_OUTCOME[outcomeOf(record)] &&
    toFen(row.amountReceived) === toFen(record.amountReceivedYuan) &&
    row.deviceId === record.deviceId &&
    row.workerId === workerId &&
    !row.lateForLockedYear
  );
}

function surveyMatches(row: SurveyRow, sent: { record: SurveyResponseRecord; workerId: string }) {
  const { record, workerId } = sent;
  return (
    row.townshipCode === record.townshipCode &&
    row.villageCode === record.villageCode &&
    row.beneficiaryId === record.beneficiaryId &&
    row.year === record.year &&
    row.respondentGroup === GROUP_NAME[record.respondentGroup] &&
    row.capturedAt === instant(record.capturedAt) &&
    row.deviceId === record.deviceId &&
    row.workerId === workerId &&
    !row.lateForLockedYear
  );
}

export async function checkRecords(
  sql: SqlSession,
  sent: SentRecords,
  expected: ExpectedFigures,
): Promise<RecordCheck> {
  const verificationRows = await sql.query<VerificationRow>(
    `SELECT id::text, "beneficiaryId", year, ${CAPTURED_AT} AS "capturedAt", outcome::text,
       "amountReceived"::text AS "amountReceived", counted, "lateForLockedYear", "deviceId",
       "workerId"::text AS "workerId"
     FROM "Verification"`,
  );
  const surveyRows = await sql.query<SurveyRow>(
    `SELECT id::text, "townshipCode", "villageCode", "beneficiaryId", year,
       "respondentGroup"::text AS "respondentGroup", "satisfactionAnswers", "satisfiedAnswers",
       "awarenessAnswers", "awareAnswers", ${CAPTURED_AT} AS "capturedAt", "lateForLockedYear",
       "deviceId", "workerId"::text AS "workerId"
     FROM "SurveyResponse"`,
  );
  const pointers = await sql.query<{ key: string; verificationId: string }>(
    `SELECT "beneficiaryId" || '|' || year AS key, "verificationId"::text AS "verificationId"
     FROM "CountedVerification"`,
  );

  const check: RecordCheck = {
    verificationsStored: verificationRows.length,
    surveysStored: surveyRows.length,
    lost: 0,
    altered: 0,
    extraRows: 0,
    duplicatesCounted: 0,
    wronglyCounted: 0,
    samples: [],
  };
  const miss = (id: string, altered: boolean) => {
    check.lost += 1;
    if (altered) check.altered += 1;
    if (check.samples.length < 5) check.samples.push(`${altered ? 'altered' : 'missing'} ${id}`);
  };

  const verificationsById = new Map(verificationRows.map((row) => [row.id, row]));
  for (const item of sent.verifications) {
    const row = verificationsById.get(item.record.id);
    if (!row) miss(item.record.id, false);
    else if (!verificationMatches(row, item)) miss(item.record.id, true);
  }
  const surveysById = new Map(surveyRows.map((row) => [row.id, row]));
  for (const item of sent.surveys) {
    const row = surveysById.get(item.record.id);
    if (!row) miss(item.record.id, false);
    else if (!surveyMatches(row, item)) miss(item.record.id, true);
  }
  const sentIds = new Set([
    ...sent.verifications.map((item) => item.record.id),
    ...sent.surveys.map((item) => item.record.id),
  ]);
  check.extraRows = [...verificationRows, ...surveyRows].filter(
    (row) => !sentIds.has(row.id),
  ).length;

  const countedRows = new Map<string, string[]>();
  for (const row of verificationRows) {
    if (!row.counted) continue;
    const key = countedKey(row);
    countedRows.set(key, [...(countedRows.get(key) ?? []), row.id]);
  }
  const pointerOf = new Map(pointers.map((pointer) => [pointer.key, pointer.verificationId]));
  for (const ids of countedRows.values()) if (ids.length > 1) check.duplicatesCounted += 1;
  check.duplicatesCounted += check.extraRows;
  for (const [key, record] of expected.counted) {
    const flagged = countedRows.get(key) ?? [];
    if (pointerOf.get(key) !== record.id || !flagged.includes(record.id)) {
      check.wronglyCounted += 1;
    }
  }
  for (const key of pointerOf.keys()) if (!expected.counted.has(key)) check.wronglyCounted += 1;
  return check;
}

/** The rollup as the county manager's dashboard reads it (the fields compared). */
const RATE = 'answers positive respondents rate';
const SURVEY = `responses lateRecords satisfaction { ${RATE} } awareness { ${RATE} }`;
const VERIFICATIONS = `roster verified coverage lateRecords paidCorrectly paymentAccuracy
  ineligiblePayments amountToRecover
  outcomes { aliveEligible deceased moved imprisoned duplicateEnrolment otherIneligible }`;

export const ROLLUP_QUERY = `query SoakRollup($code: String!, $year: Int!) {
  rollup(divisionCode: $code, year: $year) {
    verifications { ${VERIFICATIONS} }
    surveys { total { ${SURVEY} } byGroup { respondentGroup ${SURVEY} } }
    townships {
      code
      verifications { ${VERIFICATIONS} }
      surveys { total { ${SURVEY} } }
    }
  }
}`;

interface RateFigures {
  answers: number;
  positive: number;
  respondents: number;
  rate: number | null;
}

interface SurveyFigures {
  responses: number;
  lateRecords: number;
  satisfaction: RateFigures;
  awareness: RateFigures;
}

interface VerificationFigures {
  roster: number;
  verified: number;
  coverage: number | null;
  lateRecords: number;
  paidCorrectly: number;
  paymentAccuracy: number | null;
  ineligiblePayments: number;
  amountToRecover: string;
  outcomes: Record<(typeof OUTCOMES)[number], number>;
}

export interface RollupFigures {
  verifications: VerificationFigures;
  surveys: {
    total: SurveyFigures;
    byGroup: (SurveyFigures & { respondentGroup: string })[];
  };
  townships: {
    code: string;
    verifications: VerificationFigures;
    surveys: { total: SurveyFigures };
  }[];
}

class Mismatches {
  readonly list: string[] = [];

  equal(where: string, what: string, expected: unknown, actual: unknown): void {
    if (expected !== actual) {
      this.list.push(`${where} ${what}: expected ${String(expected)}, rollup ${String(actual)}`);
    }
  }

  /** A percentage the rollup derives (printed to 8 decimals): the ratio of its own figures. */
  percent(where: string, what: string, part: number, whole: number, actual: number | null) {
    const expected = whole > 0 ? Number(((part / whole) * 100).toFixed(8)) : null;
    const close =
      expected === null || actual === null
        ? expected === actual
        : Math.abs(expected - actual) < 1e-7;
    if (!close) this.equal(where, what, expected, actual);
  }
}

function compareSurveys(m: Mismatches, where: string, counts: SurveyCounts, got: SurveyFigures) {
  m.equal(where, 'responses', counts.responses, got.responses);
  m.equal(where, 'late survey records', 0, got.lateRecords);
  const rates = [
    [
      'satisfaction',
      counts.satisfactionAnswers,
      counts.satisfiedAnswers,
      counts.satisfactionRespondents,
      got.satisfaction,
    ],
    [
      'awareness',
      counts.awarenessAnswers,
      counts.awareAnswers,
      counts.awarenessRespondents,
      got.awareness,
    ],
  ] as const;
  for (const [name, answers, positive, respondents, rate] of rates) {
    m.equal(where, `${name} answers`, answers, rate.answers);
    m.equal(where, `${name} positive`, positive, rate.positive);
    m.equal(where, `${name} respondents`, respondents, rate.respondents);
    m.percent(where, `${name} rate`, rate.positive, rate.answers, rate.rate);
  }
}

function compareVerifications(
  m: Mismatches,
  where: string,
  counts: VerificationCounts,
  got: VerificationFigures,
  roster: number,
) {
  m.equal(where, 'roster', roster, got.roster);
  m.equal(where, 'verified', counts.verified, got.verified);
  m.percent(where, 'coverage', got.verified, got.roster, got.coverage);
  for (const outcome of OUTCOMES) m.equal(where, outcome, counts[outcome], got.outcomes[outcome]);
  m.equal(where, 'paidCorrectly', counts.paidCorrectly, got.paidCorrectly);
  m.percent(
    where,
    'paymentAccuracy',
    got.paidCorrectly,
    got.outcomes.aliveEligible,
    got.paymentAccuracy,
  );
  m.equal(where, 'ineligiblePayments', counts.ineligiblePayments, got.ineligiblePayments);
  m.equal(where, 'amountToRecover', counts.amountToRecoverFen, toFen(got.amountToRecover));
  m.equal(where, 'late verifications', 0, got.lateRecords);
}

/**
 * Every figure of the county rollup and of its townships against the expected ones; `roster`
 * gives the roster size per township (ACTIVE and SUSPENDED people) as the database counts it.
 */
export function compareRollup(
  rollup: RollupFigures,
  expected: ExpectedFigures,
  roster: ReadonlyMap<string, number>,
): string[] {
  const m = new Mismatches();
  const countyRoster = [...roster.values()].reduce((sum, count) => sum + count, 0);
  compareVerifications(
    m,
    'county',
    expected.total.verifications,
    rollup.verifications,
    countyRoster,
  );
  compareSurveys(m, 'county', expected.total.surveys, rollup.surveys.total);
  for (const group of GROUPS) {
    const got = rollup.surveys.byGroup.find((figures) => figures.respondentGroup === group);
    if (!got) m.list.push(`county: no figures for respondent group ${group}`);
    else compareSurveys(m, `county ${group}`, expected.total.surveysByGroup[group], got);
  }
  const listed = new Set(rollup.townships.map((township) => township.code));
  for (const code of expected.townships.keys()) {
    if (!listed.has(code)) m.list.push(`township ${code} is missing from the rollup`);
  }
  for (const township of rollup.townships) {
    const area: AreaFigures | undefined = expected.townships.get(township.code);
    const where = `township ${township.code}`;
    const counts = area ?? { verifications: emptyVerifications(), surveys: emptySurveys() };
    compareVerifications(
      m,
      where,
      counts.verifications,
      township.verifications,
      roster.get(township.code) ?? 0,
    );
    compareSurveys(m, where, counts.surveys, township.surveys.total);
  }
  return m.list;
}

/** ACTIVE and SUSPENDED people per township of the county, as the database counts them. */
export async function rosterSizes(
  sql: SqlSession,
  countyCode: string,
): Promise<Map<string, number>> {
  const rows = await sql.query<{ townshipCode: string; people: number }>(
    `SELECT "townshipCode", count(*)::int AS people FROM "Beneficiary"
     WHERE "countyCode" = $1 AND status IN ('ACTIVE', 'SUSPENDED')
     GROUP BY "townshipCode"`,
    [countyCode],
  );
  return new Map(rows.map((row) => [row.townshipCode, row.people]));
}
