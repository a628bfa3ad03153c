import {
  heshuo2020FundReport,
  SEED_FORMS,
  shache2019ResidentPensionMonitoring,
  shache2019ResidentPensionTargets,
  shache2020EmployeeMedical,
  shache2020InstitutionPension,
  shache2020MedicalReport,
  shache2020ResidentMedical,
  shache2020ResidentPension,
} from '@jixiao/seed-forms';
import { describe, expect, it } from 'vitest';
import { evaluateForm, type FormEvaluation } from './evaluate-form.ts';
import type { FindingCode } from './finding.ts';

/** [row id or null, code] of every finding, in the checker's order. */
function findingKeys(evaluation: FormEvaluation): [string | null, FindingCode][] {
  return evaluation.findings.map((found) => [found.rowId, found.code]);
}

function findingOf(evaluation: FormEvaluation, code: FindingCode, rowId: string | null = null) {
  const found = evaluation.findings.find((item) => item.code === code && item.rowId === rowId);
  expect(found, `${code} on ${rowId}`).toBeDefined();
  return found;
}

function breakdown(evaluation: FormEvaluation) {
  return evaluation.indicators.map((indicator) => [
    indicator.row.id,
    Number(indicator.score.weight.toFixed(4)),
    Number(indicator.score.score.toFixed(4)),
  ]);
}

describe('2020 城乡居民养老补贴绩效自评表 (莎车县)', () => {
  const evaluation = evaluateForm(shache2020ResidentPension);

  it('scores every indicator, the budget, the total and the grade', () => {
    expect(evaluation.budget?.executionRate).toBeCloseTo(81.78, 2);
    expect(evaluation.budget?.score).toBeCloseTo(8.178, 3);
    const seventh = Number((50 / 7).toFixed(4));
    expect(breakdown(evaluation)).toEqual([
      ['r01', seventh, seventh],
      ['r02', seventh, seventh],
      ['r03', seventh, seventh],
      ['r04', seventh, seventh],
      ['r05', seventh, seventh],
      ['r06', seventh, seventh],
      ['r07', seventh, seventh],
      ['r08', 15, 15],
      ['r09', 15, 15],
      ['r10', 5, 5],
      ['r11', 5, 5],
    ]);
    expect(evaluation.total).toBeCloseTo(98.178, 3);
    expect(evaluation.grade).toBe('优');
    expect(evaluation.complete).toBe(true);
  });

  it('flags the ≤ indicator printed as B/A (城乡居民基本养老保险基金 ≤14204 → 11616 printed 81.78%)', () => {
    expect(findingOf(evaluation, 'NEGATIVE_PRINTED_AS_POSITIVE', 'r08')?.message).toContain(
      '14204 / 11616',
    );
  });

  it('flags the end date filed under 成本指标', () => {
    findingOf(evaluation, 'KIND_DOES_NOT_FIT_LEVEL2', 'r06');
  });

  it('flags the narrative’s 12 三级指标 (12 completed) against the 11 rows of the table', () => {
    findingOf(evaluation, 'NARRATIVE_COUNT_MISMATCH');
    findingOf(evaluation, 'NARRATIVE_COMPLETED_EXCEEDS_TOTAL');
  });

  it('flags the fund ceiling set far above the spending (偏离度: 14204 vs 11616)', () => {
    findingOf(evaluation, 'FAR_ABOVE_TARGET', 'r08');
  });

  it('raises nothing else: the printed rates of every other row are right', () => {
    expect(findingKeys(evaluation)).toEqual([
      ['r06', 'KIND_DOES_NOT_FIT_LEVEL2'],
      ['r08', 'FAR_ABOVE_TARGET'],
      ['r08', 'NEGATIVE_PRINTED_AS_POSITIVE'],
      [null, 'NARRATIVE_COUNT_MISMATCH'],
      [null, 'NARRATIVE_COMPLETED_EXCEEDS_TOTAL'],
    ]);
  });
});

describe('2020 财政对机关养老保险补贴绩效自评表 (莎车县)', () => {
  const evaluation = evaluateForm(shache2020InstitutionPension);

  it('scores every indicator, the budget, the total and the grade', () => {
    expect(evaluation.budget?.score).toBeCloseTo(9.5062, 4);
    expect(breakdown(evaluation)).toEqual([
      ['r01', 6.25, 6.2238],
      ['r02', 6.25, 6.25],
      ['r03', 6.25, 6.25],
      ['r04', 6.25, 6.25],
      ['r05', 6.25, 6.25],
      ['r06', 6.25, 6.25],
      ['r07', 6.25, 6.25],
      ['r08', 6.25, 6.25],
      ['r09', 6, 6],
      ['r10', 6, 0],
      ['r11', 6, 6],
      ['r12', 6, 6],
      ['r13', 6, 6],
      ['r14', 10, 10],
    ]);
    expect(evaluation.total).toBeCloseTo(93.48, 2);
    expect(evaluation.grade).toBe('优');
    expect(evaluation.complete).toBe(false);
  });

  it('reproduces the printed 99.58% (5218 / 5240) without a finding', () => {
    expect(evaluation.findings.filter((found) => found.rowId === 'r01')).toEqual([]);
  });

  it('flags the start and end dates filed under 社会效益', () => {
    findingOf(evaluation, 'KIND_DOES_NOT_FIT_LEVEL2', 'r09');
    findingOf(evaluation, 'KIND_DOES_NOT_FIT_LEVEL2', 'r10');
  });

  it('flags 未达监控节点 as a missing actual on a year-end form', () => {
    findingOf(evaluation, 'MISSING_ACTUAL', 'r10');
  });

  it('flags the ≤ indicator printed as B/A (≤43013 → 40889 printed 95.06%)', () => {
    findingOf(evaluation, 'NEGATIVE_PRINTED_AS_POSITIVE', 'r11');
  });

  it('flags the narrative’s “三级指标 14 个，其中已完成三级指标 23 个” and “全部达成”', () => {
    expect(findingOf(evaluation, 'NARRATIVE_COMPLETED_EXCEEDS_TOTAL')?.message).toContain('23');
    expect(findingOf(evaluation, 'NARRATIVE_ALL_MET_CONTRADICTED')?.message).toContain(
      '享受保险基金补助人数',
    );
    findingOf(evaluation, 'NARRATIVE_RATE_MISMATCH');
  });

  it('raises nothing else', () => {
    expect(findingKeys(evaluation)).toEqual([
      ['r09', 'KIND_DOES_NOT_FIT_LEVEL2'],
      ['r10', 'KIND_DOES_NOT_FIT_LEVEL2'],
      ['r10', 'MISSING_ACTUAL'],
      ['r11', 'NEGATIVE_PRINTED_AS_POSITIVE'],
      [null, 'NARRATIVE_COMPLETED_EXCEEDS_TOTAL'],
      [null, 'NARRATIVE_ALL_MET_CONTRADICTED'],
      [null, 'NARRATIVE_RATE_MISMATCH'],
    ]);
  });
});

describe.each([
  ['2020 职工基本医疗保险 自评表', shache2020EmployeeMedical, 13, ['r04', 'r05']],
  ['2020 城乡居民医疗保险 自评表', shache2020ResidentMedical, 15, ['r05', 'r06']],
])('%s (莎车县, targets only)', (_title, form, rows, garbledRows) => {
  const evaluation = evaluateForm(form);

  it('scores the budget (A = B, 10 points) and nothing else: the form gives no actuals', () => {
    expect(evaluation.budget?.score).toBe(10);
    expect(evaluation.indicators).toHaveLength(rows);
    expect(evaluation.indicators.every((indicator) => indicator.score.score === 0)).toBe(true);
    expect(evaluation.total).toBe(10);
    expect(evaluation.grade).toBe('差');
    expect(evaluation.complete).toBe(false);
  });

  it('says once that the actuals are missing, and reads the garbled 105%≤95% ranges', () => {
    expect(findingKeys(evaluation)).toEqual([
      [null, 'MISSING_ACTUAL'],
      ...garbledRows.map((rowId) => [rowId, 'GARBLED_RANGE']),
    ]);
  });
});

describe('2019 绩效目标申报表 (莎车县, declaration)', () => {
  const evaluation = evaluateForm(shache2019ResidentPensionTargets);

  it('is not scored, and its 其中 rows add up (51.8 = 50 + 1.8; 150 = 88 + 52 + 10): no finding', () => {
    expect(evaluation.scorable).toBe(false);
    expect(evaluation.findings).toEqual([]);
  });

  it('would flag 其中 rows that did not add up', () => {
    const broken = {
      ...shache2019ResidentPensionTargets,
      indicators: shache2019ResidentPensionTargets.indicators.map((row) =>
        row.id === 'r10' ? { ...row, target: '50' } : row,
      ),
    };
    expect(findingKeys(evaluateForm(broken))).toEqual([['r08', 'PARTS_DO_NOT_ADD_UP']]);
  });

  it('would flag a single 其中 row larger than its parent', () => {
    const broken = {
      ...shache2019ResidentPensionTargets,
      indicators: shache2019ResidentPensionTargets.indicators.map((row) =>
        row.id === 'r02' ? { ...row, target: '400000' } : row,
      ),
    };
    expect(findingKeys(evaluateForm(broken))).toEqual([['r01', 'PARTS_EXCEED_PARENT']]);
  });
});

describe('2019 绩效监控情况表 (莎车县, monitoring)', () => {
  const evaluation = evaluateForm(shache2019ResidentPensionMonitoring);

  it('reproduces the uncapped completion rate 371029 / 360736 = 102.85%', () => {
    expect(evaluation.indicators[0]?.score.completionRate).toBeCloseTo(102.85, 2);
    expect(evaluation.findings.filter((found) => found.rowId === 'r01')).toEqual([]);
  });

  it('flags 68446 → 56968 printed as 0.00% (83.23%)', () => {
    expect(findingOf(evaluation, 'PRINTED_RATE_WRONG', 'r06')?.message).toContain('83.23%');
  });

  it('flags 100% → 41.34% printed as 100%', () => {
    expect(findingOf(evaluation, 'PRINTED_RATE_WRONG', 'r13')?.message).toContain('41.34%');
  });

  it('flags 121848 → 101155 printed as 100% (83.02%) and 100% → 98.25% printed as 100%', () => {
    expect(findingOf(evaluation, 'PRINTED_RATE_WRONG', 'r02')?.message).toContain('83.02%');
    expect(findingOf(evaluation, 'PRINTED_RATE_WRONG', 'r12')?.message).toContain('98.25%');
  });

  it('flags 总体完成率 100.00% against indicators that fell short', () => {
    findingOf(evaluation, 'NARRATIVE_RATE_MISMATCH');
  });

  it('reads ≥1年 → 12月 as met (12月 = 1年), 有效促进 → 达成预期指标 at 100%, and the funds add up', () => {
    expect(evaluation.indicators.find((i) => i.row.id === 'r16')?.score.met).toBe(true);
    expect(evaluation.indicators.find((i) => i.row.id === 'r15')?.score.score).toBe(15);
    expect(evaluation.budget?.executionRate).toBeCloseTo(91.91, 2);
  });

  it('raises nothing else', () => {
    expect(findingKeys(evaluation)).toEqual([
      ['r02', 'PRINTED_RATE_WRONG'],
      ['r06', 'PRINTED_RATE_WRONG'],
      ['r12', 'PRINTED_RATE_WRONG'],
      ['r13', 'PRINTED_RATE_WRONG'],
      [null, 'NARRATIVE_RATE_MISMATCH'],
    ]);
  });

  it('would flag funding sources that do not add up to the total', () => {
    const funds = shache2019ResidentPensionMonitoring.funds;
    if (!funds) throw new Error('the monitoring form has funds');
    const broken = {
      ...shache2019ResidentPensionMonitoring,
      funds: { ...funds, total: { ...funds.total, budget: '14698.46' } },
    };
    expect(findingKeys(evaluateForm(broken))).toContainEqual([null, 'FUND_SOURCES_DO_NOT_ADD_UP']);
  });
});

describe('和硕县 2020 社会保险基金支出绩效评价报告', () => {
  const evaluation = evaluateForm(heshuo2020FundReport);

  it('flags income 12628 against parts adding to 12620', () => {
    const found = evaluation.findings.find(
      (item) => item.code === 'FIGURE_SUM_MISMATCH' && item.subject.includes('收入累计总额'),
    );
    expect(found?.message).toContain('12620');
  });

  it('flags expenditure 11216 against parts adding to 11193, and 机关 10471 against 10449', () => {
    const subjects = evaluation.findings
      .filter((item) => item.code === 'FIGURE_SUM_MISMATCH')
      .map((item) => item.subject);
    expect(subjects).toEqual([
      '社会保险基金收入累计总额',
      '社会保险基金支出累计总额',
      '机关事业单位基本养老保险基金本年支出总额',
    ]);
  });

  it('flags the truncated rates 99.47% (10471 / 10526), 7.07% and 93.3%', () => {
    const truncated = evaluation.findings.filter((item) => item.code === 'PRINTED_RATE_TRUNCATED');
    expect(truncated.map((item) => item.message.match(/“([\d.]+%)”/)?.[1])).toEqual([
      '99.47%',
      '7.07%',
      '93.3%',
    ]);
  });

  it('accepts sums within the rounding of their printed parts (745 vs 744, 1413 vs 1412) and 4.78%', () => {
    const messages = evaluation.findings.map((item) => item.message).join('\n');
    expect(messages).not.toMatch(/745 万元 不等于|结余 1413|4\.78%/);
  });

  it('flags the indicators the report states without a target or an actual', () => {
    expect(findingKeys(evaluation).filter(([rowId]) => rowId !== null)).toEqual([
      ['r02', 'MISSING_ACTUAL'],
      ['r03', 'MISSING_ACTUAL'],
      ['r04', 'MISSING_ACTUAL'],
      ['r09', 'MISSING_TARGET'],
      ['r10', 'MISSING_TARGET'],
    ]);
  });
});

describe('莎车县 2020 医疗保险基金整体支出绩效自评报告', () => {
  const evaluation = evaluateForm(shache2020MedicalReport);

  it('flags 职工 expenditure 64807.4 against its listed parts 7206.87', () => {
    expect(
      evaluation.findings.some(
        (item) => item.code === 'FIGURE_SUM_MISMATCH' && item.message.includes('7206.87'),
      ),
    ).toBe(true);
  });

  it('flags the report’s 17.52 亿元 spent against the forms’ 执行数 (33874 + 65436.74 万元)', () => {
    expect(
      evaluation.findings.some(
        (item) => item.code === 'FIGURE_SUM_MISMATCH' && item.message.includes('65436.74'),
      ),
    ).toBe(true);
  });

  it('reproduces 176.44% (17.52 / 9.93) and 9.93 亿元 = the two budgets, and flags the truncated 1.15 亿元', () => {
    expect(findingKeys(evaluation)).toEqual([
      [null, 'FIGURE_SUM_MISMATCH'],
      [null, 'FIGURE_TRUNCATED'],
      [null, 'FIGURE_SUM_MISMATCH'],
    ]);
  });
});

describe('every seed form', () => {
  it.each(SEED_FORMS.map((form) => [form.id, form] as const))(
    '%s: every target and actual parses',
    (_id, form) => {
      const evaluation = evaluateForm(form);
      const unreadable = evaluation.findings.filter(
        (item) => item.code === 'TARGET_UNREADABLE' || item.code === 'ACTUAL_UNREADABLE',
      );
      expect(unreadable).toEqual([]);
    },
  );

  it('every finding has a stable code, a severity and a Chinese message naming its subject', () => {
    for (const form of SEED_FORMS) {
      for (const found of evaluateForm(form).findings) {
        expect(found.message).toContain(found.subject.slice(0, 4));
        expect(found.message).toMatch(/[\u4e00-\u9fff]/);
        expect(['error', 'warning', 'info']).toContain(found.severity);
      }
    }
  });
});
