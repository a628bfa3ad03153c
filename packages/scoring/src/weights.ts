import type { Level1 } from '@jixiao/domain';
import { BUDGET_WEIGHT } from './budget-score.ts';

/** 分值 by level-1 group when a form gives none: 产出 50, 效益 30, 满意度 10 (+ 预算执行率 10). */
export const DEFAULT_LEVEL1_WEIGHTS: Record<Level1, number> = {
  output: 50,
  benefit: 30,
  satisfaction: 10,
};

export interface WeightedRow {
  id: string;
  level1: Level1 | null;
  /** The weight the form prints, if any. */
  weight: number | null;
  /** "其中" rows are part of their parent and carry no weight of their own. */
  isPart: boolean;
}

export type WeightProblem =
  | { kind: 'incomplete'; rowIds: string[] }
  | { kind: 'sum'; expected: number; actual: number }
  | { kind: 'emptyGroup'; level1: Level1 };

export interface ResolvedWeights {
  source: 'form' | 'default';
  weights: Map<string, number>;
  problems: WeightProblem[];
}

/**
 * The weight of every row. When the form prints weights they are used as printed and must add up
 * to 100 with the budget's 10; when it prints none, each level-1 group's default is spread
 * evenly over the group's indicators.
 */
export function resolveWeights(rows: readonly WeightedRow[]): ResolvedWeights {
  const scored = rows.filter((row) => !row.isPart);
  const printed = scored.filter((row) => row.weight !== null);
  const weights = new Map<string, number>(rows.map((row) => [row.id, 0]));
  const problems: WeightProblem[] = [];
  if (printed.length > 0) {
    const missing = scored.filter((row) => row.weight === null).map((row) => row.id);
    if (missing.length > 0) problems.push({ kind: 'incomplete', rowIds: missing });
    for (const row of printed) weights.set(row.id, row.weight ?? 0);
    const sum = printed.reduce((total, row) => total + (row.weight ?? 0), 0);
    const expected = 100 - BUDGET_WEIGHT;
    if (Math.abs(sum - expected) > 1e-9) problems.push({ kind: 'sum', expected, actual: sum });
    return { source: 'form', weights, problems };
  }
  for (const level1 of Object.keys(DEFAULT_LEVEL1_WEIGHTS) as Level1[]) {
    const group = scored.filter((row) => row.level1 === level1);
    if (group.length === 0) {
      problems.push({ kind: 'emptyGroup', level1 });
      continue;
    }
    const share = DEFAULT_LEVEL1_WEIGHTS[level1] / group.length;
    for (const row of group) weights.set(row.id, share);
  }
  return { source: 'default', weights, problems };
}
