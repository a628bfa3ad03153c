import { builder } from '../builder.ts';
import { evaluationView } from '../services/evaluation-view.ts';
import { checkForm, MAX_INPUT_INDICATORS } from '../services/form-check.ts';
import { EvaluationRef } from './evaluation-types.ts';

/**
 * `evaluate` — scores a form given as input, so a county office can check it before filing:
 * stateless, any signed-in user. Targets and actuals are the raw texts of the form.
 */
const EvaluationIndicatorInput = builder.inputType('EvaluationIndicatorInput', {
  description: 'One indicator row as the form prints it',
  fields: (t) => ({
    level1: t.string({ required: true, description: '一级指标, e.g. 产出指标 / 项目完成' }),
    level2: t.string({ description: '二级指标, e.g. 数量指标' }),
    name: t.string({ required: true, description: '三级指标' }),
    target: t.string({ description: '年度指标值 as written, e.g. ≥ 377693' }),
    actual: t.string({ description: '全年完成值 as written, e.g. 382107' }),
    weight: t.float({ description: '分值; leave out to use the default weights' }),
    printedRate: t.string({ description: 'The completion rate the form prints, e.g. 81.78%' }),
  }),
});

const EvaluationInput = builder.inputType('EvaluationInput', {
  description: `A self-evaluation form: funds in 万元 and at most ${MAX_INPUT_INDICATORS} indicators`,
  fields: (t) => ({
    budget: t.field({ type: 'Decimal', description: '全年预算数 A (万元)' }),
    executed: t.field({ type: 'Decimal', description: '全年执行数 B (万元)' }),
    indicators: t.field({ type: [EvaluationIndicatorInput], required: true }),
  }),
});

builder.queryField('evaluate', (t) =>
  t.field({
    type: EvaluationRef,
    authScopes: { signedIn: true },
    description:
      'Scores a form given as input by the official rules and lists its findings; row keys of ' +
      'the result are r1, r2, … in the order given. Nothing is stored.',
    args: { input: t.arg({ type: EvaluationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      evaluationView(checkForm(input, context.now.getFullYear())),
  }),
);
