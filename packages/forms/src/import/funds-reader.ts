import {
  type FundAmounts,
  type FundSourceLine,
  type FundsBlock,
  fundSourceFromLabel,
} from '@jixiao/domain';
import { readAmount } from '../amount-text.ts';
import {
  CAPTIONS,
  FUND_COLUMNS,
  FUND_TOTAL_LABELS,
  isLabel,
  LABELS,
  labelKey,
} from '../form-labels.ts';
import type { GridCell, SheetGrid } from '../xlsx/sheet-grid.ts';
import { type CellError, cellError } from './cell-error.ts';

/**
 * 项目资金 — reads the funds table between its header row (全年预算数 / 全年执行数 / 执行率, or
 * 预算数 / 到位数 / 执行数) and the next block (the goal): the 年度资金总额 line and one line per source, amounts in
 * 万元 whether typed as numbers, as text, with thousands separators or with a unit. Empty lines
 * (the template's 其他资金) are skipped. Without a header row, as the seed declaration prints it
 * ("年度资金总额: | 14698.45"), the first amount right of each label is its budget.
 */
type AmountColumn = keyof typeof FUND_COLUMNS;

interface FundsHeader {
  row: number;
  columns: Partial<Record<AmountColumn, number>>;
}

function findHeader(grid: SheetGrid, endRow: number): FundsHeader | null {
  for (let row = 1; row < endRow; row++) {
    const columns: Partial<Record<AmountColumn, number>> = {};
    for (const cell of grid.texts(row)) {
      const key = labelKey(cell.text, FUND_COLUMNS);
      if (key && columns[key] === undefined) columns[key] = cell.col;
    }
    if (columns.budget !== undefined) return { row, columns };
  }
  return null;
}

function isFundLabel(text: string): boolean {
  return (
    isLabel(text, FUND_TOTAL_LABELS) ||
    fundSourceFromLabel(text.normalize('NFKC').replace(/[:：]\s*$/, '')) !== null
  );
}

function lineLabel(grid: SheetGrid, row: number, firstValueCol: number): GridCell | null {
  const labels = grid
    .texts(row)
    .filter(
      (cell) =>
        cell.col < firstValueCol &&
        !isLabel(cell.text, LABELS.funds) &&
        !isLabel(cell.text, CAPTIONS),
    );
  return labels.at(-1) ?? null;
}

export interface FundsReading {
  funds: FundsBlock | null;
  errors: CellError[];
}

export function readFunds(
  grid: SheetGrid,
  limit: number,
  /** A row that starts the next block (the goal): the funds table ends before it. */
  startsNextBlock: (row: number) => boolean,
): FundsReading {
  const errors: CellError[] = [];
  const header = findHeader(grid, limit);
  const start = header ? header.row + 1 : 1;
  let endRow = limit;
  for (let row = start; row < limit; row++) {
    if (startsNextBlock(row)) {
      endRow = row;
      break;
    }
  }
  const valueCols = header ? Object.values(header.columns) : [];
  const firstValueCol = valueCols.length > 0 ? Math.min(...valueCols) : Number.POSITIVE_INFINITY;
  let total: FundAmounts | null = null;
  const sources: FundSourceLine[] = [];

  const amount = (cell: GridCell | undefined): string | null => {
    if (!cell || cell.text === '') {
      if (cell?.problem) errors.push(cellError(grid.name, cell.address, problemMessage(cell)));
      return null;
    }
    const reading = readAmount(cell.text);
    if (reading.ok) return reading.value;
    errors.push(cellError(grid.name, cell.address, reading.message));
    return null;
  };

  for (let row = start; row < endRow; row++) {
    const label = header
      ? lineLabel(grid, row, firstValueCol)
      : (grid.texts(row).find((cell) => isFundLabel(cell.text)) ?? null);
    if (!label) continue;
    if (!header && !isFundLabel(label.text)) continue;
    let amounts: FundAmounts;
    if (header) {
      const at = (key: AmountColumn) => {
        const col = header.columns[key];
        return col === undefined ? undefined : grid.shown(row, col);
      };
      const rateCell = at('printedRate');
      if (rateCell?.problem)
        errors.push(cellError(grid.name, rateCell.address, problemMessage(rateCell)));
      amounts = {
        budget: amount(at('budget')),
        ...(header.columns.arrived !== undefined ? { arrived: amount(at('arrived')) } : {}),
        executed: amount(at('executed')),
        printedRate: rateCell?.text ? rateCell.text : null,
      };
    } else {
      const value = grid.texts(row).find((cell) => cell.col > label.col);
      amounts = { budget: amount(value), executed: null, printedRate: null };
    }
    const empty = Object.values(amounts).every((value) => value === null);
    const labelText = label.text
      .normalize('NFKC')
      .replace(/[:：]\s*$/, '')
      .trim();
    if (isLabel(label.text, FUND_TOTAL_LABELS)) {
      total = amounts;
      continue;
    }
    if (empty) continue;
    const source = fundSourceFromLabel(labelText);
    if (source === null) {
      errors.push(
        cellError(
          grid.name,
          label.address,
          `无法识别的资金来源“${label.text}”，应为年度资金总额或中央补助、自治区财政资金、` +
            '地方财政资金、财政拨款、社会保险基金、其他资金之一',
        ),
      );
      continue;
    }
    sources.push({ source, label: label.text, amounts });
  }
  const totalEmpty = !total || Object.values(total).every((value) => value === null);
  if (totalEmpty && sources.length === 0) return { funds: null, errors };
  if (!total) {
    errors.push(
      cellError(grid.name, null, '资金表缺少“年度资金总额”一行（各资金来源之外的合计行）'),
    );
    return { funds: null, errors };
  }
  return { funds: { unit: 'wanYuan', total, sources }, errors };
}

export function problemMessage(cell: GridCell): string {
  if (cell.problem?.reason === 'formulaWithoutResult') {
    return `公式 ${cell.problem.detail} 没有计算结果，请在 Excel 中重新计算并保存后再导入`;
  }
  return `单元格为错误值 ${cell.problem?.detail ?? ''}，应为数值`;
}
