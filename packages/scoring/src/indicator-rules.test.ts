import { describe, expect, it } from 'vitest';
import {
  dateRule,
  deadlineRule,
  equalityRule,
  isInsideBand,
  negativeRule,
  positiveRule,
  qualitativeRule,
  rangeRule,
  tierOfPercent,
} from './indicator-rules.ts';

const percent = (outcome: { ratio: { times(n: number): { toNumber(): number } } }) =>
  outcome.ratio.times(100).toNumber();

describe('positive rule (≥ A): B / A, capped at 1', () => {
  it.each([
    // [A, B, uncapped %, capped ratio] — from the seed forms
    [360736, 371029, 102.85, 1],
    [5240, 5218, 99.58, 0.9958],
    [3250, 2931, 90.18, 0.90185],
    [68446, 56968, 83.23, 0.8323],
    [0, 5, 100, 1],
    [100, 0, 0, 0],
  ])('A=%d B=%d → %d%%', (a, b, uncapped, capped) => {
    const outcome = positiveRule(a, b);
    expect(percent(outcome)).toBeCloseTo(uncapped, 2);
    expect(outcome.capped.toNumber()).toBeCloseTo(capped, 4);
  });
});

describe('negative rule (≤ A): A / B, capped at 1', () => {
  it.each([
    [14204, 11616, 122.28, 1],
    [43013, 40889, 105.19, 1],
    [1572, 1573, 99.94, 0.99936],
    // ≤0 with 0 and ≤1% with 0 are full marks
    [0, 0, 100, 1],
    [1, 0, 100, 1],
    // a zero target exceeded scores nothing
    [0, 3, 0, 0],
  ])('A=%d B=%d → %d%%', (a, b, uncapped, capped) => {
    const outcome = negativeRule(a, b);
    expect(percent(outcome)).toBeCloseTo(uncapped, 2);
    expect(outcome.capped.toNumber()).toBeCloseTo(capped, 4);
  });
});

describe('equality rule (= A): a deviation either way lowers the score', () => {
  it.each([
    [88, 88, 1],
    [100, 100, 1],
    [280, 290, 1 - 10 / 280],
    [280, 270, 1 - 10 / 280],
    [100, 250, 0],
    [0, 0, 1],
    [0, 1, 0],
  ])('A=%d B=%d → %d', (a, b, capped) => {
    expect(equalityRule(a, b).capped.toNumber()).toBeCloseTo(capped, 10);
  });

  it('keeps the uncapped ratio B / A for the printed completion rate', () => {
    expect(equalityRule(280, 290).ratio.toNumber()).toBeCloseTo(290 / 280, 10);
  });
});

describe('range rule (95% ≤ x ≤ 105%)', () => {
  it.each([
    [95, 1],
    [100, 1],
    [105, 1],
    [90, 90 / 95],
    [110, 105 / 110],
  ])('B=%d → %d', (b, capped) => {
    expect(rangeRule(95, 105, b).capped.toNumber()).toBeCloseTo(capped, 10);
  });
});

describe('time rules', () => {
  it('a date is met on or before it', () => {
    expect(dateRule('2020-06-30', '2020-06-30').capped.toNumber()).toBe(1);
    expect(dateRule('2020-06-30', '2020-06-01').capped.toNumber()).toBe(1);
    expect(dateRule('2020-06-30', '2020-07-01').capped.toNumber()).toBe(0);
  });

  it('a deadline in days is met when fewer days were needed', () => {
    expect(deadlineRule(20, 18).capped.toNumber()).toBe(1);
    expect(deadlineRule(20, 25).capped.toNumber()).toBe(0);
  });
});

describe('qualitative tiers: 100–80% (80 incl.), 80–50% (50 incl.), 50–0%', () => {
  it.each([
    [100, 'achieved'],
    [80, 'achieved'],
    [79.99, 'partial'],
    [50, 'partial'],
    [49.9, 'notAchieved'],
    [0, 'notAchieved'],
    [101, null],
    [-1, null],
  ] as const)('%d%% is %s', (value, tier) => {
    expect(tierOfPercent(value)).toBe(tier);
  });

  it('checks a chosen percent against its tier’s band', () => {
    expect(isInsideBand('achieved', 85)).toBe(true);
    expect(isInsideBand('achieved', 79)).toBe(false);
    expect(isInsideBand('partial', 80)).toBe(false);
    expect(isInsideBand('partial', 50)).toBe(true);
    expect(isInsideBand('notAchieved', 50)).toBe(false);
  });

  it('scores the chosen percent, or the band’s lower bound for a bare tier', () => {
    expect(qualitativeRule('achieved', 90).capped.toNumber()).toBe(0.9);
    expect(qualitativeRule('achieved', null).capped.toNumber()).toBe(0.8);
    expect(qualitativeRule('partial', null).capped.toNumber()).toBe(0.5);
    expect(qualitativeRule('notAchieved', null).capped.toNumber()).toBe(0);
  });
});
