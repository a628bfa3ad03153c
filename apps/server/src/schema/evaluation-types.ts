import type { BudgetScore } from '@jixiao/scoring';
import { builder } from '../builder.ts';
import type {
  EvaluationView,
  FindingView,
  IndicatorEvaluationView,
} from '../services/evaluation-view.ts';

/**
 * The scored form as the API shows it, for a stored project (ProjectEvaluation) and for a form
 * checked before filing (Evaluation): one engine, @jixiao/scoring, behind both.
 */
export const FindingSeverityEnum = builder.enumType('FindingSeverity', {
  values: {
    ERROR: { value: 'error', description: '错误: the form contradicts itself or the rules' },
    WARNING: { value: 'warning', description: '警告: to be examined' },
    INFO: { value: 'info', description: '提示' },
  } as const,
});

export const ActualSourceEnum = builder.enumType('ActualSource', {
  values: {
    MANUAL: { description: '手工填报: the actual typed into the form' },
    FIELD_DATA: { description: '外勤数据: computed from the rollup through the binding' },
  } as const,
});

const BudgetScoreRef = builder.objectRef<BudgetScore>('BudgetScore').implement({
  description: '预算执行率: score = min(B/A, 1) × 10',
  fields: (t) => ({
    executionRate: t.exposeFloat('executionRate', {
      description: 'B/A in percent, uncapped (81.78 for 81.78%)',
    }),
    score: t.exposeFloat('score'),
    weight: t.exposeFloat('weight'),
  }),
});

const IndicatorEvaluationRef = builder
  .objectRef<IndicatorEvaluationView>('IndicatorEvaluation')
  .implement({
    description: 'One indicator (三级指标) as scored',
    fields: (t) => ({
      rowKey: t.exposeString('rowKey'),
      name: t.exposeString('name'),
      target: t.exposeString('target', { nullable: true }),
      actual: t.exposeString('actual', {
        nullable: true,
        description: 'The actual (全年完成值) that was scored, as text',
      }),
      actualSource: t.field({ type: ActualSourceEnum, resolve: (row) => row.actualSource }),
      completionRate: t.exposeFloat('completionRate', {
        nullable: true,
        description: 'Completion in percent, uncapped (102.85 for 102.85%); null when unscorable',
      }),
      score: t.exposeFloat('score'),
      weight: t.exposeFloat('weight'),
      met: t.exposeBoolean('met'),
      flags: t.exposeStringList('flags', {
        description: 'What the evaluator should look at, e.g. missingActual, farAboveTarget',
      }),
    }),
  });

const FindingRef = builder.objectRef<FindingView>('Finding').implement({
  description: 'Something in the form that contradicts itself or the rules',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. NEGATIVE_PRINTED_AS_POSITIVE' }),
    severity: t.field({ type: FindingSeverityEnum, resolve: (found) => found.severity }),
    rowKey: t.exposeString('rowKey', { nullable: true }),
    indicator: t.exposeString('indicator', {
      nullable: true,
      description: 'The name of the indicator the finding is about',
    }),
    subject: t.exposeString('subject'),
    message: t.exposeString('message'),
  }),
});

function evaluationRef(name: string, description: string) {
  return builder.objectRef<EvaluationView>(name).implement({
    description,
    fields: (t) => ({
      total: t.exposeFloat('total', { description: 'Budget score + the indicators’ scores' }),
      grade: t.exposeString('grade', { description: '优 ≥ 90, 良 80–90, 中 60–80, 差 < 60' }),
      complete: t.exposeBoolean('complete', {
        description: 'False when some indicator could not be scored (e.g. no actual)',
      }),
      budget: t.field({
        type: BudgetScoreRef,
        nullable: true,
        resolve: (evaluation) => evaluation.budget,
      }),
      budgetScore: t.float({
        nullable: true,
        resolve: (evaluation) => evaluation.budget?.score ?? null,
      }),
      indicators: t.field({
        type: [IndicatorEvaluationRef],
        resolve: (evaluation) => evaluation.indicators,
      }),
      findings: t.field({ type: [FindingRef], resolve: (evaluation) => evaluation.findings }),
    }),
  });
}

export const ProjectEvaluationRef = evaluationRef(
  'ProjectEvaluation',
  'A stored project scored by the official rules, bound indicators taking their actuals from ' +
    'the rollup of the county and year',
);

export const EvaluationRef = evaluationRef(
  'Evaluation',
  'A form given as input, scored by the official rules (nothing is stored)',
);
