import type { RespondentGroup } from '@jixiao/db';
import { isSampleTooSmall, type ProportionInterval, wilsonIntervalOfRate } from '@jixiao/domain';
import { type ExactDecimal, exact } from '@jixiao/scoring';
import type { RosterCell, SurveyCell, VerificationCell } from './rollup-queries.ts';

/**
 * Turns the counters of the rollup queries into figures: rates, Wilson intervals, coverage. Pure.
 * Rates and intervals are fractions here (0.75); the GraphQL layer prints them as percentages.
 */
export const RESPONDENT_GROUPS: readonly RespondentGroup[] = [
  'INSTITUTION_RETIREE',
  'RESIDENT_BENEFICIARY',
  'CONTRIBUTOR',
];

export interface RateFigures {
  /** Valid answers (the denominator). */
  answers: number;
  /** Satisfied (or aware) answers (the numerator). */
  positive: number;
  /** Responses with at least one valid answer: the sample size of the interval. */
  respondents: number;
  /** positive / answers, null without answers. */
  rate: number | null;
  /**
   * 95% Wilson interval of the rate with n = respondents, not answers: the answers one person
   * gives are not independent of each other, so counting each answer as an observation would
   * make the interval several times too narrow. Null without answers.
   */
  interval: ProportionInterval | null;
  /** The interval is wider than ±5 points (or there is no sample). */
  smallSample: boolean;
}

export interface SurveyFigures {
  /** Responses that count (not late). */
  responses: number;
  satisfaction: RateFigures;
  awareness: RateFigures;
  /** Responses that arrived after the year was locked: kept, not counted. */
  lateRecords: number;
}

export interface SurveyRollup {
  total: SurveyFigures;
  /** Every respondent group, in a fixed order, with zeros when it has no responses. */
  byGroup: (SurveyFigures & { respondentGroup: RespondentGroup })[];
}

export interface VerificationFigures {
  /** ACTIVE and SUSPENDED beneficiaries of the scheme(s) in the area. */
  roster: number;
  /** Counted verifications (one per beneficiary and year), not late. */
  verified: number;
  /** verified / roster, null for an empty roster; may exceed 1 if the roster shrank. */
  coverage: number | null;
  outcomes: {
    aliveEligible: number;
    deceased: number;
    moved: number;
    imprisoned: number;
    duplicateEnrolment: number;
    otherIneligible: number;
  };
  /** Alive and eligible people paid exactly the amount due. */
  paidCorrectly: number;
  /** paidCorrectly / aliveEligible, null when nobody alive and eligible was verified. */
  paymentAccuracy: number | null;
  /** Counted verifications with a payment to a person not entitled to it. */
  ineligiblePayments: number;
  /** Sum of those payments (元), exact, 2 decimals: the amount to recover. */
  amountToRecover: string;
  lateRecords: number;
}

type SurveyCounters = Omit<SurveyCell, 'townshipCode' | 'respondentGroup'>;
type VerificationCounters = Omit<VerificationCell, 'townshipCode' | 'amountToRecover'> & {
  amountToRecover: ExactDecimal;
};

const EMPTY_SURVEY: SurveyCounters = {
  responses: 0,
  satisfactionAnswers: 0,
  satisfiedAnswers: 0,
  satisfactionRespondents: 0,
  awarenessAnswers: 0,
  awareAnswers: 0,
  awarenessRespondents: 0,
  lateRecords: 0,
};

/** Adds the counters of `cell` to `sum`, field by field (the total is the sum of the cells). */
function addCounts<T extends Record<string, number>>(sum: T, cell: Partial<T>): T {
  const total = { ...sum };
  for (const key of Object.keys(sum) as (keyof T)[]) {
    total[key] = ((sum[key] as number) + ((cell[key] as number | undefined) ?? 0)) as T[keyof T];
  }
  return total;
}

function addSurvey(sum: SurveyCounters, cell: SurveyCounters): SurveyCounters {
  return addCounts(sum, cell);
}

export function rateFigures(positive: number, answers: number, respondents: number): RateFigures {
  const rate = answers > 0 ? positive / answers : null;
  const interval = rate === null ? null : wilsonIntervalOfRate(rate, respondents);
  return {
    answers,
    positive,
    respondents,
    rate,
    interval,
    smallSample: isSampleTooSmall(interval),
  };
}

function surveyFigures(counters: SurveyCounters): SurveyFigures {
  return {
    responses: counters.responses,
    satisfaction: rateFigures(
      counters.satisfiedAnswers,
      counters.satisfactionAnswers,
      counters.satisfactionRespondents,
    ),
    awareness: rateFigures(
      counters.awareAnswers,
      counters.awarenessAnswers,
      counters.awarenessRespondents,
    ),
    lateRecords: counters.lateRecords,
  };
}

/** The survey figures of a set of cells: per respondent group and in total. */
export function surveyRollupOf(cells: readonly SurveyCell[]): SurveyRollup {
  const byGroup = RESPONDENT_GROUPS.map((respondentGroup) => ({
    respondentGroup,
    ...surveyFigures(
      cells
        .filter((cell) => cell.respondentGroup === respondentGroup)
        .reduce<SurveyCounters>(addSurvey, EMPTY_SURVEY),
    ),
  }));
  return { total: surveyFigures(cells.reduce<SurveyCounters>(addSurvey, EMPTY_SURVEY)), byGroup };
}

const EMPTY_VERIFICATION: VerificationCounters = {
  verified: 0,
  aliveEligible: 0,
  deceased: 0,
  moved: 0,
  imprisoned: 0,
  duplicateEnrolment: 0,
  otherIneligible: 0,
  paidCorrectly: 0,
  ineligiblePayments: 0,
  amountToRecover: exact(0),
  lateRecords: 0,
};

function addVerification(sum: VerificationCounters, cell: VerificationCell): VerificationCounters {
  const { amountToRecover, ...counts } = sum;
  const { amountToRecover: cellAmount, townshipCode: _township, ...cellCounts } = cell;
  return {
    ...addCounts(counts, cellCounts),
    amountToRecover: amountToRecover.plus(exact(cellAmount)),
  };
}

/**
 * The verification figures of a set of township cells (a township's own cells give its
 * figures); without roster cells the roster counts as 0 (the evaluation does not read it).
 */
export function verificationFiguresOf(
  cells: readonly VerificationCell[],
  rosterCells: readonly RosterCell[] = [],
): VerificationFigures {
  const sum = cells.reduce<VerificationCounters>(addVerification, EMPTY_VERIFICATION);
  const roster = rosterCells.reduce((total, cell) => total + cell.roster, 0);
  return {
    roster,
    verified: sum.verified,
    coverage: roster > 0 ? sum.verified / roster : null,
    outcomes: {
      aliveEligible: sum.aliveEligible,
      deceased: sum.deceased,
      moved: sum.moved,
      imprisoned: sum.imprisoned,
      duplicateEnrolment: sum.duplicateEnrolment,
      otherIneligible: sum.otherIneligible,
    },
    paidCorrectly: sum.paidCorrectly,
    paymentAccuracy: sum.aliveEligible > 0 ? sum.paidCorrectly / sum.aliveEligible : null,
    ineligiblePayments: sum.ineligiblePayments,
    amountToRecover: sum.amountToRecover.toFixed(2),
    lateRecords: sum.lateRecords,
  };
}
