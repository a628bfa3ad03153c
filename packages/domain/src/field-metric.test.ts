import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpression } from './expression/parse-expression.ts';
import {
  describeFieldMetric,
  FIELD_METRIC_CODES,
  FIELD_METRICS,
  formatMetricActual,
  metricActual,
  metricAllowsFilter,
} from './field-metric.ts';

describe('the field metric catalogue', () => {
  it('describes every metric with its unit, numerator and filters', () => {
    expect(FIELD_METRIC_CODES.map((code) => [code, FIELD_METRICS[code].name])).toEqual([
      ['satisfactionRate', '满意度'],
      ['policyAwarenessRate', '政策知晓率'],
      ['beneficiaryCount', '享受待遇人数'],
      ['paymentAccuracy', '发放准确率'],
      ['ineligiblePayments', '违规领取金额'],
    ]);
    for (const code of FIELD_METRIC_CODES) {
      const definition = FIELD_METRICS[code];
      expect(definition.code).toBe(code);
      expect(definition.numerator.zh).not.toBe('');
      expect(definition.numerator.en).not.toBe('');
      expect(definition.denominator === null).toBe(definition.unit !== '%');
      expect(definition.filters).toHaveLength(1);
    }
  });

  it('allows a respondent group on survey metrics and a scheme on verification metrics', () => {
    expect(metricAllowsFilter('satisfactionRate', 'respondentGroup')).toBe(true);
    expect(metricAllowsFilter('satisfactionRate', 'scheme')).toBe(false);
    expect(metricAllowsFilter('paymentAccuracy', 'scheme')).toBe(true);
    expect(metricAllowsFilter('beneficiaryCount', 'respondentGroup')).toBe(false);
  });

  it('writes a description in both languages', () => {
    const text = describeFieldMetric('paymentAccuracy');
    expect(text).toContain('发放准确率（%）=');
    expect(text).toContain('÷');
    expect(text).toContain('payment accuracy (%)');
    expect(describeFieldMetric('beneficiaryCount')).not.toContain('÷');
  });
});

describe('formatMetricActual', () => {
  it.each([
    ['satisfactionRate', 96.25, '96.25%'],
    ['satisfactionRate', 100, '100.00%'],
    ['policyAwarenessRate', '0', '0.00%'],
    ['paymentAccuracy', '99.995', '100.00%'],
    ['paymentAccuracy', '66.66666666666666666667', '66.67%'],
    ['satisfactionRate', '12.345', '12.35%'],
    ['beneficiaryCount', 5218, '5218人'],
    ['beneficiaryCount', '0', '0人'],
    ['ineligiblePayments', '1200', '1200.00元'],
    ['ineligiblePayments', '300.5', '300.50元'],
    ['ineligiblePayments', 0, '0.00元'],
  ] as const)('%s %s → %s', (metric, value, text) => {
    expect(formatMetricActual(metric, value)).toBe(text);
  });

  it.each([
    ['satisfactionRate', 100.01],
    ['satisfactionRate', -1],
    ['beneficiaryCount', 1.5],
    ['ineligiblePayments', 'abc'],
    ['ineligiblePayments', Number.NaN],
  ] as const)('refuses %s %s', (metric, value) => {
    expect(() => formatMetricActual(metric, value)).toThrow(RangeError);
  });

  it('renders text the expression parser reads back as the same quantity and unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELD_METRIC_CODES),
        fc.integer({ min: 0, max: 10_000_000 }),
        (metric, hundredths) => {
          const unit = FIELD_METRICS[metric].unit;
          const value = unit === '人' ? hundredths : Math.min(hundredths, 10_000) / 100;
          const parsed = parseExpression(formatMetricActual(metric, value));
          if (!parsed.ok || parsed.value.kind !== 'quantity') return false;
          const expected = { '%': 'percent', 人: 'person', 元: 'yuan' }[unit];
          return parsed.value.unit === expected && parsed.value.value === value;
        },
      ),
    );
  });
});

describe('metricActual', () => {
  it('divides exactly for a rate: 3 of 4 → 75.00%, 2 of 3 → 66.67%', () => {
    expect(metricActual('satisfactionRate', { numerator: 3, denominator: 4, records: 2 })).toBe(
      '75.00%',
    );
    expect(metricActual('paymentAccuracy', { numerator: 2, denominator: 3, records: 5 })).toBe(
      '66.67%',
    );
  });

  it('counts and sums without a denominator', () => {
    expect(metricActual('beneficiaryCount', { numerator: 4, denominator: null, records: 6 })).toBe(
      '4人',
    );
    expect(
      metricActual('ineligiblePayments', { numerator: '300.50', denominator: null, records: 6 }),
    ).toBe('300.50元');
    expect(
      metricActual('ineligiblePayments', { numerator: '0.00', denominator: null, records: 6 }),
    ).toBe('0.00元');
  });

  it('gives no actual without data, never a made-up zero', () => {
    expect(metricActual('satisfactionRate', { numerator: 0, denominator: 0, records: 0 })).toBe(
      null,
    );
    expect(metricActual('satisfactionRate', { numerator: 0, denominator: 0, records: 3 })).toBe(
      null,
    );
    expect(metricActual('beneficiaryCount', { numerator: 0, denominator: null, records: 0 })).toBe(
      null,
    );
    expect(metricActual('paymentAccuracy', { numerator: 0, denominator: 0, records: 2 })).toBe(
      null,
    );
  });
});
