import type { FieldMetric as DbFieldMetric, RespondentGroup } from '@jixiao/db';
import type { FieldMetric, MetricCounts } from '@jixiao/domain';
import type { SurveyRollup, VerificationFigures } from './rollup-figures.ts';

/**
 * Which rollup figures each field metric takes (see FIELD_METRICS in @jixiao/domain for the
 * definitions in words). Pure.
 */
export const METRIC_FROM_DB: Readonly<Record<DbFieldMetric, FieldMetric>> = {
  SATISFACTION_RATE: 'satisfactionRate',
  POLICY_AWARENESS_RATE: 'policyAwarenessRate',
  BENEFICIARY_COUNT: 'beneficiaryCount',
  PAYMENT_ACCURACY: 'paymentAccuracy',
  INELIGIBLE_PAYMENTS: 'ineligiblePayments',
};

export const METRIC_TO_DB: Readonly<Record<FieldMetric, DbFieldMetric>> = {
  satisfactionRate: 'SATISFACTION_RATE',
  policyAwarenessRate: 'POLICY_AWARENESS_RATE',
  beneficiaryCount: 'BENEFICIARY_COUNT',
  paymentAccuracy: 'PAYMENT_ACCURACY',
  ineligiblePayments: 'INELIGIBLE_PAYMENTS',
};

/** The survey counts of a survey metric: of one respondent group, or of all when null. */
export function surveyMetricCounts(
  metric: Extract<FieldMetric, 'satisfactionRate' | 'policyAwarenessRate'>,
  surveys: SurveyRollup,
  respondentGroup: RespondentGroup | null,
): MetricCounts {
  const figures =
    respondentGroup === null
      ? surveys.total
      : (surveys.byGroup.find((group) => group.respondentGroup === respondentGroup) ??
        surveys.total);
  const rate = metric === 'satisfactionRate' ? figures.satisfaction : figures.awareness;
  return { numerator: rate.positive, denominator: rate.answers, records: figures.responses };
}

/** The verification counts of a verification metric. */
export function verificationMetricCounts(
  metric: Extract<FieldMetric, 'beneficiaryCount' | 'paymentAccuracy' | 'ineligiblePayments'>,
  verifications: VerificationFigures,
): MetricCounts {
  const records = verifications.verified;
  switch (metric) {
    case 'beneficiaryCount':
      return { numerator: verifications.outcomes.aliveEligible, denominator: null, records };
    case 'paymentAccuracy':
      return {
        numerator: verifications.paidCorrectly,
        denominator: verifications.outcomes.aliveEligible,
        records,
      };
    case 'ineligiblePayments':
      return { numerator: verifications.amountToRecover, denominator: null, records };
  }
}
