import type { FundAmounts, FundsBlock } from '@jixiao/domain';
import { exact } from '@jixiao/scoring';
import { amountFormat, amountNumber } from '../amount-text.ts';
import type { SheetCursor } from '../xlsx/sheet-cursor.ts';

/**
 * 项目资金 — the funds block: the total line (年度资金总额) and one line per source, in 万元 as
 * the forms have them. Amounts are Excel numbers shown with the decimals they were printed
 * with; 执行率 is either the text the form printed or, in a generated form, the formula =B/A
 * (with its value cached, so a reader without a calculation engine sees it too).
 */
export type AmountKey = 'budget' | 'arrived' | 'executed' | 'printedRate';

export interface FundsLayout {
  /** The caption down the left, e.g. "项目资金（万元）". */
  caption: string;
  /** Header of the label column; "" leaves it blank as the 2020 form does. */
  labelHeader: string;
  labelSpan: number;
  columns: readonly { key: AmountKey; header: string; span: number }[];
  rates: 'filed' | 'computed';
  /** Print an empty 其他资金 line when the form has none, as the templates do. */
  templateOtherLine: boolean;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function writeFundsBlock(
  cursor: SheetCursor,
  funds: FundsBlock | null,
  layout: FundsLayout,
): void {
  const lines: { label: string; amounts: FundAmounts | null }[] = [
    { label: '年度资金总额：', amounts: funds?.total ?? null },
    ...(funds?.sources ?? []).map((line) => ({ label: line.label, amounts: line.amounts })),
  ];
  if (layout.templateOtherLine && !funds?.sources.some((line) => line.source === 'other')) {
    lines.push({ label: '其他资金', amounts: null });
  }
  const headerRow = cursor.next(30);
  const header = { bold: true, align: 'center' as const };
  cursor.put(headerRow, 1, layout.caption, header, { rows: lines.length + 1 });
  cursor.put(headerRow, 2, layout.labelHeader, header, { cols: layout.labelSpan });
  const at: Partial<Record<AmountKey, number>> = {};
  let col = 2 + layout.labelSpan;
  for (const column of layout.columns) {
    at[column.key] = col;
    cursor.put(headerRow, col, column.header, header, { cols: column.span });
    col += column.span;
  }
  for (const line of lines) {
    const row = cursor.next();
    cursor.put(row, 2, line.label, {}, { cols: layout.labelSpan });
    for (const column of layout.columns) {
      const value = line.amounts ? amountCell(column.key, line.amounts, row, at, layout) : null;
      cursor.put(
        row,
        at[column.key] ?? 0,
        value?.value ?? null,
        { align: 'right', ...(value?.numFmt ? { numFmt: value.numFmt } : {}) },
        { cols: column.span },
      );
    }
  }
}

function amountCell(
  key: AmountKey,
  amounts: FundAmounts,
  row: number,
  at: Partial<Record<AmountKey, number>>,
  layout: FundsLayout,
): { value: number | string | { formula: string; result: number }; numFmt?: string } | null {
  if (key !== 'printedRate') {
    const value = amounts[key];
    return value ? { value: amountNumber(value), numFmt: amountFormat(value) } : null;
  }
  if (layout.rates === 'filed') return amounts.printedRate ? { value: amounts.printedRate } : null;
  const { budget, executed } = amounts;
  if (!budget || !executed || exact(budget).isZero() || at.budget === undefined) return null;
  const executedAt = at.executed;
  if (executedAt === undefined) return null;
  const formula = `${columnLetter(executedAt)}${row}/${columnLetter(at.budget)}${row}`;
  const result = exact(executed).div(budget).toNumber();
  return { value: { formula, result }, numFmt: '0.00%' };
}
