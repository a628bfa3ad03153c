import { level1Name } from '@jixiao/domain';
import type { FormEvaluation } from '../evaluate-form.ts';
import { type Finding, finding } from '../finding.ts';
import type { WeightProblem } from '../weights.ts';

function problemFinding(problem: WeightProblem, names: Map<string, string>): Finding {
  switch (problem.kind) {
    case 'incomplete':
      return finding(
        'WEIGHTS_INCOMPLETE',
        '分值',
        `部分指标未填写分值：${problem.rowIds.map((id) => names.get(id) ?? id).join('、')}`,
      );
    case 'sum':
      return finding(
        'WEIGHTS_DO_NOT_ADD_UP',
        '分值',
        `各指标分值合计 ${problem.actual}，加上预算执行率 10 分应为 100 分` +
          `（指标应合计 ${problem.expected}）`,
      );
    case 'emptyGroup':
      return finding(
        'LEVEL1_GROUP_EMPTY',
        level1Name(problem.level1),
        `${level1Name(problem.level1)}下没有任何三级指标，该组分值无法得分`,
      );
  }
}

/** Weights the form prints that do not add up, or a level-1 group with no indicator. */
export function checkWeights(evaluation: FormEvaluation): Finding[] {
  if (!evaluation.scorable) return [];
  const names = new Map(
    evaluation.indicators.map((indicator) => [indicator.row.id, indicator.row.name]),
  );
  return evaluation.weightProblems.map((problem) => problemFinding(problem, names));
}
