import { describe, expect, it } from 'vitest';
import type { IndicatorEvaluation } from '../../api/dashboard-documents.ts';
import type { PrintProject } from '../../api/form-documents.ts';
import { residentPensionProject } from '../../testing/dashboard-fixtures.ts';
import { SEED_HEADER } from '../../testing/fake-form-server.ts';
import {
  fundRows,
  indicatorRows,
  printedRate,
  signatureItems,
  yearLine,
} from './self-evaluation-sheet.ts';

function printProject(): PrintProject {
  const { countyName, ...header } = SEED_HEADER;
  return { ...residentPensionProject(), ...header, county: { name: countyName } };
}

function scored(overrides: Partial<IndicatorEvaluation>): IndicatorEvaluation {
  return {
    rowKey: 'r01',
    name: '指标',
    target: '≥ 100',
    actual: '100',
    actualSource: 'MANUAL',
    completionRate: 100,
    score: 10,
    weight: 10,
    met: true,
    flags: [],
    ...overrides,
  };
}

describe('the printed 自评表 model', () => {
  it('prints the funds with 执行率 = B/A and the template’s empty 其他资金 line', () => {
    expect(fundRows(printProject().funds)).toEqual([
      { label: '年度资金总额：', budget: '14,204', executed: '11,616', rate: '81.78%' },
      { label: '其中：中央补助', budget: '14,204', executed: '11,616', rate: '81.78%' },
      { label: '其他资金', budget: '', executed: '', rate: '' },
    ]);
  });

  it('keeps a filed 其他资金 line and prints no rate without a budget', () => {
    const rows = fundRows([
      { source: 'total', label: '年度资金总额', budget: '0', executed: '5', printedRate: null },
      { source: 'other', label: '其他资金', budget: null, executed: '5', printedRate: null },
    ]);
    expect(rows.map((row) => [row.label, row.rate])).toEqual([
      ['年度资金总额：', ''],
      ['其他资金', ''],
    ]);
  });

  it('prints 完成率 as the share of the weight earned, capped at 100%', () => {
    // 97.5% of an equality target: 25.49 of 30 points.
    expect(printedRate(scored({ completionRate: 97.5, score: 25.49, weight: 30 }))).toBe('84.97%');
    // A negative target far below its limit: full marks, not 122.28%.
    expect(printedRate(scored({ completionRate: 122.28, score: 30, weight: 30 }))).toBe('100.00%');
    // A 其中 row carries no weight: its completion, capped.
    expect(printedRate(scored({ completionRate: 103.5, score: 0, weight: 0 }))).toBe('100.00%');
    expect(printedRate(scored({ completionRate: 96.1, score: 0, weight: 0 }))).toBe('96.10%');
    // Nothing to score: the cell stays empty.
    expect(printedRate(scored({ completionRate: null, score: 0 }))).toBe('');
    expect(printedRate(undefined)).toBe('');
  });

  it('spans 一级 and 二级 over their rows and fills the value columns', () => {
    const rows = indicatorRows(printProject());
    expect(rows.map((row) => [row.level1, row.level2, row.name])).toEqual([
      [
        { text: '项目完成', span: 2 },
        { text: '数量指标', span: 1 },
        '居民养老保险每月缴费人数(人)',
      ],
      [null, { text: '质量指标', span: 1 }, '保险基金补助发放准确率 (%)'],
      [
        { text: '项目效益', span: 1 },
        { text: '经济效益指标', span: 1 },
        '城乡居民基本养老保险基金',
      ],
      [{ text: '满意度指标', span: 1 }, { text: '满意度指标', span: 1 }, '享受待遇人员满意度 (%)'],
    ]);
    expect(
      rows.map(({ target, actual, rate, weight, score }) => [target, actual, rate, weight, score]),
    ).toEqual([
      ['≥ 377693', '382107', '100.00%', '20', '20.00'],
      // The actual scored is the field data's, not the manual one.
      ['=100%', '97.50%', '84.97%', '30', '25.49'],
      ['≤ 14204', '11616', '100.00%', '30', '30.00'],
      ['≥ 90%', '', '', '10', '0.00'],
    ]);
  });

  it('prints a weight only where the form sets one, and no score for a 其中 row', () => {
    const project = printProject();
    const [first, second] = project.indicators;
    if (!first || !second) throw new Error('fixture rows missing');
    first.weight = null;
    second.partOfRowKey = first.rowKey;
    const [one, two] = indicatorRows(project);
    expect(one?.weight).toBe('');
    expect(one?.score).toBe('20.00');
    expect(two?.isPart).toBe(true);
    expect(two?.score).toBe('');
  });

  it('prints the signature items the form has, and the year line', () => {
    expect(signatureItems(SEED_HEADER.signature)).toEqual([
      '经办人：罗平',
      '单位负责人：艾麦提·玉苏甫',
      '上报时间：2020年12月30日',
      '联系方式：15886889309',
      '联系方式：13899112060',
    ]);
    expect(signatureItems({ preparer: null, head: '王雅琴', filedOn: null, contacts: [] })).toEqual(
      ['单位负责人：王雅琴'],
    );
    expect(signatureItems(null)).toEqual([]);
    expect(yearLine(2020)).toBe('（2020年度）');
  });
});
