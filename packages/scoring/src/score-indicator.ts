import { areCompatible, convert, type Expression, type ExpressionResult } from '@jixiao/domain';
import type { ExactDecimal } from './exact-decimal.ts';
import {
  dateRule,
  deadlineRule,
  equalityRule,
  isInsideBand,
  negativeRule,
  percentAchievedRule,
  positiveRule,
  qualitativeRule,
  type RuleOutcome,
  rangeRule,
  tierOfPercent,
} from './indicator-rules.ts';
import { readPrintedPercent } from './printed-rate.ts';

export type ScoringRule =
  | 'positive'
  | 'negative'
  | 'equality'
  | 'range'
  | 'date'
  | 'deadline'
  | 'schedule'
  | 'qualitative'
  | 'none';

/** Something about one indicator that the evaluator should look at. */
export type IndicatorFlag =
  | 'missingTarget'
  | 'unreadableTarget'
  | 'missingActual'
  | 'actualNotApplicable'
  | 'unreadableActual'
  | 'unitMismatch'
  | 'kindMismatch'
  | 'farAboveTarget'
  | 'strictBoundNotMet'
  | 'tierWithoutPercent'
  | 'tierPercentOutsideBand'
  | 'percentOutOfRange';

export interface IndicatorScore {
  rule: ScoringRule;
  weight: number;
  /** The points earned: min(ratio, 1) × weight. */
  score: number;
  /** Uncapped completion rate in percent (102.85 for 102.85%), null when none can be computed. */
  completionRate: number | null;
  /** True when the target is met in full. */
  met: boolean;
  flags: IndicatorFlag[];
  /** Exact ratios, for checking what a form printed. */
  exactRatio: ExactDecimal | null;
  exactCapped: ExactDecimal | null;
}

/** Completion above this share of the target suggests the target was set too low (偏离度). */
export const DEVIATION_THRESHOLD = 1.2;

interface ScoreInput {
  target: ExpressionResult | null;
  actual: ExpressionResult | null;
  weight: number;
  /**
   * The rate the form prints for the row. A bare tier (达成预期指标) takes it as the evaluator's
   * chosen percent, as the form shows it, when it lies inside the tier's band.
   */
  printedRate?: string | null;
}

/** Scores one indicator (三级指标) from its parsed target and actual. */
export function scoreIndicator({
  target,
  actual,
  weight,
  printedRate,
}: ScoreInput): IndicatorScore {
  if (target === null) return unscored(weight, 'none', ['missingTarget']);
  if (!target.ok) return unscored(weight, 'none', ['unreadableTarget']);
  const rule = ruleFor(target.value);
  if (actual === null) return unscored(weight, rule, ['missingActual']);
  if (!actual.ok) return unscored(weight, rule, ['unreadableActual']);
  if (actual.value.kind === 'notApplicable') {
    return unscored(weight, rule, ['actualNotApplicable']);
  }
  const flags: IndicatorFlag[] = [];
  const result = applyRule(target.value, actual.value, flags, printedRate ?? null);
  if (result === null) return unscored(weight, rule, flags);
  const met = result.capped.gte(1) && !flags.includes('strictBoundNotMet');
  if ((rule === 'positive' || rule === 'negative') && result.ratio.gt(DEVIATION_THRESHOLD)) {
    flags.push('farAboveTarget');
  }
  return {
    rule,
    weight,
    score: result.capped.times(weight).toNumber(),
    completionRate: result.ratio.times(100).toNumber(),
    met,
    flags,
    exactRatio: result.ratio,
    exactCapped: result.capped,
  };
}

function unscored(weight: number, rule: ScoringRule, flags: IndicatorFlag[]): IndicatorScore {
  return {
    rule,
    weight,
    score: 0,
    completionRate: null,
    met: false,
    flags,
    exactRatio: null,
    exactCapped: null,
  };
}

/** Which rule a target calls for. A bare number is a positive target (at least this much). */
export function ruleFor(target: Expression): ScoringRule {
  switch (target.kind) {
    case 'quantity':
      if (target.comparator === '<=' || target.comparator === '<') return 'negative';
      if (target.comparator === '=') return 'equality';
      return 'positive';
    case 'range':
      return 'range';
    case 'date':
      return 'date';
    case 'deadline':
      return 'deadline';
    case 'schedule':
      return 'schedule';
    case 'qualitative':
      return 'qualitative';
    case 'tier':
    case 'notApplicable':
      return 'none';
  }
}

type Quantity = Extract<Expression, { kind: 'quantity' }>;

/** The actual's value in the target's unit, or null when the units cannot be compared. */
function alignedValue(target: { unit: Quantity['unit'] }, actual: Quantity): number | null {
  if (target.unit === null || actual.unit === null || target.unit === actual.unit) {
    return actual.value;
  }
  if (!areCompatible(actual.unit, target.unit)) return null;
  return convert(actual.value, actual.unit, target.unit);
}

/** A percentage the form gives as the share achieved ("100%"), or null. */
function percentShare(actual: Expression, flags: IndicatorFlag[]): RuleOutcome | null {
  if (actual.kind !== 'quantity' || actual.unit !== 'percent') {
    flags.push('kindMismatch');
    return null;
  }
  if (actual.value < 0 || actual.value > 100) {
    flags.push('percentOutOfRange');
    return null;
  }
  return percentAchievedRule(actual.value);
}

function isoOf(date: Extract<Expression, { kind: 'date' }>): string {
  const day = date.day ?? new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function applyRule(
  target: Expression,
  actual: Expression,
  flags: IndicatorFlag[],
  printedRate: string | null,
): RuleOutcome | null {
  switch (target.kind) {
    case 'quantity':
      return applyQuantity(target, actual, flags);
    case 'range': {
      const value = comparableActual(target, actual, flags);
      return value === null ? null : rangeRule(target.lower, target.upper, value);
    }
    case 'date':
      return actual.kind === 'date'
        ? dateRule(isoOf(target), isoOf(actual))
        : percentShare(actual, flags);
    case 'deadline':
      if (
        actual.kind === 'deadline' &&
        actual.anchor === target.anchor &&
        actual.period === target.period
      ) {
        return deadlineRule(target.days, actual.days);
      }
      return percentShare(actual, flags);
    case 'schedule':
      if (actual.kind === 'schedule') {
        return percentAchievedRule(actual.period === target.period ? 100 : 0);
      }
      return percentShare(actual, flags);
    case 'qualitative':
      return applyQualitative(actual, flags, printedRate);
    case 'tier':
    case 'notApplicable':
      flags.push('kindMismatch');
      return null;
  }
}

/** The actual as a number in the target's unit, or null with the reason flagged. */
function comparableActual(
  target: { unit: Quantity['unit'] },
  actual: Expression,
  flags: IndicatorFlag[],
): number | null {
  if (actual.kind !== 'quantity') {
    flags.push('kindMismatch');
    return null;
  }
  const value = alignedValue(target, actual);
  if (value === null) flags.push('unitMismatch');
  return value;
}

function applyQuantity(
  target: Quantity,
  actual: Expression,
  flags: IndicatorFlag[],
): RuleOutcome | null {
  const value = comparableActual(target, actual, flags);
  if (value === null) return null;
  switch (target.comparator) {
    case '<=':
      return negativeRule(target.value, value);
    case '<':
      if (value >= target.value && value > 0) flags.push('strictBoundNotMet');
      return negativeRule(target.value, value);
    case '=':
      return equalityRule(target.value, value);
    case '>':
      if (value <= target.value) flags.push('strictBoundNotMet');
      return positiveRule(target.value, value);
    case '>=':
    case null:
      return positiveRule(target.value, value);
  }
}

function applyQualitative(
  actual: Expression,
  flags: IndicatorFlag[],
  printedRate: string | null,
): RuleOutcome | null {
  if (actual.kind === 'tier') {
    if (actual.percent === null) {
      const printed = printedRate === null ? null : readPrintedPercent(printedRate);
      if (printed !== null && isInsideBand(actual.tier, printed.toNumber())) {
        return qualitativeRule(actual.tier, printed.toNumber());
      }
      flags.push('tierWithoutPercent');
      return qualitativeRule(actual.tier, null);
    }
    if (!isInsideBand(actual.tier, actual.percent)) flags.push('tierPercentOutsideBand');
    return qualitativeRule(actual.tier, actual.percent);
  }
  const share = percentShare(actual, flags);
  if (share === null) return null;
  // A bare percentage on a qualitative target is the evaluator's chosen percent; it must fall
  // in one of the three bands, which it always does between 0 and 100.
  return tierOfPercent(share.ratio.times(100).toNumber()) === null ? null : share;
}
