import type { BudgetScore, FormEvaluation, Severity } from '@jixiao/scoring';
import type { ActualSource } from './evaluation-service.ts';

/**
 * What the API shows of a scored form (a stored project or a form given to `evaluate`): the
 * scoring engine's result, flattened. Pure.
 */
export interface IndicatorEvaluationView {
  rowKey: string;
  name: string;
  target: string | null;
  /** The actual that was scored, as text. */
  actual: string | null;
  actualSource: ActualSource;
  /** Uncapped completion in percent (102.85), null when none can be computed. */
  completionRate: number | null;
  score: number;
  weight: number;
  met: boolean;
  flags: string[];
}

export interface FindingView {
  code: string;
  severity: Severity;
  rowKey: string | null;
  /** The indicator's name when the finding is about one. */
  indicator: string | null;
  subject: string;
  message: string;
}

export interface EvaluationView {
  total: number;
  grade: string;
  complete: boolean;
  budget: BudgetScore | null;
  indicators: IndicatorEvaluationView[];
  findings: FindingView[];
}

export function evaluationView(
  evaluation: FormEvaluation,
  actualSources: ReadonlyMap<string, ActualSource> = new Map(),
): EvaluationView {
  const names = new Map(evaluation.form.indicators.map((row) => [row.id, row.name]));
  return {
    total: evaluation.total,
    grade: evaluation.grade,
    complete: evaluation.complete,
    budget: evaluation.budget,
    indicators: evaluation.indicators.map(({ row, score }) => ({
      rowKey: row.id,
      name: row.name,
      target: row.target,
      actual: row.actual,
      actualSource: actualSources.get(row.id) ?? 'MANUAL',
      completionRate: score.completionRate,
      score: score.score,
      weight: score.weight,
      met: score.met,
      flags: [...score.flags],
    })),
    findings: evaluation.findings.map((found) => ({
      code: found.code,
      severity: found.severity,
      rowKey: found.rowId,
      indicator: found.rowId === null ? null : (names.get(found.rowId) ?? null),
      subject: found.subject,
      message: found.message,
    })),
  };
}
