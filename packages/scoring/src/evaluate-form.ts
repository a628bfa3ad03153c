import {
  type EvaluationForm,
  type ExpressionResult,
  type IndicatorRow,
  type Level1,
  type Level2,
  level1FromLabel,
  level2FromLabel,
  parentOf,
  parseExpression,
} from '@jixiao/domain';
import { type BudgetScore, scoreBudget } from './budget-score.ts';
import { checkFigures } from './checks/figure-checks.ts';
import { checkFunds } from './checks/fund-checks.ts';
import { checkIndicators } from './checks/indicator-checks.ts';
import { checkNarrative } from './checks/narrative-checks.ts';
import { checkParts } from './checks/part-checks.ts';
import { checkPrintedRates } from './checks/printed-rate-checks.ts';
import { checkWeights } from './checks/weight-checks.ts';
import type { Finding } from './finding.ts';
import { type Grade, gradeOf } from './grade.ts';
import { type IndicatorScore, scoreIndicator } from './score-indicator.ts';
import { resolveWeights, type WeightProblem } from './weights.ts';

export interface IndicatorEvaluation {
  row: IndicatorRow;
  /** The level-1 group the indicator is scored in (its level-2's parent when the two differ). */
  level1: Level1 | null;
  /** The level-1 label as printed, resolved; differs from level1 when misfiled. */
  printedLevel1: Level1 | null;
  level2: Level2 | null;
  target: ExpressionResult | null;
  actual: ExpressionResult | null;
  score: IndicatorScore;
  isPart: boolean;
}

export interface FormEvaluation {
  form: EvaluationForm;
  /** False for a target declaration: it has no actuals to score. */
  scorable: boolean;
  budget: BudgetScore | null;
  indicators: IndicatorEvaluation[];
  weightSource: 'form' | 'default';
  weightProblems: WeightProblem[];
  /** Budget score + the indicators' scores. */
  total: number;
  grade: Grade;
  /** False when some indicator could not be scored (no actual, unreadable, not applicable). */
  complete: boolean;
  findings: Finding[];
}

function parseCell(text: string | null): ExpressionResult | null {
  return text === null || text.trim() === '' ? null : parseExpression(text);
}

function categorize(row: IndicatorRow) {
  const printedLevel1 = level1FromLabel(row.level1);
  const level2 = row.level2 === null ? null : level2FromLabel(row.level2);
  const level1 = level2 === null ? printedLevel1 : parentOf(level2);
  return { printedLevel1, level1, level2 };
}

/**
 * Scores a whole form by the official rules and checks it for inconsistencies: one engine for
 * the seed forms, the API's stateless `evaluate` and the projects in the database.
 */
export function evaluateForm(form: EvaluationForm): FormEvaluation {
  const scorable = form.kind !== 'target-declaration' && form.indicators.length > 0;
  const categorized = form.indicators.map((row) => ({ row, ...categorize(row) }));
  const resolved = resolveWeights(
    categorized.map(({ row, level1 }) => ({
      id: row.id,
      level1,
      weight: row.weight ?? null,
      isPart: row.partOf !== undefined,
    })),
  );
  const indicators = categorized.map(({ row, level1, printedLevel1, level2 }) => {
    const target = parseCell(row.target);
    const actual = parseCell(row.actual);
    const isPart = row.partOf !== undefined;
    const weight = resolved.weights.get(row.id) ?? 0;
    const score = scoreIndicator({ target, actual, weight, printedRate: row.printedRate });
    return { row, level1, printedLevel1, level2, target, actual, score, isPart };
  });
  const total = form.funds?.total;
  const budget =
    scorable && total?.budget && total.executed ? scoreBudget(total.budget, total.executed) : null;
  const scoreTotal =
    (budget?.score ?? 0) + indicators.reduce((sum, indicator) => sum + indicator.score.score, 0);
  const complete =
    scorable &&
    budget !== null &&
    indicators.every((indicator) => indicator.isPart || indicator.score.completionRate !== null);
  const evaluation: FormEvaluation = {
    form,
    scorable,
    budget,
    indicators,
    weightSource: resolved.source,
    weightProblems: resolved.problems,
    total: scoreTotal,
    grade: gradeOf(scoreTotal),
    complete,
    findings: [],
  };
  evaluation.findings = [
    ...checkFunds(form),
    ...checkIndicators(evaluation),
    ...checkPrintedRates(evaluation),
    ...checkParts(evaluation),
    ...checkWeights(evaluation),
    ...checkNarrative(evaluation),
    ...checkFigures(form),
  ];
  return evaluation;
}
