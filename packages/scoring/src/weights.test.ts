import { describe, expect, it } from 'vitest';
import { scoreBudget } from './budget-score.ts';
import { gradeOf } from './grade.ts';
import { resolveWeights, type WeightedRow } from './weights.ts';

const row = (
  id: string,
  level1: WeightedRow['level1'],
  weight: number | null = null,
  isPart = false,
) => ({
  id,
  level1,
  weight,
  isPart,
});

describe('weights', () => {
  it('spreads the default 50 / 30 / 10 evenly inside each level-1 group', () => {
    const resolved = resolveWeights([
      row('a', 'output'),
      row('b', 'output'),
      row('c', 'output'),
      row('c1', 'output', null, true),
      row('d', 'benefit'),
      row('e', 'satisfaction'),
      row('f', 'satisfaction'),
    ]);
    expect(resolved.source).toBe('default');
    expect(Object.fromEntries(resolved.weights)).toEqual({
      a: 50 / 3,
      b: 50 / 3,
      c: 50 / 3,
      c1: 0,
      d: 30,
      e: 5,
      f: 5,
    });
    expect(resolved.problems).toEqual([]);
  });

  it('reports a level-1 group with no indicator', () => {
    const resolved = resolveWeights([row('a', 'output'), row('b', 'satisfaction')]);
    expect(resolved.problems).toEqual([{ kind: 'emptyGroup', level1: 'benefit' }]);
  });

  it('uses the form’s own weights, which must add up to 90 beside the budget’s 10', () => {
    const good = resolveWeights([
      row('a', 'output', 50),
      row('b', 'benefit', 30),
      row('c', 'satisfaction', 10),
    ]);
    expect(good.source).toBe('form');
    expect(good.problems).toEqual([]);
    const bad = resolveWeights([
      row('a', 'output', 50),
      row('b', 'benefit', 20),
      row('c', 'satisfaction', null),
    ]);
    expect(bad.problems).toEqual([
      { kind: 'incomplete', rowIds: ['c'] },
      { kind: 'sum', expected: 90, actual: 70 },
    ]);
  });
});

describe('budget execution: min(B/A, 1) × 10', () => {
  it.each([
    ['14204', '11616', 81.7798, 8.178],
    ['43013', '40889', 95.062, 9.5062],
    ['33874', '33874', 100, 10],
    ['100', '120', 120, 10],
  ])('A=%s B=%s', (budget, executed, rate, points) => {
    const result = scoreBudget(budget, executed);
    expect(result?.executionRate).toBeCloseTo(rate, 3);
    expect(result?.score).toBeCloseTo(points, 3);
  });

  it('has nothing to score without a positive budget', () => {
    expect(scoreBudget('0', '10')).toBeNull();
    expect(scoreBudget('10', '-1')).toBeNull();
  });
});

describe('grade: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.996, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ] as const)('%d → %s', (total, grade) => {
    expect(gradeOf(total)).toBe(grade);
  });
});
