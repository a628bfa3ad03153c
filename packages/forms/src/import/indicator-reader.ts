import { type IndicatorRow, parseExpression } from '@jixiao/domain';
import {
  INDICATOR_COLUMNS,
  isLabel,
  labelKey,
  splitLabelledValue,
  TABLE_END_LABELS,
} from '../form-labels.ts';
import type { GridCell, SheetGrid } from '../xlsx/sheet-grid.ts';
import { type CellError, cellError } from './cell-error.ts';
import { problemMessage } from './funds-reader.ts';

/**
 * 绩效指标表 — reads the indicator table under its header row (一级指标 / 二级指标 / 三级指标 and
 * the value columns, in whatever order and wording): one IndicatorRow per line with a name, a
 * target or an actual. A merged 一级 / 二级 cell reaches every line of its group; a blank one
 * continues the group above, as counties leave unmerged cells. "其中" lines (named 其中…, or
 * indented under their parent by alignment or by typed spaces) are parts of the line above.
 * Blank lines and the templates' empty category lines are skipped; the table ends at 说明,
 * 经办人, 注 or the end of the sheet. Targets and actuals must be readable by the scoring's
 * parser; an unreadable one is a cell error (what the parser says, at its cell).
 */
type ColumnKey = keyof typeof INDICATOR_COLUMNS;

export interface IndicatorTableHeader {
  row: number;
  columns: Partial<Record<ColumnKey, number>>;
}

export function findIndicatorHeader(grid: SheetGrid): IndicatorTableHeader | null {
  for (let row = 1; row <= grid.rowCount; row++) {
    const columns: Partial<Record<ColumnKey, number>> = {};
    for (const cell of grid.texts(row)) {
      const key = labelKey(cell.text, INDICATOR_COLUMNS);
      if (key && columns[key] === undefined) columns[key] = cell.col;
    }
    if (
      columns.name !== undefined &&
      (columns.level1 !== undefined || columns.level2 !== undefined)
    ) {
      return { row, columns };
    }
  }
  return null;
}

function endsTable(cell: GridCell): boolean {
  return (
    isLabel(cell.text, TABLE_END_LABELS) || splitLabelledValue(cell.text, TABLE_END_LABELS) !== null
  );
}

const PART_NAME = /^其中\s*[:：]/;
const PERCENT_OR_SLASH = /^(\d+(\.\d+)?\s*[%％]|\/)$/;

export interface IndicatorReading {
  rows: IndicatorRow[];
  /** The row after the table (where 说明 / 经办人 … start). */
  endRow: number;
  errors: CellError[];
}

export function readIndicators(grid: SheetGrid, header: IndicatorTableHeader): IndicatorReading {
  const errors: CellError[] = [];
  const rows: IndicatorRow[] = [];
  const { columns } = header;
  let level1 = '';
  let level2: string | null = null;
  let parentId: string | null = null;
  let row = header.row + 1;

  const cellsOf = (row: number) => {
    const found: Partial<Record<ColumnKey, GridCell>> = {};
    for (const key of Object.keys(columns) as ColumnKey[]) {
      const col = columns[key];
      const cell = col === undefined ? undefined : grid.shown(row, col);
      if (!cell) continue;
      if (cell.problem) errors.push(cellError(grid.name, cell.address, problemMessage(cell)));
      found[key] = cell;
    }
    return found;
  };

  for (; row <= grid.rowCount; row++) {
    const first = grid.texts(row)[0];
    if (first && endsTable(first)) break;
    const cells = cellsOf(row);
    const text = (key: ColumnKey): string => cells[key]?.text ?? '';
    const name = text('name');
    const target = text('target');
    const actual = text('actual');
    if (name === '' && target === '' && actual === '') continue;

    const printedLevel1 = text('level1');
    const printedLevel2 = text('level2');
    const newGroup = printedLevel1 !== '' && printedLevel1 !== level1;
    if (printedLevel1 !== '') level1 = printedLevel1;
    if (printedLevel2 !== '') level2 = printedLevel2;
    else if (newGroup || (cells.level2?.span.rows ?? 1) > 1) level2 = null;
    // Otherwise a blank 二级 cell continues the group above.
    if (level1 === '') {
      errors.push(
        cellError(
          grid.name,
          cells.level1?.address ?? cells.name?.address ?? null,
          `“${name}”没有一级指标（产出指标、效益指标或满意度指标）`,
        ),
      );
    }

    const id = `r${String(rows.length + 1).padStart(2, '0')}`;
    const nameCell = cells.name;
    const indented = nameCell !== undefined && (nameCell.indent > 0 || nameCell.leadingSpace);
    const isPart = parentId !== null && (PART_NAME.test(name) || indented);
    let printedRate: string | null = text('printedRate') || null;
    let reason: string | null = text('reason') || null;
    // The 2020 forms print the rate in the 未完成原因和改进措施 column when they have no rate column.
    if (columns.printedRate === undefined && reason !== null && PERCENT_OR_SLASH.test(reason)) {
      printedRate = reason;
      reason = null;
    }
    const weight = readWeight(grid, cells.weight, errors);
    for (const key of ['target', 'actual'] as const) {
      const value = text(key);
      if (value === '') continue;
      const parsed = parseExpression(value);
      if (!parsed.ok) {
        errors.push(
          cellError(
            grid.name,
            cells[key]?.address ?? null,
            `${key === 'target' ? '年度指标值' : '全年完成值'}无法识别：${parsed.error.message}`,
          ),
        );
      }
    }
    rows.push({
      id,
      level1,
      level2,
      name,
      target: target || null,
      actual: actual || null,
      printedRate,
      ...(weight === null ? {} : { weight }),
      ...(isPart && parentId ? { partOf: parentId } : {}),
      ...(reason === null ? {} : { reason }),
    });
    if (!isPart) parentId = id;
  }
  return { rows, endRow: row, errors };
}

function readWeight(
  grid: SheetGrid,
  cell: GridCell | undefined,
  errors: CellError[],
): number | null {
  if (!cell || cell.text === '') return null;
  const text = cell.text.normalize('NFKC').replace(/分$/, '').trim();
  if (!/^\d+(\.\d+)?$/.test(text)) {
    errors.push(
      cellError(grid.name, cell.address, `分值应为 0 到 100 之间的数，实为“${cell.text}”`),
    );
    return null;
  }
  const weight = Number(text);
  if (weight > 100) {
    errors.push(
      cellError(grid.name, cell.address, `分值应为 0 到 100 之间的数，实为“${cell.text}”`),
    );
    return null;
  }
  return weight;
}
