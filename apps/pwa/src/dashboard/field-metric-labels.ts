import { FIELD_METRICS, type FieldMetricDefinition } from '@jixiao/domain';
import type { FieldMetric } from '../api/dashboard-documents.ts';

/**
 * 外勤数据指标 as the manager reads them when binding an indicator: the name, the unit and what
 * is counted over what, in Chinese — from the same catalogue (FIELD_METRICS in @jixiao/domain)
 * the server describes its FieldMetric enum with.
 */
export const FIELD_METRIC_VALUES: readonly FieldMetric[] = [
  'SATISFACTION_RATE',
  'POLICY_AWARENESS_RATE',
  'BENEFICIARY_COUNT',
  'PAYMENT_ACCURACY',
  'INELIGIBLE_PAYMENTS',
];

const DOMAIN_CODES: Record<FieldMetric, keyof typeof FIELD_METRICS> = {
  SATISFACTION_RATE: 'satisfactionRate',
  POLICY_AWARENESS_RATE: 'policyAwarenessRate',
  BENEFICIARY_COUNT: 'beneficiaryCount',
  PAYMENT_ACCURACY: 'paymentAccuracy',
  INELIGIBLE_PAYMENTS: 'ineligiblePayments',
};

const COMMON_RULE: Record<FieldMetricDefinition['source'], string> = {
  surveyResponses: '只计本县本年度、在年度锁定前提交的调查记录',
  verifications: '只计本县本年度、在年度锁定前提交的核实记录，每人每年只计最新一条',
};

export function fieldMetric(metric: FieldMetric): FieldMetricDefinition {
  return FIELD_METRICS[DOMAIN_CODES[metric]];
}

/** 满意度（%） */
export function fieldMetricName(metric: FieldMetric): string {
  const definition = fieldMetric(metric);
  return `${definition.name}（${definition.unit}）`;
}

/** What the metric counts, over what, with which filters — one Chinese paragraph. */
export function fieldMetricDescription(metric: FieldMetric): string {
  const definition = fieldMetric(metric);
  const formula =
    definition.denominator === null
      ? definition.numerator.zh
      : `${definition.numerator.zh} ÷ ${definition.denominator.zh}`;
  const rule = COMMON_RULE[definition.source];
  return `${fieldMetricName(metric)}= ${formula}。${definition.filterText.zh}。${rule}。`;
}

/** Whether the metric comes from verifications (filtered by 险种) or surveys (by 受访人群). */
export function metricFilter(metric: FieldMetric): 'scheme' | 'respondentGroup' {
  return fieldMetric(metric).source === 'verifications' ? 'scheme' : 'respondentGroup';
}
