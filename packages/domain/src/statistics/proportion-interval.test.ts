import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSampleTooSmall,
  sampleSizeForMargin,
  wilsonInterval,
  wilsonIntervalOfRate,
} from './proportion-interval.ts';

describe('wilsonInterval (95%)', () => {
  // Expected bounds computed independently (Python, math module, the closed form
  // (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n) with z = 1.959964), to 6 decimals.
  it.each([
    [45, 50, 0.9, 0.786398, 0.956524, 0.085063],
    [0, 10, 0, 0, 0.277533, 0.138766],
    [10, 10, 1, 0.722467, 1, 0.138766],
    [500, 1000, 0.5, 0.46907, 0.53093, 0.03093],
    [3, 4, 0.75, 0.300642, 0.954413, 0.326885],
    [4, 5, 0.8, 0.375535, 0.963776, 0.294121],
    [1, 1, 1, 0.206549, 1, 0.396725],
  ])('%i of %i → %f in [%f, %f] ± %f', (successes, trials, rate, lower, upper, halfWidth) => {
    const interval = wilsonInterval(successes, trials);
    expect(interval).not.toBeNull();
    expect(interval?.rate).toBe(rate);
    expect(interval?.lower).toBeCloseTo(lower, 6);
    expect(interval?.upper).toBeCloseTo(upper, 6);
    expect(interval?.halfWidth).toBeCloseTo(halfWidth, 6);
  });

  it('gives exactly 0 and 1 at the edges, never a rounding error past them', () => {
    expect(wilsonInterval(0, 7)?.lower).toBe(0);
    expect(wilsonInterval(7, 7)?.upper).toBe(1);
  });

  it('is null without trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonIntervalOfRate(0.5, 0)).toBeNull();
  });

  it('takes another z (90%: 1.644854)', () => {
    // 45 / 50 at 90%: [0.808462, 0.950471] (same closed form).
    const interval = wilsonInterval(45, 50, 1.644854);
    expect(interval?.lower).toBeCloseTo(0.808462, 6);
    expect(interval?.upper).toBeCloseTo(0.950471, 6);
  });

  it.each([
    [-1, 10],
    [11, 10],
    [1.5, 10],
    [0, -1],
    [0, 2.5],
    [Number.NaN, 10],
  ])('refuses %f of %f', (successes, trials) => {
    expect(() => wilsonInterval(successes, trials)).toThrow(RangeError);
  });

  it('takes a rate over a sample size other than its denominator (respondents)', () => {
    // 3 of 4 answers satisfied, given by 2 respondents: p = 0.75 with n = 2.
    const interval = wilsonIntervalOfRate(0.75, 2);
    expect(interval?.lower).toBeCloseTo(0.197867, 6);
    expect(interval?.upper).toBeCloseTo(0.973323, 6);
    expect(() => wilsonIntervalOfRate(1.2, 10)).toThrow(RangeError);
    expect(() => wilsonIntervalOfRate(0.5, -3)).toThrow(RangeError);
  });

  it('keeps 0 ≤ lower ≤ rate ≤ upper ≤ 1 and the half-width for any sample', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials))),
        ([successes, trials]) => {
          const interval = wilsonInterval(successes, trials);
          if (interval === null) return false;
          const { rate, lower, upper, halfWidth } = interval;
          return (
            lower >= 0 &&
            lower <= rate &&
            rate <= upper &&
            upper <= 1 &&
            Math.abs(halfWidth - (upper - lower) / 2) < 1e-12
          );
        },
      ),
    );
  });

  it('narrows as the sample grows at the same rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 100, max: 10_000 }),
        (successes, trials) => {
          const small = wilsonInterval(successes, 100);
          const large = wilsonInterval(successes * 100, trials * 100);
          return small !== null && large !== null && large.halfWidth <= small.halfWidth + 1e-12;
        },
      ),
    );
  });
});

describe('isSampleTooSmall', () => {
  it('flags an interval wider than ±5 points, and no sample at all', () => {
    expect(isSampleTooSmall(wilsonInterval(45, 50))).toBe(true);
    expect(isSampleTooSmall(wilsonInterval(500, 1000))).toBe(false);
    expect(isSampleTooSmall(null)).toBe(true);
  });

  it('takes another margin', () => {
    expect(isSampleTooSmall(wilsonInterval(45, 50), 0.1)).toBe(false);
  });

  it('accepts the planned sample size at the worst-case rate 50%', () => {
    expect(isSampleTooSmall(wilsonInterval(192, 385))).toBe(false);
    expect(isSampleTooSmall(wilsonInterval(100, 200))).toBe(true);
  });
});

describe('sampleSizeForMargin', () => {
  it('is 385 for ±5% at 50% (1.959964² × 0.25 / 0.05² = 384.146)', () => {
    expect(sampleSizeForMargin(0.05)).toBe(385);
  });

  it.each([
    // z² p(1−p) / m², rounded up: 3.841459 × 0.09 / 0.0025 = 138.29; × 0.25 / 0.0009 = 1067.07.
    [0.05, 0.9, 139],
    [0.03, 0.5, 1068],
    [0.1, 0.5, 97],
  ])('±%f at %f → %i', (margin, p, size) => {
    expect(sampleSizeForMargin(margin, p)).toBe(size);
  });

  it('refuses a margin outside (0, 1) and a rate outside [0, 1]', () => {
    expect(() => sampleSizeForMargin(0)).toThrow(RangeError);
    expect(() => sampleSizeForMargin(1)).toThrow(RangeError);
    expect(() => sampleSizeForMargin(0.05, 1.5)).toThrow(RangeError);
  });
});
