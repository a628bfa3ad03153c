import { evaluateForm } from '@jixiao/scoring';
import { heshuo2020FundReport, shache2020MedicalReport } from '@jixiao/seed-forms';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type FundSummary, fundSummaryFigures } from './fund-summary.ts';
import { fundSummaryFromReport } from './fund-summary-from-report.ts';
import { fundSummaryWorkbook } from './fund-summary-sheet.ts';

/** 和硕县 2020 (000_7cdf38f65f12c940.txt 一(一) and 二(一)(三)), as its text states the figures. */
const HESHUO_TEXT = {
  income: [
    '12628',
    [
      ['保险费收入', '6992'],
      ['利息收入', '167'],
      ['财政补贴收入', '5382'],
      ['其他收入', '10'],
      ['转移收入', '69'],
    ],
  ],
  expenditure: [
    '11216',
    [
      ['社会保险待遇支出', '11162'],
      ['其他支出', '9'],
      ['转移支出', '22'],
    ],
  ],
  balance: '1413',
  carried: '8629',
} as const;

function summary(): FundSummary {
  const found = fundSummaryFromReport(heshuo2020FundReport);
  if (!found) throw new Error('no fund summary');
  return found;
}

describe('和硕县 2020 基金收支, read from the report’s figures', () => {
  it('holds the figures the seed text states, in 万元', () => {
    const heshuo = summary();
    expect(heshuo.county).toEqual({ name: '和硕县', code: '652828' });
    expect(heshuo.income.total).toBe(HESHUO_TEXT.income[0]);
    expect(heshuo.income.items.map((item) => [item.label, item.amount])).toEqual(
      HESHUO_TEXT.income[1],
    );
    expect(heshuo.expenditure.total).toBe(HESHUO_TEXT.expenditure[0]);
    expect(heshuo.expenditure.items.map((item) => [item.label, item.amount])).toEqual(
      HESHUO_TEXT.expenditure[1],
    );
    expect([heshuo.printedBalance, heshuo.carriedBalance]).toEqual([
      HESHUO_TEXT.balance,
      HESHUO_TEXT.carried,
    ]);
    expect(
      heshuo.schemes.map((line) => [line.label, line.scheme, line.expenditure.total, line.budget]),
    ).toEqual([
      ['机关事业单位基本养老保险基金', 'institutionPension', '10471', '10526'],
      ['城乡居民基本养老保险', 'residentPension', '745', '798'],
    ]);
    expect(heshuo.schemes[0]?.expenditure.items).toEqual([
      { label: '基本养老金支出', amount: '10439' },
      { label: '其他支出', amount: '9' },
      { label: '转移支出', amount: '1' },
    ]);
    expect(
      heshuo.schemes.map((line) => [
        line.previousExpenditure,
        line.printedIncrease,
        line.printedIncreaseRate,
      ]),
    ).toEqual([
      ['9779', '692', '7.07%'],
      ['711', '34', '4.78%'],
    ]);
  });

  it('adds up exactly and computes the year-over-year change', () => {
    const figures = fundSummaryFigures(summary());
    expect(figures.income).toEqual({ total: '12628', itemsSum: '12620', gap: '-8' });
    expect(figures.expenditure).toEqual({ total: '11216', itemsSum: '11193', gap: '-23' });
    expect(figures.balance).toBe('1412');
    expect(
      figures.schemes.map((scheme) => [scheme.budgetRate, scheme.increase, scheme.increaseRate]),
    ).toEqual([
      ['99.48%', '692', '7.08%'],
      ['93.36%', '34', '4.78%'],
    ]);
  });

  it('flags totals that are not the sum of their parts and truncated rates, as the report check does', () => {
    const codes = fundSummaryFigures(summary()).findings.map((found) => found.code);
    expect(codes).toEqual(
      evaluateForm(heshuo2020FundReport)
        .findings.filter(
          (found) =>
            found.code.startsWith('FIGURE') ||
            (found.rowId === null && found.code.startsWith('PRINTED')),
        )
        .map((found) => found.code),
    );
    expect(fundSummaryFigures(summary()).findings[0]?.message).toContain('12628');
  });

  it('is null for a report that states no income and expenditure', () => {
    expect(fundSummaryFromReport(shache2020MedicalReport)).toBeNull();
  });
});

describe('基金收支情况表 (XLSX)', async () => {
  const workbook = new ExcelJS.Workbook();
  const bytes = await fundSummaryWorkbook(summary());
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset) as ArrayBuffer);
  const sheet = workbook.getWorksheet('基金收支');
  if (!sheet) throw new Error('no sheet');
  const rowOf = (text: string) => {
    for (let row = 1; row <= sheet.rowCount; row++)
      if (sheet.getCell(row, 1).value === text) return row;
    throw new Error(`no row ${text}`);
  };

  it('prints the totals with the sum of their items as formulas and the gap', () => {
    expect(sheet.getCell('A1').value).toBe('和硕县2020年社会保险基金收支情况表');
    const income = rowOf('社会保险基金收入累计总额');
    expect(sheet.getCell(income, 2).value).toBe(12628);
    expect(sheet.getCell(income, 3).value).toEqual({
      formula: `SUM(B${income + 1}:B${income + 5})`,
      result: 12620,
    });
    expect(sheet.getCell(income, 4).value).toEqual({
      formula: `C${income}-B${income}`,
      result: -8,
    });
    expect(sheet.getCell(income + 1, 1).value).toBe('保险费收入');
    expect(sheet.getCell(income + 1, 1).alignment?.indent).toBe(2);
    const balance = rowOf('本年收支结余');
    expect(sheet.getCell(balance, 2).value).toBe(1413);
    expect(sheet.getCell(balance, 3).value).toMatchObject({ result: 1412 });
    expect(sheet.getCell(rowOf('年末滚存结余'), 2).value).toBe(8629);
    expect(sheet.model.merges).toContain('A1:H1');
  });

  it('prints each scheme’s budget completion and change, beside the report’s figures', () => {
    const row = rowOf('机关事业单位基本养老保险基金');
    expect(sheet.getCell(row, 5).value).toEqual({
      formula: `B${row}/D${row}`,
      result: 10471 / 10526,
    });
    expect(sheet.getCell(row, 5).numFmt).toBe('0.00%');
    expect(sheet.getCell(row, 7).value).toEqual({ formula: `B${row}-F${row}`, result: 692 });
    expect(sheet.getCell(row + 1, 5).value).toBe('99.47%');
    expect(sheet.getCell(row + 1, 8).value).toBe('7.07%');
    expect(sheet.getCell(row + 2, 1).value).toBe('基本养老金支出');
  });

  it('lists the findings', () => {
    const heading = rowOf('三、核查意见');
    expect(String(sheet.getCell(heading + 1, 1).value)).toMatch(
      /^1\. 社会保险基金收入累计总额 12628 万元 不等于/,
    );
  });
});
