import { exact } from '@jixiao/scoring';
import { amountFormat, amountNumber } from '../amount-text.ts';
import { applyPrintSetup, SheetCursor, setColumnWidths } from '../xlsx/sheet-cursor.ts';
import { newWorkbook, workbookBytes } from '../xlsx/workbook-buffer.ts';
import { type FundSummary, type FundTotal, fundSummaryFigures } from './fund-summary.ts';

/**
 * 基金收支情况表 — the fund summary as a workbook: 一、基金收支总体情况 (income and expenditure
 * by item with the printed total, the items' sum as =SUM() and the gap; the balance against
 * income − expenditure; the carried balance), 二、各项社会保险基金预算完成情况 per scheme (the
 * year's expenditure and its items, the budget and =本年/预算, the year before, =增支 and =增幅,
 * with the report's printed figures beside them) and 三、核查意见. Formulas carry their exact
 * results, so a reader without a calculation engine sees them too.
 */
const WIDTHS = [34, 12, 12, 12, 12, 12, 12, 12] as const;
const PERCENT = '0.00%';

function formula(text: string, result: string) {
  return { formula: text, result: exact(result).toNumber() };
}

function amountCell(value: string | null) {
  return value === null ? null : amountNumber(value);
}

export async function fundSummaryWorkbook(summary: FundSummary): Promise<Uint8Array> {
  const figures = fundSummaryFigures(summary);
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('基金收支');
  setColumnWidths(sheet, WIDTHS);
  const cursor = new SheetCursor(sheet, WIDTHS.length);
  const bold = { bold: true, align: 'center' as const };
  const money = (value: string | null) => ({
    align: 'right' as const,
    ...(value ? { numFmt: amountFormat(value) } : {}),
  });

  cursor.line(cursor.next(30), `${summary.county.name}${summary.year}年社会保险基金收支情况表`, {
    bold: true,
    size: 16,
    align: 'center',
    border: false,
  });
  cursor.line(cursor.next(), '单位：万元', { align: 'right', border: false });

  cursor.line(cursor.next(22), '一、基金收支总体情况', { bold: true });
  const header = cursor.next(22);
  ['项目', '报告数', '各项合计', '差额'].forEach((text, index) => {
    cursor.put(header, index + 1, text, bold, index === 3 ? { cols: 5 } : {});
  });
  const totalRows: number[] = [];
  const writeBlock = (block: FundTotal, itemsSum: string, gap: string) => {
    const row = cursor.next();
    totalRows.push(row);
    const first = row + 1;
    const last = row + block.items.length;
    cursor.put(row, 1, block.label, { bold: true });
    cursor.put(row, 2, amountNumber(block.total), money(block.total));
    cursor.put(
      row,
      3,
      block.items.length > 0 ? formula(`SUM(B${first}:B${last})`, itemsSum) : null,
      money(itemsSum),
    );
    cursor.put(
      row,
      4,
      block.items.length > 0 ? formula(`C${row}-B${row}`, gap) : null,
      money(gap),
      { cols: 5 },
    );
    for (const item of block.items) {
      const at = cursor.next();
      cursor.put(at, 1, item.label, { indent: 2 });
      cursor.put(at, 2, amountNumber(item.amount), money(item.amount));
      cursor.put(at, 3, null);
      cursor.put(at, 4, null, {}, { cols: 5 });
    }
  };
  writeBlock(summary.income, figures.income.itemsSum, figures.income.gap);
  writeBlock(summary.expenditure, figures.expenditure.itemsSum, figures.expenditure.gap);
  const [incomeRow, expenditureRow] = totalRows;
  const balanceRow = cursor.next();
  cursor.put(balanceRow, 1, '本年收支结余', { bold: true });
  cursor.put(balanceRow, 2, amountCell(summary.printedBalance), money(summary.printedBalance));
  cursor.put(
    balanceRow,
    3,
    formula(`B${incomeRow}-B${expenditureRow}`, figures.balance),
    money(figures.balance),
  );
  cursor.put(
    balanceRow,
    4,
    summary.printedBalance
      ? formula(
          `C${balanceRow}-B${balanceRow}`,
          exact(figures.balance).minus(summary.printedBalance).toString(),
        )
      : null,
    money(figures.balance),
    { cols: 5 },
  );
  const carriedRow = cursor.next();
  cursor.put(carriedRow, 1, '年末滚存结余', { bold: true });
  cursor.put(carriedRow, 2, amountCell(summary.carriedBalance), money(summary.carriedBalance));
  cursor.put(carriedRow, 3, null);
  cursor.put(carriedRow, 4, null, {}, { cols: 5 });

  if (figures.schemes.length > 0) {
    cursor.skip();
    cursor.line(cursor.next(22), '二、各项社会保险基金预算完成情况', { bold: true });
    const schemeHeader = cursor.next(30);
    [
      '险种 / 支出项目',
      '本年支出',
      '各项合计',
      '预算支出',
      '完成预算',
      '上年支出',
      '增支',
      '增幅',
    ].forEach((text, index) => {
      cursor.put(schemeHeader, index + 1, text, bold);
    });
    for (const scheme of figures.schemes) {
      const { line } = scheme;
      const row = cursor.next();
      const first = row + 2;
      const last = row + 1 + line.expenditure.items.length;
      cursor.put(row, 1, line.label, { bold: true });
      cursor.put(row, 2, amountNumber(line.expenditure.total), money(line.expenditure.total));
      cursor.put(
        row,
        3,
        formula(`SUM(B${first}:B${last})`, scheme.expenditure.itemsSum),
        money(scheme.expenditure.itemsSum),
      );
      cursor.put(row, 4, amountCell(line.budget), money(line.budget));
      cursor.put(
        row,
        5,
        line.budget
          ? formula(`B${row}/D${row}`, exact(line.expenditure.total).div(line.budget).toString())
          : null,
        { align: 'right', numFmt: PERCENT },
      );
      cursor.put(row, 6, amountCell(line.previousExpenditure), money(line.previousExpenditure));
      cursor.put(
        row,
        7,
        scheme.increase ? formula(`B${row}-F${row}`, scheme.increase) : null,
        money(scheme.increase),
      );
      cursor.put(
        row,
        8,
        scheme.increase && line.previousExpenditure
          ? formula(
              `G${row}/F${row}`,
              exact(scheme.increase).div(line.previousExpenditure).toString(),
            )
          : null,
        { align: 'right', numFmt: PERCENT },
      );
      const printed = cursor.next();
      cursor.put(printed, 1, '报告所列', { indent: 1 });
      for (let index = 2; index <= 8; index++) cursor.put(printed, index, null);
      cursor.put(printed, 5, line.printedBudgetRate, { align: 'right' });
      cursor.put(printed, 7, amountCell(line.printedIncrease), money(line.printedIncrease));
      cursor.put(printed, 8, line.printedIncreaseRate, { align: 'right' });
      for (const item of line.expenditure.items) {
        const at = cursor.next();
        cursor.put(at, 1, item.label, { indent: 2 });
        cursor.put(at, 2, amountNumber(item.amount), money(item.amount));
        for (let index = 3; index <= 8; index++) cursor.put(at, index, null);
      }
    }
  }

  cursor.skip();
  cursor.line(cursor.next(22), '三、核查意见', { bold: true });
  const findings =
    figures.findings.length > 0
      ? figures.findings.map((found, index) => `${index + 1}. ${found.message}`)
      : ['各项合计、结余和比率与报告数一致。'];
  for (const text of findings) cursor.line(cursor.next(32), text);
  applyPrintSetup(sheet, `${header}:${header}`);
  return workbookBytes(workbook);
}
