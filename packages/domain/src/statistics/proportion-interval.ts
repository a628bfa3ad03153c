/**
 * 比例的置信区间 — how far a rate from a sample (满意度 from 40 interviews) may lie from the rate
 * of the whole population. The Wilson score interval is used rather than the textbook
 * p ± z·√(p(1−p)/n): it stays inside [0, 1], and it does not collapse to a zero width when every
 * answer in a small sample is the same (10 of 10 satisfied is not a certain 100%).
 *
 * Rates here are fractions (0.9625), not percentages.
 */

/** z for a two-sided 95% interval (the 0.975 quantile of the standard normal distribution). */
export const Z_95 = 1.959964;

/** The margin a survey rate should be known to: ±5 percentage points. */
export const DEFAULT_MAX_HALF_WIDTH = 0.05;

export interface ProportionInterval {
  /** The observed rate, successes / trials. */
  rate: number;
  lower: number;
  upper: number;
  /** Half the interval's width, (upper − lower) / 2: the "± x" to print beside the rate. */
  halfWidth: number;
}

function checkSampleSize(sampleSize: number): void {
  if (!Number.isFinite(sampleSize) || sampleSize < 0) {
    throw new RangeError(`样本量应为非负数，实为 ${sampleSize}`);
  }
}

function checkZ(z: number): void {
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z 值应为正数，实为 ${z}`);
}

/**
 * The Wilson score interval of an observed `rate` in a sample of `sampleSize` independent
 * observations; null when the sample is empty. The sample size need not be an integer count of
 * the observations the rate was taken over: a survey rate taken over answers uses the number of
 * respondents (answers of one person are not independent), see the rollups.
 */
export function wilsonIntervalOfRate(
  rate: number,
  sampleSize: number,
  z = Z_95,
): ProportionInterval | null {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new RangeError(`比例应在 0 到 1 之间，实为 ${rate}`);
  }
  checkSampleSize(sampleSize);
  checkZ(z);
  if (sampleSize === 0) return null;
  const z2 = z * z;
  const denominator = 1 + z2 / sampleSize;
  const centre = (rate + z2 / (2 * sampleSize)) / denominator;
  const spread =
    (z / denominator) *
    Math.sqrt((rate * (1 - rate)) / sampleSize + z2 / (4 * sampleSize * sampleSize));
  // In exact arithmetic lower = 0 at rate 0 and upper = 1 at rate 1, and the rate always lies
  // inside; clamping removes the rounding error of the floating-point formula.
  const lower = Math.min(rate, Math.max(0, centre - spread));
  const upper = Math.max(rate, Math.min(1, centre + spread));
  return { rate, lower, upper, halfWidth: (upper - lower) / 2 };
}

/** The 95% Wilson interval of `successes` out of `trials`; null when there are no trials. */
export function wilsonInterval(
  successes: number,
  trials: number,
  z = Z_95,
): ProportionInterval | null {
  if (!Number.isInteger(trials) || trials < 0) {
    throw new RangeError(`试验次数应为非负整数，实为 ${trials}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`成功次数应为 0 到 ${trials} 之间的整数，实为 ${successes}`);
  }
  if (trials === 0) return null;
  return wilsonIntervalOfRate(successes / trials, trials, z);
}

/**
 * True when the rate is not known to ±`maxHalfWidth` (default ±5 points): the interval is
 * wider than that, or there is no sample at all.
 */
export function isSampleTooSmall(
  interval: ProportionInterval | null,
  maxHalfWidth = DEFAULT_MAX_HALF_WIDTH,
): boolean {
  return interval === null || interval.halfWidth > maxHalfWidth;
}

/**
 * The sample size that gives a 95% margin of ±`margin` for a rate near `p` (by the normal
 * approximation, n = z²·p(1−p)/margin², rounded up): 385 for ±5% at the worst case p = 0.5.
 * At that size the Wilson interval is a little narrower still, so the sample is not too small.
 */
export function sampleSizeForMargin(margin: number, p = 0.5, z = Z_95): number {
  if (!Number.isFinite(margin) || margin <= 0 || margin >= 1) {
    throw new RangeError(`误差范围应在 0 到 1 之间（不含），实为 ${margin}`);
  }
  if (!Number.isFinite(p) || p < 0 || p > 1) {
    throw new RangeError(`预期比例应在 0 到 1 之间，实为 ${p}`);
  }
  checkZ(z);
  // Round the product to 9 decimals first so that an exact integer is not pushed up by a
  // floating-point remainder (e.g. 96.00000000000001 → 97).
  const n = Math.round(((z * z * p * (1 - p)) / (margin * margin)) * 1e9) / 1e9;
  return Math.max(1, Math.ceil(n));
}
