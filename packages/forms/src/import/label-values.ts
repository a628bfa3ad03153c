import {
  CAPTIONS,
  FUND_COLUMNS,
  INDICATOR_COLUMNS,
  isLabel,
  LABELS,
  splitLabelledValue,
} from '../form-labels.ts';
import type { GridCell, SheetGrid } from '../xlsx/sheet-grid.ts';

/**
 * Label → value on a sheet a county typed: the value of a label is the next text to its right
 * on the same row, or, when the row has none, the text under it — unless that text is itself a
 * label. A cell may also hold both ("经办人：罗平").
 */
const ALL_SPELLINGS: readonly string[] = [
  ...Object.values(LABELS).flat(),
  ...Object.values(FUND_COLUMNS).flat(),
  ...Object.values(INDICATOR_COLUMNS).flat(),
  ...CAPTIONS,
  '年度资金总额',
];

export function isKnownLabel(text: string): boolean {
  return isLabel(text, ALL_SPELLINGS);
}

/** The first cell (row by row, top to bottom) that reads as one of the spellings. */
export function findLabel(
  grid: SheetGrid,
  spellings: readonly string[],
  from = 1,
  to = grid.rowCount,
): GridCell | null {
  for (let row = from; row <= to; row++) {
    for (const cell of grid.texts(row)) if (isLabel(cell.text, spellings)) return cell;
  }
  return null;
}

export interface LabelledValue {
  /** The cell holding the value (the label's own cell for "经办人：罗平"). */
  cell: GridCell;
  text: string;
}

/** The value next to (or under) a label cell; null when there is none. */
export function valueNextTo(grid: SheetGrid, label: GridCell): LabelledValue | null {
  const right = grid.texts(label.row).find((cell) => cell.col > label.col);
  if (right && !isKnownLabel(right.text)) return { cell: right, text: right.text };
  const below = grid.shown(label.row + label.span.rows, label.col);
  if (below && below.text !== '' && !isKnownLabel(below.text) && below.row > label.row) {
    return { cell: below, text: below.text };
  }
  return null;
}

/**
 * The value of the first label with one of the spellings that has a value: "label：value" in one
 * cell, or a label cell and its value.
 */
export function labelledValue(
  grid: SheetGrid,
  spellings: readonly string[],
  from = 1,
  to = grid.rowCount,
): LabelledValue | null {
  for (let row = from; row <= to; row++) {
    for (const cell of grid.texts(row)) {
      const inline = splitLabelledValue(cell.text, spellings);
      if (inline && inline.value !== '') return { cell, text: inline.value };
      if (isLabel(cell.text, spellings)) {
        const value = valueNextTo(grid, cell);
        if (value) return value;
      }
    }
  }
  return null;
}

/** Every "label：value" (or label, value) of the spellings, in reading order. */
export function labelledValues(
  grid: SheetGrid,
  spellings: readonly string[],
  from = 1,
): LabelledValue[] {
  const found: LabelledValue[] = [];
  for (let row = from; row <= grid.rowCount; row++) {
    for (const cell of grid.texts(row)) {
      const inline = splitLabelledValue(cell.text, spellings);
      if (inline) {
        if (inline.value !== '') found.push({ cell, text: inline.value });
        continue;
      }
      if (isLabel(cell.text, spellings)) {
        const value = valueNextTo(grid, cell);
        if (value) found.push(value);
      }
    }
  }
  return found;
}
