import { type FormEvent, useId, useState } from 'react';
import {
  editOutcome,
  type FieldMetric,
  type Indicator,
  REMOVE_INDICATOR_BINDING_MUTATION,
  type RespondentGroup,
  SET_INDICATOR_BINDING_MUTATION,
} from '../api/dashboard-documents.ts';
import type { Scheme } from '../api/roster-documents.ts';
import { errorsFor, FieldMessages } from '../ui/form-controls.tsx';
import { SCHEME_LABELS } from '../ui/labels.ts';
import { useServices } from '../ui/services-context.ts';
import { RESPONDENT_GROUP_LABELS } from './dashboard-labels.ts';
import { fieldErrorsOf, useEditRunner } from './edit-state.ts';
import { EditStatus } from './edit-status.tsx';
import {
  FIELD_METRIC_VALUES,
  fieldMetricDescription,
  fieldMetricName,
  metricFilter,
} from './field-metric-labels.ts';

const SCHEMES = Object.keys(SCHEME_LABELS) as Scheme[];
const GROUPS = Object.keys(RESPONDENT_GROUP_LABELS) as RespondentGroup[];

/**
 * 数据来源 — binds the indicator to a field metric (its actual then comes from the rollup of the
 * county and year), with the metric's filter: 险种 for verification metrics, 受访人群 for
 * survey metrics; or removes the binding.
 */
export function BindingForm({
  indicator,
  projectScheme,
  onSaved,
}: {
  indicator: Indicator;
  projectScheme: Scheme | null;
  onSaved: () => void;
}) {
  const { session } = useServices();
  const id = useId();
  const binding = indicator.binding;
  const [metric, setMetric] = useState<FieldMetric>(binding?.metric ?? 'SATISFACTION_RATE');
  const [scheme, setScheme] = useState<Scheme | ''>(binding?.scheme ?? '');
  const [group, setGroup] = useState<RespondentGroup | ''>(binding?.respondentGroup ?? '');
  const runner = useEditRunner(onSaved);
  const errors = fieldErrorsOf(runner.state);
  const filter = metricFilter(metric);
  const schemeErrors = errorsFor(errors, 'scheme');
  const groupErrors = errorsFor(errors, 'respondentGroup');
  const metricErrors = errorsFor(errors, 'metric');

  function submit(event: FormEvent) {
    event.preventDefault();
    void runner.run(
      async () => {
        const data = await session.mutate(SET_INDICATOR_BINDING_MUTATION, {
          indicatorId: indicator.id,
          metric,
          scheme: filter === 'scheme' && scheme !== '' ? scheme : null,
          respondentGroup: filter === 'respondentGroup' && group !== '' ? group : null,
        });
        return editOutcome(data.setIndicatorBinding);
      },
      `已绑定外勤数据：${fieldMetricName(metric)}，评分已更新。`,
    );
  }

  function unbind() {
    void runner.run(async () => {
      const data = await session.mutate(REMOVE_INDICATOR_BINDING_MUTATION, {
        indicatorId: indicator.id,
      });
      return editOutcome(data.removeIndicatorBinding);
    }, '已解除绑定，评分改用手工填报的完成值。');
  }

  const projectSchemeName = projectScheme === null ? '全部险种' : SCHEME_LABELS[projectScheme];
  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      <h4>数据来源</h4>
      <p>
        当前：
        {binding === null
          ? '手工填报'
          : `外勤采集 — ${fieldMetricName(binding.metric)}` +
            filterText(binding.scheme, binding.respondentGroup)}
      </p>
      <div className={`field${metricErrors.length > 0 ? ' invalid' : ''}`}>
        <label htmlFor={`${id}-metric`}>外勤数据指标</label>
        <select
          id={`${id}-metric`}
          value={metric}
          onChange={(event) => setMetric(event.target.value as FieldMetric)}
          aria-describedby={`${id}-metric-description`}
        >
          {FIELD_METRIC_VALUES.map((value) => (
            <option key={value} value={value}>
              {fieldMetricName(value)}
            </option>
          ))}
        </select>
        <p id={`${id}-metric-description`} className="hint metric-description">
          {fieldMetricDescription(metric)}
        </p>
        <FieldMessages id={`${id}-metric-errors`} errors={metricErrors} />
      </div>
      {filter === 'scheme' ? (
        <div className={`field${schemeErrors.length > 0 ? ' invalid' : ''}`}>
          <label htmlFor={`${id}-scheme`}>险种</label>
          <select
            id={`${id}-scheme`}
            value={scheme}
            onChange={(event) => setScheme(event.target.value as Scheme | '')}
          >
            <option value="">项目的险种（{projectSchemeName}）</option>
            {SCHEMES.map((value) => (
              <option key={value} value={value}>
                {SCHEME_LABELS[value]}
              </option>
            ))}
          </select>
          <FieldMessages id={`${id}-scheme-errors`} errors={schemeErrors} />
        </div>
      ) : (
        <div className={`field${groupErrors.length > 0 ? ' invalid' : ''}`}>
          <label htmlFor={`${id}-group`}>受访人群</label>
          <select
            id={`${id}-group`}
            value={group}
            onChange={(event) => setGroup(event.target.value as RespondentGroup | '')}
          >
            <option value="">全部人群</option>
            {GROUPS.map((value) => (
              <option key={value} value={value}>
                {RESPONDENT_GROUP_LABELS[value]}
              </option>
            ))}
          </select>
          <FieldMessages id={`${id}-group-errors`} errors={groupErrors} />
        </div>
      )}
      <EditStatus state={runner.state} />
      <div className="button-row">
        <button
          type="submit"
          className="button primary"
          disabled={runner.state.status === 'saving'}
        >
          {binding === null ? '绑定外勤数据' : '更新绑定'}
        </button>
        {binding === null ? null : (
          <button
            type="button"
            className="button secondary"
            onClick={unbind}
            disabled={runner.state.status === 'saving'}
          >
            解除绑定
          </button>
        )}
      </div>
    </form>
  );
}

function filterText(scheme: Scheme | null, group: RespondentGroup | null): string {
  if (scheme !== null) return `（${SCHEME_LABELS[scheme]}）`;
  if (group !== null) return `（${RESPONDENT_GROUP_LABELS[group]}）`;
  return '';
}
