import { describe, expect, it } from 'vitest';
import {
  flagLabel,
  formatDecimal,
  formatPercent,
  formatScore,
  ratioPercent,
} from './dashboard-labels.ts';
import { fieldMetricDescription, fieldMetricName, metricFilter } from './field-metric-labels.ts';

describe('number formats', () => {
  it.each([
    ['14204', undefined, '14,204'],
    ['11616.50', undefined, '11,616.5'],
    ['1830', 2, '1,830.00'],
    ['203.805', 2, '203.81'],
    ['999.995', 2, '1,000.00'],
    ['-12.5', 2, '-12.50'],
    ['0', 2, '0.00'],
    ['12345678901234567890.1', 2, '12,345,678,901,234,567,890.10'],
    ['约 100', 2, '约 100'],
  ] as const)('formats the Decimal %s (%s decimals) as %s', (text, decimals, expected) => {
    expect(formatDecimal(text, decimals)).toBe(expected);
  });

  it('shows a missing value as a dash', () => {
    expect(formatDecimal(null)).toBe('—');
    expect(formatPercent(null)).toBe('—');
    expect(formatScore(undefined)).toBe('—');
  });

  it('formats rates and scores', () => {
    expect(formatPercent(81.7793)).toBe('81.78%');
    expect(formatPercent(102.86, 1)).toBe('102.9%');
    expect(formatScore(8.178)).toBe('8.18');
    expect(ratioPercent('11616', '14204')).toBeCloseTo(81.7798, 3);
    expect(ratioPercent('1', '0')).toBeNull();
  });

  it('names the scoring flags, and shows an unknown one as it is', () => {
    expect(flagLabel('missingActual')).toBe('缺少全年完成值');
    expect(flagLabel('somethingNew')).toBe('somethingNew');
  });
});

describe('field metrics', () => {
  it('describes a metric from the domain catalogue, with its filter', () => {
    expect(fieldMetricName('SATISFACTION_RATE')).toBe('满意度（%）');
    expect(fieldMetricDescription('PAYMENT_ACCURACY')).toBe(
      '发放准确率（%）= 在世且符合领取资格、且实发金额等于应发金额的计入核实记录数 ÷ ' +
        '核实结果为“在世且符合领取资格”的计入核实记录数。可按险种筛选；不设则取项目的险种，' +
        '项目不限险种时计全部险种。只计本县本年度、在年度锁定前提交的核实记录，每人每年只计最新一条。',
    );
    expect(metricFilter('BENEFICIARY_COUNT')).toBe('scheme');
    expect(metricFilter('POLICY_AWARENESS_RATE')).toBe('respondentGroup');
  });
});
