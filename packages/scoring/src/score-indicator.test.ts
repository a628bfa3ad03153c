import { parseExpression } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { type IndicatorFlag, type ScoringRule, scoreIndicator } from './score-indicator.ts';

function score(target: string | null, actual: string | null, printedRate?: string) {
  return scoreIndicator({
    target: target === null ? null : parseExpression(target),
    actual: actual === null ? null : parseExpression(actual),
    weight: 10,
    printedRate: printedRate ?? null,
  });
}

describe('scoreIndicator applies the rule its target calls for', () => {
  it.each([
    // target, actual, rule, score of 10, completion %, flags — cases from the seeds
    ['≥ 377693', '382107', 'positive', 10, 101.1686, []],
    ['≥5240', '5218', 'positive', 9.958, 99.5802, []],
    ['360736', '371029', 'positive', 10, 102.8533, []],
    ['≤ 14204', '11616', 'negative', 10, 122.2796, ['farAboveTarget']],
    ['≤1572人', '1573人', 'negative', 9.9936, 99.9364, []],
    ['≤0', '0', 'negative', 10, 100, []],
    ['≤1%', '0', 'negative', 10, 100, []],
    ['=88', '88', 'equality', 10, 100, []],
    ['=100%', '100%', 'equality', 10, 100, []],
    ['$\\geq 95\\%$', '95%', 'positive', 10, 100, []],
    ['>95%', '96%', 'positive', 10, 101.0526, []],
    ['>95%', '95%', 'positive', 10, 100, ['strictBoundNotMet']],
    ['≥1年', '12月', 'positive', 10, 100, []],
    ['105%≤95%', '98%', 'range', 10, 100, []],
    ['105%≤≥95%', '90%', 'range', 9.4737, 94.7368, []],
    ['2020/1/1', '100%', 'date', 10, 100, []],
    ['2020年6月30', '2020/6/15', 'date', 10, 100, []],
    ['2020年6月30', '2020/7/15', 'date', 0, 0, []],
    ['每月20日前', '100%', 'deadline', 10, 100, []],
    ['每月20日前', '每月25日前', 'deadline', 0, 0, []],
    ['按月发放', '按月发放', 'schedule', 10, 100, []],
    ['持续推动', '100%', 'qualitative', 10, 100, []],
    ['有效促进', '达成预期指标（90%）', 'qualitative', 9, 90, []],
    ['有效促进', '部分达成预期指标并具有一定效果（60%）', 'qualitative', 6, 60, []],
    ['有效促进', '部分达成预期指标（85%）', 'qualitative', 8.5, 85, ['tierPercentOutsideBand']],
    ['有效促进', '达成预期指标', 'qualitative', 8, 80, ['tierWithoutPercent']],
  ] as const)('%s with %s → %s', (target, actual, rule, points, completion, flags) => {
    const result = score(target, actual);
    expect(result.rule).toBe<ScoringRule>(rule);
    expect(result.score).toBeCloseTo(points, 3);
    expect(result.completionRate).toBeCloseTo(completion, 3);
    expect(result.flags).toEqual<IndicatorFlag[]>([...flags]);
  });

  it('a bare tier takes the printed rate as the evaluator’s percent (monitoring form: 有效促进 → 达成预期指标, 100%)', () => {
    const result = score('有效促进', '达成预期指标', '100%');
    expect(result.score).toBe(10);
    expect(result.flags).toEqual([]);
  });

  it('a bare tier whose printed rate lies outside its band scores the band’s lower bound', () => {
    const result = score('有效促进', '达成预期指标', '60%');
    expect(result.score).toBe(8);
    expect(result.flags).toEqual(['tierWithoutPercent']);
  });

  it.each([
    [null, '100%', 'missingTarget'],
    ['banana', '100%', 'unreadableTarget'],
    ['≥95%', null, 'missingActual'],
    ['≥95%', '很好', 'unreadableActual'],
    ['2020年12月31', '未达监控节点', 'actualNotApplicable'],
    ['≥95%', '/', 'actualNotApplicable'],
    ['≥3250人', '20万元', 'unitMismatch'],
    ['≥3250人', '达成预期指标', 'kindMismatch'],
    ['2020/1/1', '95人', 'kindMismatch'],
    ['长期', '120%', 'percentOutOfRange'],
  ] as const)('%s with %s scores 0 and flags %s', (target, actual, flag) => {
    const result = score(target, actual);
    expect(result.score).toBe(0);
    expect(result.completionRate).toBeNull();
    expect(result.met).toBe(false);
    expect(result.flags).toEqual([flag]);
  });

  it('is met only when the target is met in full', () => {
    expect(score('≥5240', '5218').met).toBe(false);
    expect(score('≥5240', '5240').met).toBe(true);
    expect(score('>95%', '95%').met).toBe(false);
  });
});
