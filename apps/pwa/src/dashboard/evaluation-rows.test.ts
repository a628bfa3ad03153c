import { describe, expect, it } from 'vitest';
import { residentPensionProject } from '../testing/dashboard-fixtures.ts';
import { bySeverity, scoredTable, totalFundLine } from './evaluation-rows.ts';

describe('scoredTable', () => {
  it('joins the stored rows with their scores and merges the 一级 and 二级 cells', () => {
    const { rows } = scoredTable(residentPensionProject());
    expect(
      rows.map((row) => [row.rowKey, row.level1Span, row.level2Span, row.scored?.score]),
    ).toEqual([
      ['r01', 2, 1, 20],
      ['r02', 0, 1, 25.49],
      ['r08', 1, 1, 30],
      ['r10', 1, 1, 0],
    ]);
  });

  it('puts a finding on its row and keeps the others apart', () => {
    const { rows, otherFindings } = scoredTable(residentPensionProject());
    expect(rows.find((row) => row.rowKey === 'r08')?.findings.map((f) => f.code)).toEqual([
      'NEGATIVE_PRINTED_AS_POSITIVE',
    ]);
    expect(otherFindings.map((finding) => finding.code)).toEqual(['NARRATIVE_COUNT_MISMATCH']);
  });

  it('merges a level over consecutive rows only, and marks 其中 rows', () => {
    const project = residentPensionProject();
    const [r01, r02, r08, r10] = project.indicators;
    if (!r01 || !r02 || !r08 || !r10) throw new Error('fixture changed');
    project.indicators = [
      r01,
      { ...r02, level2: '数量指标', partOfRowKey: 'r01' },
      r08,
      { ...r10, level1: '项目完成', level2: '数量指标' },
    ];
    project.evaluation.findings.push({
      code: 'X',
      severity: 'INFO',
      rowKey: 'r99',
      subject: '不在表中的行',
      message: '…',
    });
    const { rows, otherFindings } = scoredTable(project);
    expect(rows.map((row) => [row.level1Span, row.level2Span, row.partOf])).toEqual([
      [2, 2, false],
      [0, 0, true],
      [1, 1, false],
      [1, 1, false],
    ]);
    expect(otherFindings.map((finding) => finding.rowKey)).toEqual([null, 'r99']);
  });

  it('keeps a scored row the project does not list', () => {
    const project = residentPensionProject();
    project.indicators = project.indicators.slice(1);
    const { rows } = scoredTable(project);
    expect(rows.at(-1)).toMatchObject({ rowKey: 'r01', indicator: null, level1Span: 1 });
  });
});

describe('totalFundLine', () => {
  it('takes the total line, or the only line', () => {
    const { funds } = residentPensionProject();
    expect(totalFundLine(funds)?.label).toBe('年度资金总额');
    expect(totalFundLine(funds.slice(1))?.label).toBe('其中：中央补助');
    expect(totalFundLine([])).toBeNull();
  });
});

describe('bySeverity', () => {
  it('lists errors before warnings before notes', () => {
    const finding = (severity: 'ERROR' | 'WARNING' | 'INFO') => ({
      code: severity,
      severity,
      rowKey: null,
      subject: '',
      message: '',
    });
    expect(
      bySeverity([finding('INFO'), finding('ERROR'), finding('WARNING')]).map((f) => f.code),
    ).toEqual(['ERROR', 'WARNING', 'INFO']);
  });
});
