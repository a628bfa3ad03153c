/**
 * A finding: something in a filing that contradicts itself or the rules. Codes are stable (the
 * API and the forms refer to them); messages are Chinese and say which row and why.
 */
export type Severity = 'error' | 'warning' | 'info';

export const FINDING_CODES = {
  PRINTED_RATE_WRONG: 'error',
  PRINTED_RATE_TRUNCATED: 'info',
  NEGATIVE_PRINTED_AS_POSITIVE: 'error',
  PARTS_EXCEED_PARENT: 'error',
  PARTS_DO_NOT_ADD_UP: 'error',
  FUND_SOURCES_DO_NOT_ADD_UP: 'error',
  FUNDS_OVERSPENT: 'warning',
  FIGURE_SUM_MISMATCH: 'error',
  FIGURE_TRUNCATED: 'info',
  FIGURE_DIFFERENCE_MISMATCH: 'error',
  NARRATIVE_COUNT_MISMATCH: 'error',
  NARRATIVE_COMPLETED_EXCEEDS_TOTAL: 'error',
  NARRATIVE_COMPLETED_MISMATCH: 'error',
  NARRATIVE_ALL_MET_CONTRADICTED: 'error',
  NARRATIVE_RATE_MISMATCH: 'error',
  KIND_DOES_NOT_FIT_LEVEL2: 'warning',
  LEVEL2_NOT_UNDER_LEVEL1: 'warning',
  UNKNOWN_CATEGORY: 'error',
  TARGET_UNREADABLE: 'error',
  ACTUAL_UNREADABLE: 'error',
  MISSING_TARGET: 'error',
  MISSING_ACTUAL: 'warning',
  UNIT_MISMATCH: 'error',
  KIND_MISMATCH: 'error',
  FAR_ABOVE_TARGET: 'warning',
  STRICT_BOUND_NOT_MET: 'info',
  GARBLED_RANGE: 'info',
  TIER_WITHOUT_PERCENT: 'warning',
  TIER_PERCENT_OUTSIDE_BAND: 'error',
  PERCENT_OUT_OF_RANGE: 'error',
  WEIGHTS_INCOMPLETE: 'error',
  WEIGHTS_DO_NOT_ADD_UP: 'error',
  LEVEL1_GROUP_EMPTY: 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The indicator row the finding is about, or null for funds, figures and the narrative. */
  rowId: string | null;
  /** What the finding is about, as a person reads it: the indicator's name, "资金", a figure. */
  subject: string;
  message: string;
}

export function finding(
  code: FindingCode,
  subject: string,
  message: string,
  rowId: string | null = null,
): Finding {
  return { code, severity: FINDING_CODES[code], rowId, subject, message };
}
