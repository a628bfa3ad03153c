import { type FormEvent, useState } from 'react';
import {
  editOutcome,
  type Indicator,
  UPDATE_INDICATOR_MUTATION,
  type UpdateIndicatorVariables,
} from '../api/dashboard-documents.ts';
import { errorsFor, TextField } from '../ui/form-controls.tsx';
import { useServices } from '../ui/services-context.ts';
import { fieldErrorsOf, useEditRunner } from './edit-state.ts';
import { EditStatus } from './edit-status.tsx';
import { textOrNull } from './form-text.ts';

/** The same decimal written two ways ("10" and "10.00") is no change. */
function sameWeight(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Number(a) === Number(b);
}

/** 年度指标值与分值 — the target (must be readable, e.g. ≥ 377693) and the weight (0–100). */
export function TargetWeightForm({
  indicator,
  onSaved,
}: {
  indicator: Indicator;
  onSaved: () => void;
}) {
  const { session } = useServices();
  const [target, setTarget] = useState(indicator.target ?? '');
  const [weight, setWeight] = useState(indicator.weight ?? '');
  const runner = useEditRunner(onSaved);
  const errors = fieldErrorsOf(runner.state);

  function submit(event: FormEvent) {
    event.preventDefault();
    const variables: UpdateIndicatorVariables = {
      indicatorId: indicator.id,
    };
    if (textOrNull(target) !== indicator.target) variables.target = textOrNull(target);
    if (!sameWeight(textOrNull(weight), indicator.weight)) variables.weight = textOrNull(weight);
    if (variables.target === undefined && variables.weight === undefined) {
      runner.say('没有改动。');
      return;
    }
    void runner.run(async () => {
      const data = await session.mutate(UPDATE_INDICATOR_MUTATION, variables);
      return editOutcome(data.updateIndicator);
    }, '指标值和分值已保存，评分已更新。');
  }

  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      <h4>年度指标值与分值</h4>
      <TextField
        label="年度指标值"
        value={target}
        onChange={setTarget}
        errors={errorsFor(errors, 'target')}
        hint="如 ≥ 377693、=100%、≤1%、2020年6月30、有效促进。"
      />
      <TextField
        label="分值"
        value={weight}
        onChange={setWeight}
        inputMode="decimal"
        errors={errorsFor(errors, 'weight')}
        hint="0–100；留空则按默认权重（产出 50、效益 30、满意度 10）分配。"
      />
      <EditStatus state={runner.state} />
      <button type="submit" className="button primary" disabled={runner.state.status === 'saving'}>
        保存指标值和分值
      </button>
    </form>
  );
}
