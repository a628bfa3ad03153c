import { ExactDecimal, exact } from './exact-decimal.ts';

/** 预算执行率 weighs 10 of the 100 points. */
export const BUDGET_WEIGHT = 10;

export interface BudgetScore {
  /** B/A as a percentage, uncapped (81.78 for 81.78%). */
  executionRate: number;
  /** min(B/A, 1) × 10. */
  score: number;
  weight: number;
}

/**
 * Budget execution: score = min(B/A, 1) × 10, with A = 全年预算数 and B = 全年执行数 as printed
 * (same unit). Null when A is not positive or B is negative: there is nothing to score.
 */
export function scoreBudget(budget: string, executed: string): BudgetScore | null {
  const a = exact(budget);
  const b = exact(executed);
  if (a.lte(0) || b.lt(0)) return null;
  const ratio = b.div(a);
  return {
    executionRate: ratio.times(100).toNumber(),
    score: ExactDecimal.min(ratio, 1).times(BUDGET_WEIGHT).toNumber(),
    weight: BUDGET_WEIGHT,
  };
}
