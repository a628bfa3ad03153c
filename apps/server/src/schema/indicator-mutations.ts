import { builder } from '../builder.ts';
import { METRIC_FROM_DB } from '../services/field-actuals.ts';
import {
  removeIndicatorBinding,
  setIndicatorActual,
  setIndicatorBinding,
  updateIndicator,
} from '../services/indicator-service.ts';
import { RespondentGroupEnum, SchemeEnum } from './enums.ts';
import { InvalidInputError, NotFoundError } from './errors.ts';
import { FieldMetricEnum } from './field-metrics.ts';
import { IndicatorRef } from './projects.ts';

/**
 * 指标管理 — the county manager's edits of a project's indicators. Each is limited to the
 * manager's own county (FORBIDDEN otherwise), audited, and answers a typed result: the
 * indicator, InvalidInputError with the field and the parser's message, or NotFoundError.
 * An argument left out is kept; null clears it.
 */
const ERRORS = { types: [InvalidInputError, NotFoundError] };

builder.mutationField('setIndicatorActual', (t) =>
  t.field({
    type: IndicatorRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: ERRORS,
    description:
      'Sets the manual actual (全年完成值, read by the same parser as the scoring) and the ' +
      'reason (未完成原因和改进措施, at most 1000 characters). A bound indicator keeps taking its ' +
      'actual from field data until the binding is removed.',
    args: {
      indicatorId: t.arg.id({ required: true }),
      actual: t.arg.string(),
      reason: t.arg.string(),
    },
    resolve: (_root, args, context) =>
      setIndicatorActual(context, { ...args, indicatorId: String(args.indicatorId) }),
  }),
);

builder.mutationField('updateIndicator', (t) =>
  t.field({
    type: IndicatorRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: ERRORS,
    description: 'Edits the target (年度指标值, must be readable) and the weight (分值, 0–100)',
    args: {
      indicatorId: t.arg.id({ required: true }),
      target: t.arg.string(),
      weight: t.arg({ type: 'Decimal' }),
    },
    resolve: (_root, args, context) =>
      updateIndicator(context, { ...args, indicatorId: String(args.indicatorId) }),
  }),
);

builder.mutationField('setIndicatorBinding', (t) =>
  t.field({
    type: IndicatorRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: ERRORS,
    description:
      'Binds the indicator to a field metric: its actual then comes from the rollup. A survey ' +
      'metric takes a respondent group, a verification metric a scheme (see FieldMetric).',
    args: {
      indicatorId: t.arg.id({ required: true }),
      metric: t.arg({ type: FieldMetricEnum, required: true }),
      scheme: t.arg({ type: SchemeEnum }),
      respondentGroup: t.arg({ type: RespondentGroupEnum }),
    },
    resolve: (_root, args, context) =>
      setIndicatorBinding(context, {
        indicatorId: String(args.indicatorId),
        metric: METRIC_FROM_DB[args.metric],
        scheme: args.scheme ?? null,
        respondentGroup: args.respondentGroup ?? null,
      }),
  }),
);

builder.mutationField('removeIndicatorBinding', (t) =>
  t.field({
    type: IndicatorRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: ERRORS,
    description: 'Removes the binding: the indicator is scored on its manual actual again',
    args: { indicatorId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => removeIndicatorBinding(context, String(args.indicatorId)),
  }),
);
