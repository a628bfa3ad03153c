import { describeFieldMetric } from '@jixiao/domain';
import { builder } from '../builder.ts';
import { METRIC_FROM_DB } from '../services/field-actuals.ts';

/**
 * 外勤数据指标 as a GraphQL enum: each value is described with the catalogue's numerator,
 * denominator and filters (FIELD_METRICS in @jixiao/domain), in Chinese and English.
 */
export const FieldMetricEnum = builder.enumType('FieldMetric', {
  description: 'The field data an indicator’s actual (全年完成值) can be computed from',
  values: {
    SATISFACTION_RATE: { description: describeFieldMetric(METRIC_FROM_DB.SATISFACTION_RATE) },
    POLICY_AWARENESS_RATE: {
      description: describeFieldMetric(METRIC_FROM_DB.POLICY_AWARENESS_RATE),
    },
    BENEFICIARY_COUNT: { description: describeFieldMetric(METRIC_FROM_DB.BENEFICIARY_COUNT) },
    PAYMENT_ACCURACY: { description: describeFieldMetric(METRIC_FROM_DB.PAYMENT_ACCURACY) },
    INELIGIBLE_PAYMENTS: { description: describeFieldMetric(METRIC_FROM_DB.INELIGIBLE_PAYMENTS) },
  } as const,
});
