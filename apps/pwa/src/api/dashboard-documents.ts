import type { FieldError } from '@jixiao/domain';
import { gql } from '@urql/core';
import type { DivisionLevel } from './division-documents.ts';
import type { RosterPerson, Scheme } from './roster-documents.ts';

/**
 * 县级看板 — the documents of the county manager's dashboard (projects with their scored
 * indicators, field-work rollups, a township's roster, duplicate verifications and the
 * manager's edits), with their result types written by hand from apps/server/schema.graphql.
 * Only the lazily loaded dashboard imports this module.
 */

/** 外勤数据指标 — what an indicator's actual can be computed from. */
export type FieldMetric =
  | 'SATISFACTION_RATE'
  | 'POLICY_AWARENESS_RATE'
  | 'BENEFICIARY_COUNT'
  | 'PAYMENT_ACCURACY'
  | 'INELIGIBLE_PAYMENTS';

/** 受访人群. */
export type RespondentGroup = 'INSTITUTION_RETIREE' | 'RESIDENT_BENEFICIARY' | 'CONTRIBUTOR';

/** 数据来源 of a scored actual: typed into the form, or taken from the rollup. */
export type ActualSource = 'MANUAL' | 'FIELD_DATA';

export type FindingSeverity = 'ERROR' | 'WARNING' | 'INFO';

export type VerificationOutcome =
  | 'ALIVE_ELIGIBLE'
  | 'DECEASED'
  | 'MOVED'
  | 'IMPRISONED'
  | 'DUPLICATE_ENROLMENT'
  | 'OTHER_INELIGIBLE';

// ---- Shared by the documents ----

/** The failures a mutation's result union names (the server's error types). */
export type InvalidInputFailure = {
  __typename: 'InvalidInputError';
  message: string;
  fieldErrors: FieldError[];
};
export type NotFoundFailure = { __typename: 'NotFoundError'; message: string };

/** The selections of those failures, to put in a result's selection set. */
export const INVALID_INPUT_FIELDS =
  '... on InvalidInputError { message fieldErrors { field message } }';
export const NOT_FOUND_FIELDS = '... on NotFoundError { message }';

// ---- Areas ----

export interface AreaDivision {
  code: string;
  name: string;
  level: DivisionLevel;
  children: { code: string; name: string; level: DivisionLevel; children: AreaLeaf[] }[];
}

export interface AreaLeaf {
  code: string;
  name: string;
  level: DivisionLevel;
}

export interface DashboardAreaData {
  /** Null when the code is unknown. */
  division: AreaDivision | null;
}

export interface DashboardAreaVariables {
  code: string;
}

/** The viewer's area two levels down: a prefecture's counties, or the region's prefectures'. */
export const DASHBOARD_AREA_QUERY = gql<DashboardAreaData, DashboardAreaVariables>(`
  query DashboardArea($code: String!) {
    division(code: $code) {
      code
      name
      level
      children {
        code
        name
        level
        children { code name level }
      }
    }
  }
`);

// ---- Projects ----

/** 项目资金 (万元): the total line (source "total") or one fund source. */
export interface FundLine {
  source: string;
  label: string;
  /** 全年预算数 A, a Decimal as text. */
  budget: string | null;
  /** 全年执行数 B. */
  executed: string | null;
  printedRate: string | null;
}

export interface IndicatorBinding {
  metric: FieldMetric;
  /** Verification metrics; null = the project's scheme. */
  scheme: Scheme | null;
  /** Survey metrics; null = every group. */
  respondentGroup: RespondentGroup | null;
  updatedAt: string;
}

/** 三级指标 as stored: the form's texts, the weight, a manual actual or a binding. */
export interface Indicator {
  id: string;
  rowKey: string;
  level1: string;
  level2: string | null;
  name: string;
  /** 年度指标值 as written. */
  target: string | null;
  manualActual: string | null;
  /** 分值, a Decimal as text. */
  weight: string | null;
  /** For a 其中 row: the row it is part of. */
  partOfRowKey: string | null;
  /** 未完成原因和改进措施. */
  reason: string | null;
  binding: IndicatorBinding | null;
}

/** One indicator as scored. */
export interface IndicatorEvaluation {
  rowKey: string;
  name: string;
  target: string | null;
  actual: string | null;
  actualSource: ActualSource;
  /** Percent, uncapped; null when unscorable. */
  completionRate: number | null;
  score: number;
  weight: number;
  met: boolean;
  /** e.g. missingActual, farAboveTarget. */
  flags: string[];
}

export interface Finding {
  code: string;
  severity: FindingSeverity;
  /** The indicator row the finding is about, or null (funds, narrative, the whole form). */
  rowKey: string | null;
  subject: string;
  message: string;
}

export interface BudgetScore {
  /** B/A in percent, uncapped. */
  executionRate: number;
  score: number;
  weight: number;
}

export interface ProjectEvaluation {
  total: number;
  /** 优 / 良 / 中 / 差. */
  grade: string;
  /** False when some indicator could not be scored. */
  complete: boolean;
  budget: BudgetScore | null;
  indicators: IndicatorEvaluation[];
  findings: Finding[];
}

export interface Project {
  id: string;
  key: string;
  name: string;
  title: string;
  /** self-evaluation, target-declaration, monitoring or evaluation-report. */
  kind: string;
  scheme: Scheme | null;
  year: number;
  implementingUnit: string;
  funds: FundLine[];
  indicators: Indicator[];
  evaluation: ProjectEvaluation;
}

export interface DashboardProjectsData {
  projects: {
    edges: { node: Project }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface DashboardProjectsVariables {
  countyCode: string;
  year: number;
  first: number;
  after: string | null;
}

/** The selection of a FundLine. */
export const FUND_LINE_FIELDS = 'source label budget executed printedRate';

/** The selection of a Finding. */
export const FINDING_FIELDS = 'code severity rowKey subject message';

/** The selection of a ProjectEvaluation. */
export const EVALUATION_FIELDS = `
  total
  grade
  complete
  budget { executionRate score weight }
  indicators {
    rowKey
    name
    target
    actual
    actualSource
    completionRate
    score
    weight
    met
    flags
  }
  findings { ${FINDING_FIELDS} }
`;

const INDICATOR_FIELDS = `
  id
  rowKey
  level1
  level2
  name
  target
  manualActual
  weight
  partOfRowKey
  reason
  binding { metric scheme respondentGroup updatedAt }
`;

/** A county's projects of one year, each scored now (bound indicators from the rollup). */
export const DASHBOARD_PROJECTS_QUERY = gql<DashboardProjectsData, DashboardProjectsVariables>(`
  query DashboardProjects($countyCode: String!, $year: Int!, $first: Int, $after: String) {
    projects(countyCode: $countyCode, year: $year, first: $first, after: $after) {
      edges {
        node {
          id
          key
          name
          title
          kind
          scheme
          year
          implementingUnit
          funds { ${FUND_LINE_FIELDS} }
          indicators { ${INDICATOR_FIELDS} }
          evaluation { ${EVALUATION_FIELDS} }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

// ---- Rollups ----

/** 95% Wilson interval, in percent. */
export interface ProportionInterval {
  lower: number;
  upper: number;
  halfWidth: number;
}

export interface SurveyRate {
  answers: number;
  positive: number;
  respondents: number;
  /** Percent; null without answers. */
  rate: number | null;
  interval: ProportionInterval | null;
  /** The interval is wider than ±5 points, or there is no sample. */
  smallSample: boolean;
}

export interface SurveyFigures {
  responses: number;
  lateRecords: number;
  satisfaction: SurveyRate;
  awareness: SurveyRate;
}

export interface SurveyGroupFigures extends SurveyFigures {
  respondentGroup: RespondentGroup;
}

export interface SurveyRollup {
  total: SurveyFigures;
  byGroup: SurveyGroupFigures[];
}

export interface VerificationOutcomeCounts {
  aliveEligible: number;
  deceased: number;
  moved: number;
  imprisoned: number;
  duplicateEnrolment: number;
  otherIneligible: number;
}

export interface VerificationFigures {
  roster: number;
  verified: number;
  /** verified / roster in percent; null for an empty roster. */
  coverage: number | null;
  outcomes: VerificationOutcomeCounts;
  paidCorrectly: number;
  /** Percent; null when nobody alive and eligible was verified. */
  paymentAccuracy: number | null;
  ineligiblePayments: number;
  /** 应追回金额 (元), a Decimal as text. */
  amountToRecover: string;
  lateRecords: number;
}

export interface TownshipProgress {
  code: string;
  name: string;
  surveys: SurveyRollup;
  verifications: VerificationFigures;
}

export interface Rollup {
  divisionCode: string;
  divisionName: string;
  level: DivisionLevel;
  year: number;
  scheme: Scheme | null;
  surveys: SurveyRollup;
  verifications: VerificationFigures;
  townships: TownshipProgress[];
}

export interface DashboardRollupData {
  rollup: Rollup;
}

export interface DashboardRollupVariables {
  divisionCode: string;
  year: number;
  scheme: Scheme | null;
}

const RATE_FIELDS = `
  answers
  positive
  respondents
  rate
  interval { lower upper halfWidth }
  smallSample
`;

const SURVEY_FIELDS = `
  total {
    responses
    lateRecords
    satisfaction { ${RATE_FIELDS} }
    awareness { ${RATE_FIELDS} }
  }
  byGroup {
    respondentGroup
    responses
    lateRecords
    satisfaction { ${RATE_FIELDS} }
    awareness { ${RATE_FIELDS} }
  }
`;

const VERIFICATION_FIELDS = `
  roster
  verified
  coverage
  outcomes {
    aliveEligible
    deceased
    moved
    imprisoned
    duplicateEnrolment
    otherIneligible
  }
  paidCorrectly
  paymentAccuracy
  ineligiblePayments
  amountToRecover
  lateRecords
`;

/** The field work of a county in a year, in total and per township. */
export const DASHBOARD_ROLLUP_QUERY = gql<DashboardRollupData, DashboardRollupVariables>(`
  query DashboardRollup($divisionCode: String!, $year: Int!, $scheme: Scheme) {
    rollup(divisionCode: $divisionCode, year: $year, scheme: $scheme) {
      divisionCode
      divisionName
      level
      year
      scheme
      surveys { ${SURVEY_FIELDS} }
      verifications { ${VERIFICATION_FIELDS} }
      townships {
        code
        name
        surveys { ${SURVEY_FIELDS} }
        verifications { ${VERIFICATION_FIELDS} }
      }
    }
  }
`);

// ---- A township's roster (masked by the server as the role requires) ----

export type DashboardRosterPerson = Omit<RosterPerson, 'version'>;

export interface DashboardRosterData {
  townshipRoster: {
    edges: { node: DashboardRosterPerson }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface DashboardRosterVariables {
  townshipCode: string;
  first: number;
  after: string | null;
}

export const DASHBOARD_ROSTER_QUERY = gql<DashboardRosterData, DashboardRosterVariables>(`
  query DashboardRoster($townshipCode: String!, $first: Int, $after: String) {
    townshipRoster(townshipCode: $townshipCode, first: $first, after: $after) {
      edges {
        node {
          id
          scheme
          idNumber
          name
          masked
          sex
          birthDate
          townshipCode
          villageCode
          monthlyAmountDue
          status
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

// ---- Duplicate verifications ----

export interface VerificationSummary {
  id: string;
  capturedAt: string;
  receivedAt: string;
  outcome: VerificationOutcome;
  workerId: string;
  townshipCode: string;
  counted: boolean;
  lateForLockedYear: boolean;
}

/** 处理结果 — the verification the county manager chose to count. */
export interface ConflictResolution {
  resolvedAt: string;
  /** 处理说明. */
  note: string | null;
  /** Verifications received after the choice (they do not count): look again. */
  newerVerifications: number;
}

export interface VerificationConflict {
  beneficiaryId: string;
  /** Masked per role; null if the person has left the roster. */
  beneficiary: { name: string; idNumber: string; masked: boolean; townshipCode: string } | null;
  counted: VerificationSummary | null;
  others: VerificationSummary[];
  /** The county manager's choice, if made; until then the latest capture counts. */
  resolution: ConflictResolution | null;
}

export interface VerificationConflictsData {
  verificationConflicts: {
    edges: { node: VerificationConflict }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface VerificationConflictsVariables {
  countyCode: string;
  year: number;
  first: number;
  after: string | null;
}

const SUMMARY_FIELDS =
  'id capturedAt receivedAt outcome workerId townshipCode counted lateForLockedYear';

const CONFLICT_FIELDS = `
  beneficiaryId
  beneficiary { name idNumber masked townshipCode }
  counted { ${SUMMARY_FIELDS} }
  others { ${SUMMARY_FIELDS} }
  resolution { resolvedAt note newerVerifications }
`;

export const VERIFICATION_CONFLICTS_QUERY = gql<
  VerificationConflictsData,
  VerificationConflictsVariables
>(`
  query VerificationConflicts($countyCode: String!, $year: Int!, $first: Int, $after: String) {
    verificationConflicts(countyCode: $countyCode, year: $year, first: $first, after: $after) {
      edges { node { ${CONFLICT_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** 处理说明 — at most this many characters (the server's limit). */
export const RESOLUTION_NOTE_MAX = 500;

export type ResolveConflictResult =
  | { __typename: 'MutationResolveVerificationConflictSuccess'; data: VerificationConflict }
  | InvalidInputFailure
  | NotFoundFailure;

export interface ResolveConflictData {
  resolveVerificationConflict: ResolveConflictResult;
}

export interface ResolveConflictVariables {
  verificationId: string;
  note: string | null;
}

/** The county manager makes one of a person's verifications the one that counts. */
export const RESOLVE_CONFLICT_MUTATION = gql<ResolveConflictData, ResolveConflictVariables>(`
  mutation ResolveVerificationConflict($verificationId: ID!, $note: String) {
    resolveVerificationConflict(verificationId: $verificationId, note: $note) {
      __typename
      ... on MutationResolveVerificationConflictSuccess { data { ${CONFLICT_FIELDS} } }
      ${INVALID_INPUT_FIELDS}
      ${NOT_FOUND_FIELDS}
    }
  }
`);

// ---- The manager's edits ----

/** The union of an edit's result, as the server names its members. */
export type EditResult<Success extends string> =
  | { __typename: Success; data: Indicator }
  | InvalidInputFailure
  | NotFoundFailure;

/** An edit's result with the success types' names left out: saved, or why not. */
export type EditOutcome =
  | { ok: true; indicator: Indicator }
  | { ok: false; message: string; fieldErrors: FieldError[] };

export function editOutcome<Success extends string>(result: EditResult<Success>): EditOutcome {
  if ('data' in result) return { ok: true, indicator: result.data };
  if ('fieldErrors' in result) {
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  }
  return { ok: false, message: result.message, fieldErrors: [] };
}

function editResultFields(success: string): string {
  return `
    __typename
    ... on ${success} { data { ${INDICATOR_FIELDS} } }
    ${INVALID_INPUT_FIELDS}
    ${NOT_FOUND_FIELDS}
  `;
}

export interface SetIndicatorActualData {
  setIndicatorActual: EditResult<'MutationSetIndicatorActualSuccess'>;
}

/** A field left out is kept; null clears it. */
export interface SetIndicatorActualVariables {
  indicatorId: string;
  actual?: string | null;
  reason?: string | null;
}

export const SET_INDICATOR_ACTUAL_MUTATION = gql<
  SetIndicatorActualData,
  SetIndicatorActualVariables
>(`
  mutation SetIndicatorActual($indicatorId: ID!, $actual: String, $reason: String) {
    setIndicatorActual(indicatorId: $indicatorId, actual: $actual, reason: $reason) {
      ${editResultFields('MutationSetIndicatorActualSuccess')}
    }
  }
`);

export interface UpdateIndicatorData {
  updateIndicator: EditResult<'MutationUpdateIndicatorSuccess'>;
}

/** A field left out is kept; null clears it (a weight cleared takes the default weights). */
export interface UpdateIndicatorVariables {
  indicatorId: string;
  target?: string | null;
  /** 分值 as a Decimal text. */
  weight?: string | null;
}

export const UPDATE_INDICATOR_MUTATION = gql<UpdateIndicatorData, UpdateIndicatorVariables>(`
  mutation UpdateIndicator($indicatorId: ID!, $target: String, $weight: Decimal) {
    updateIndicator(indicatorId: $indicatorId, target: $target, weight: $weight) {
      ${editResultFields('MutationUpdateIndicatorSuccess')}
    }
  }
`);

export interface SetIndicatorBindingData {
  setIndicatorBinding: EditResult<'MutationSetIndicatorBindingSuccess'>;
}

export interface SetIndicatorBindingVariables {
  indicatorId: string;
  metric: FieldMetric;
  scheme: Scheme | null;
  respondentGroup: RespondentGroup | null;
}

export const SET_INDICATOR_BINDING_MUTATION = gql<
  SetIndicatorBindingData,
  SetIndicatorBindingVariables
>(`
  mutation SetIndicatorBinding(
    $indicatorId: ID!
    $metric: FieldMetric!
    $scheme: Scheme
    $respondentGroup: RespondentGroup
  ) {
    setIndicatorBinding(
      indicatorId: $indicatorId
      metric: $metric
      scheme: $scheme
      respondentGroup: $respondentGroup
    ) {
      ${editResultFields('MutationSetIndicatorBindingSuccess')}
    }
  }
`);

export interface RemoveIndicatorBindingData {
  removeIndicatorBinding: EditResult<'MutationRemoveIndicatorBindingSuccess'>;
}

export interface RemoveIndicatorBindingVariables {
  indicatorId: string;
}

export const REMOVE_INDICATOR_BINDING_MUTATION = gql<
  RemoveIndicatorBindingData,
  RemoveIndicatorBindingVariables
>(`
  mutation RemoveIndicatorBinding($indicatorId: ID!) {
    removeIndicatorBinding(indicatorId: $indicatorId) {
      ${editResultFields('MutationRemoveIndicatorBindingSuccess')}
    }
  }
`);

// ---- Year lock ----

export interface YearLockStatus {
  countyCode: string;
  year: number;
  locked: boolean;
  lockedAt: string | null;
}

type YearLockResult<Success extends string> =
  | { __typename: Success; data: YearLockStatus }
  | InvalidInputFailure;

export interface LockYearData {
  lockYear: YearLockResult<'MutationLockYearSuccess'>;
}

export interface UnlockYearData {
  unlockYear: YearLockResult<'MutationUnlockYearSuccess'>;
}

export interface YearLockVariables {
  countyCode: string;
  year: number;
}

const LOCK_FIELDS = (success: string) => `
  __typename
  ... on ${success} { data { countyCode year locked lockedAt } }
  ${INVALID_INPUT_FIELDS}
`;

export interface YearLockData {
  yearLock: YearLockResult<'QueryYearLockSuccess'>;
}

/** Whether a county's year is locked (anyone who may read the county). */
export const YEAR_LOCK_QUERY = gql<YearLockData, YearLockVariables>(`
  query YearLock($countyCode: String!, $year: Int!) {
    yearLock(countyCode: $countyCode, year: $year) { ${LOCK_FIELDS('QueryYearLockSuccess')} }
  }
`);

export const LOCK_YEAR_MUTATION = gql<LockYearData, YearLockVariables>(`
  mutation LockYear($countyCode: String!, $year: Int!) {
    lockYear(countyCode: $countyCode, year: $year) { ${LOCK_FIELDS('MutationLockYearSuccess')} }
  }
`);

export const UNLOCK_YEAR_MUTATION = gql<UnlockYearData, YearLockVariables>(`
  mutation UnlockYear($countyCode: String!, $year: Int!) {
    unlockYear(countyCode: $countyCode, year: $year) {
      ${LOCK_FIELDS('MutationUnlockYearSuccess')}
    }
  }
`);

// ---- Roster import ----

/** What an import wrote (all or nothing: a refused file writes none of its rows). */
export interface RosterImportCounts {
  /** Data rows in the file. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export type ImportRosterResult =
  | { __typename: 'MutationImportRosterSuccess'; data: RosterImportCounts }
  | InvalidInputFailure;

export interface ImportRosterData {
  importRoster: ImportRosterResult;
}

/** One of `csv` and `xlsxBase64`, the other left out. */
export interface ImportRosterVariables {
  countyCode: string;
  scheme: Scheme;
  /** The roster as CSV text (UTF-8). */
  csv?: string;
  /** The roster as an XLSX workbook (its first sheet), base64. */
  xlsxBase64?: string;
}

/** 名册导入 — a scheme's roster of the manager's county from a CSV file or an XLSX workbook. */
export const IMPORT_ROSTER_MUTATION = gql<ImportRosterData, ImportRosterVariables>(`
  mutation ImportRoster(
    $countyCode: String!
    $scheme: Scheme!
    $csv: String
    $xlsxBase64: String
  ) {
    importRoster(countyCode: $countyCode, scheme: $scheme, csv: $csv, xlsxBase64: $xlsxBase64) {
      __typename
      ... on MutationImportRosterSuccess { data { rows inserted updated unchanged } }
      ${INVALID_INPUT_FIELDS}
    }
  }
`);
