import { ExactDecimal, exact } from './exact-decimal.ts';

/**
 * The scoring rules of the self-evaluation footnote and 财预〔2020〕10号, one function per rule.
 * Each returns the indicator's completion ratio: `ratio` is uncapped (as monitoring forms print
 * it: 371029 / 360736 = 1.0285…), `capped` is min(ratio, 1); the score is capped × weight.
 */
export interface RuleOutcome {
  ratio: ExactDecimal;
  capped: ExactDecimal;
}

function outcome(ratio: ExactDecimal): RuleOutcome {
  return { ratio, capped: ExactDecimal.min(ratio, 1) };
}

/** 正向指标 (≥ A): B / A. A target of 0 is met by any actual ≥ 0. */
export function positiveRule(target: number, actual: number): RuleOutcome {
  if (target === 0) return outcome(exact(actual >= 0 ? 1 : 0));
  if (actual <= 0) return outcome(exact(0));
  return outcome(exact(actual).div(exact(target)));
}

/**
 * 反向指标 (≤ A): A / B. An actual of 0 meets the target in full (≤0 with 0, ≤1% with 0);
 * a target of 0 with an actual above 0 scores nothing.
 */
export function negativeRule(target: number, actual: number): RuleOutcome {
  if (actual <= 0) return outcome(exact(1));
  if (target <= 0) return outcome(exact(0));
  return outcome(exact(target).div(exact(actual)));
}

/**
 * 等值指标 (= A): a deviation either way lowers the score by its relative size:
 * 1 − |B − A| / A, never below 0. The uncapped ratio stays B / A, as forms print it.
 */
export function equalityRule(target: number, actual: number): RuleOutcome {
  if (target === 0) return outcome(exact(actual === 0 ? 1 : 0));
  const a = exact(target);
  const b = exact(actual);
  const deviation = b.minus(a).abs().div(a.abs());
  const capped = ExactDecimal.max(exact(1).minus(deviation), 0);
  return { ratio: b.div(a), capped };
}

/**
 * 区间指标 (lower ≤ x ≤ upper): inside is full marks; below scores B / lower, above scores
 * upper / B.
 */
export function rangeRule(lower: number, upper: number, actual: number): RuleOutcome {
  if (actual >= lower && actual <= upper) return outcome(exact(1));
  if (actual < lower) return positiveRule(lower, actual);
  return negativeRule(upper, actual);
}

/** 时效指标 with a date: done on or before the date is full marks, later is none. */
export function dateRule(targetIso: string, actualIso: string): RuleOutcome {
  return outcome(exact(actualIso <= targetIso ? 1 : 0));
}

/** 时效指标 with a deadline in days ("每月20日前", "30日内"): met when the actual days are fewer. */
export function deadlineRule(targetDays: number, actualDays: number): RuleOutcome {
  return outcome(exact(actualDays <= targetDays ? 1 : 0));
}

/** A percentage the form gives as the share achieved (a date or a qualitative target: "100%"). */
export function percentAchievedRule(percent: number): RuleOutcome {
  return outcome(exact(percent).div(100));
}

export type Tier = 'achieved' | 'partial' | 'notAchieved';

/** The footnote's bands: 达成 [80, 100], 部分达成 [50, 80), 未达成 [0, 50). */
export const TIER_BANDS: Record<Tier, { lower: number; upper: number; upperIncluded: boolean }> = {
  achieved: { lower: 80, upper: 100, upperIncluded: true },
  partial: { lower: 50, upper: 80, upperIncluded: false },
  notAchieved: { lower: 0, upper: 50, upperIncluded: false },
};

export function tierOfPercent(percent: number): Tier | null {
  if (percent < 0 || percent > 100) return null;
  if (percent >= 80) return 'achieved';
  if (percent >= 50) return 'partial';
  return 'notAchieved';
}

export function isInsideBand(tier: Tier, percent: number): boolean {
  const band = TIER_BANDS[tier];
  return (
    percent >= band.lower && (band.upperIncluded ? percent <= band.upper : percent < band.upper)
  );
}

/**
 * 定性指标: the evaluator's chosen percent inside the tier's band; a bare tier with no percent
 * scores the band's lower bound (the least the tier guarantees) and is flagged by the caller.
 */
export function qualitativeRule(tier: Tier, percent: number | null): RuleOutcome {
  return percentAchievedRule(percent ?? TIER_BANDS[tier].lower);
}
