import type { EvaluationForm, Signature } from '@jixiao/domain';
import type { CellStyle, SheetCursor } from '../xlsx/sheet-cursor.ts';

/**
 * The blocks every form shares around its tables: the title and year, labelled header lines
 * (专项名称 …), the goal block, 说明, the signature block and the footnote. Labels are the
 * canonical spellings of form-labels.ts, so that the import reads back what is written here.
 */
export function writeTitle(cursor: SheetCursor, title: string, yearLine: string | null): void {
  cursor.line(cursor.next(32), title, { bold: true, size: 16, align: 'center', border: false });
  if (yearLine !== null) {
    cursor.line(cursor.next(20), yearLine, { align: 'center', border: false });
  }
}

/** One header line: pairs of label and value, each value spanning up to the next label. */
export function writeLabelledLine(
  cursor: SheetCursor,
  pairs: readonly { label: string; value: string; labelSpan?: number; valueSpan?: number }[],
  start = 1,
): number {
  const row = cursor.next(22);
  let col = start;
  pairs.forEach((pair, index) => {
    const labelSpan = pair.labelSpan ?? 1;
    const last = index === pairs.length - 1;
    const valueSpan = last ? cursor.width - col - labelSpan + 1 : (pair.valueSpan ?? 1);
    cursor.put(row, col, pair.label, { bold: true, align: 'center' }, { cols: labelSpan });
    cursor.put(row, col + labelSpan, pair.value, {}, { cols: valueSpan });
    col += labelSpan + valueSpan;
  });
  return row;
}

/** One column of the goal block: its header over its value. */
export interface GoalColumn {
  header: string;
  value: string;
  /** Columns the header and the value span (default 1). */
  cols?: number;
  /** The value's style (default: at the top of its cell). */
  style?: CellStyle;
  /** How much the value's length counts when the row is sized (default 1; 0: not at all). */
  lengthFactor?: number;
}

/**
 * 目标 — the caption down the left over two rows (总体目标, 三、目标完成情况 …), a header row
 * and one row of values side by side from the second column, as tall as the longest value
 * (its length times its factor) needs at `perLine` characters a line.
 */
export function writeGoalBlock(
  cursor: SheetCursor,
  block: { caption: string; columns: readonly GoalColumn[]; perLine: number },
): void {
  const header = { bold: true, align: 'center' as const };
  const headerRow = cursor.next(22);
  cursor.put(headerRow, 1, block.caption, header, { rows: 2 });
  const longest = Math.max(
    0,
    ...block.columns.map((column) => column.value.length * (column.lengthFactor ?? 1)),
  );
  const valueRow = cursor.next(heightFor('x'.repeat(longest), block.perLine));
  let col = 2;
  for (const column of block.columns) {
    const cols = column.cols ?? 1;
    cursor.put(headerRow, col, column.header, header, { cols });
    cursor.put(valueRow, col, column.value, column.style ?? { vertical: 'top' }, { cols });
    col += cols;
  }
}

/** A label cell and a value across the rest of the row ("说明 | …"). */
export function writeRemarks(cursor: SheetCursor, label: string, text: string | undefined): void {
  const row = cursor.next(40);
  cursor.put(row, 1, label, { bold: true, align: 'center' });
  cursor.put(row, 2, text ?? '', {}, { cols: cursor.width - 1 });
}

/** A row height that shows `text` wrapped over `columns` of about `perLine` characters. */
export function heightFor(text: string | undefined, perLine: number): number {
  const lines = Math.max(1, Math.ceil((text?.length ?? 0) / perLine));
  return Math.min(409, 16 * lines + 6);
}

/**
 * 经办人 / 单位负责人 / 上报时间 / 联系方式, printed "label：value" in unbordered cells as the
 * seed forms print them. Only the fields the form has are printed.
 */
export function writeSignature(
  cursor: SheetCursor,
  signature: Signature | undefined,
  labels: { preparer: string; head: string; filedOn: string; contact: string },
): void {
  if (!signature) return;
  const items = [
    ...(signature.preparer !== undefined ? [`${labels.preparer}：${signature.preparer}`] : []),
    ...(signature.head !== undefined ? [`${labels.head}：${signature.head}`] : []),
    ...(signature.filedOn !== undefined ? [`${labels.filedOn}：${signature.filedOn}`] : []),
    ...(signature.contacts ?? []).map((contact) => `${labels.contact}：${contact}`),
  ];
  const perRow = 3;
  const span = Math.floor(cursor.width / perRow);
  cursor.skip();
  for (let start = 0; start < items.length; start += perRow) {
    const row = cursor.next(20);
    items.slice(start, start + perRow).forEach((item, index) => {
      const cols = index === perRow - 1 ? cursor.width - span * index : span;
      cursor.put(row, 1 + span * index, item, { border: false }, { cols });
    });
  }
}

/** Footnote lines under the form, unbordered and wrapped across the width. */
export function writeFootnote(cursor: SheetCursor, lines: readonly string[]): void {
  if (lines.length === 0) return;
  cursor.skip();
  for (const line of lines) {
    cursor.line(cursor.next(heightFor(line, cursor.width * 6)), line, { border: false, size: 9 });
  }
}

/** "（2020年度）". */
export function yearLine(year: number): string {
  return `（${year}年度）`;
}

/** The departments a form names, for the header lines. */
export function departmentsOf(form: EvaluationForm): { central: string; local: string } {
  return { central: form.departments?.central ?? '', local: form.departments?.local ?? '' };
}
