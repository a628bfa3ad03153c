import { type FormEvent, useState } from 'react';
import {
  editOutcome,
  type Indicator,
  SET_INDICATOR_ACTUAL_MUTATION,
  type SetIndicatorActualVariables,
} from '../api/dashboard-documents.ts';
import { errorsFor, TextField } from '../ui/form-controls.tsx';
import { useServices } from '../ui/services-context.ts';
import { fieldErrorsOf, useEditRunner } from './edit-state.ts';
import { EditStatus } from './edit-status.tsx';
import { textOrNull } from './form-text.ts';

/**
 * 手工填报全年完成值 — the actual typed in by the manager (read by the scoring's parser, so
 * "382107", "95%", "达成预期指标" …) and the 未完成原因和改进措施. Only what changed is sent.
 */
export function ActualForm({ indicator, onSaved }: { indicator: Indicator; onSaved: () => void }) {
  const { session } = useServices();
  const [actual, setActual] = useState(indicator.manualActual ?? '');
  const [reason, setReason] = useState(indicator.reason ?? '');
  const runner = useEditRunner(onSaved);
  const errors = fieldErrorsOf(runner.state);

  function submit(event: FormEvent) {
    event.preventDefault();
    const variables: SetIndicatorActualVariables = {
      indicatorId: indicator.id,
    };
    if (textOrNull(actual) !== indicator.manualActual) variables.actual = textOrNull(actual);
    if (textOrNull(reason) !== indicator.reason) variables.reason = textOrNull(reason);
    if (variables.actual === undefined && variables.reason === undefined) {
      runner.say('没有改动。');
      return;
    }
    void runner.run(async () => {
      const data = await session.mutate(SET_INDICATOR_ACTUAL_MUTATION, variables);
      return editOutcome(data.setIndicatorActual);
    }, '全年完成值已保存，评分已更新。');
  }

  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      <h4>手工填报全年完成值</h4>
      {indicator.binding === null ? null : (
        <p className="hint">
          此指标已绑定外勤数据：在解除绑定之前，评分使用外勤汇总的数值，不使用手工填报值。
        </p>
      )}
      <TextField
        label="全年完成值"
        value={actual}
        onChange={setActual}
        errors={errorsFor(errors, 'actual')}
        hint="按自评表的写法填写，如 382107、95%、达成预期指标；留空表示清除。"
      />
      <TextField
        label="未完成原因和改进措施"
        value={reason}
        onChange={setReason}
        errors={errorsFor(errors, 'reason')}
        multiline
        maxLength={1000}
      />
      <EditStatus state={runner.state} />
      <button type="submit" className="button primary" disabled={runner.state.status === 'saving'}>
        保存完成值
      </button>
    </form>
  );
}
