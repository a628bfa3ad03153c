import type { Alignment, Borders, CellValue, Worksheet } from 'exceljs';

/**
 * Writes a form top to bottom: a cursor over rows of a sheet with a fixed number of columns.
 * Every written cell gets the form's font, a thin border (unless told otherwise) and wrapped
 * text; a span merges the cells and styles every cell it covers, so the borders of a merged
 * block print whole.
 */
export const FONT_NAME = '宋体';

export interface CellStyle {
  bold?: boolean;
  size?: number;
  align?: Alignment['horizontal'];
  vertical?: Alignment['vertical'];
  /** Wrap long text (default true). */
  wrap?: boolean;
  /** Thin border around the cell (default true). */
  border?: boolean;
  numFmt?: string;
  /** Alignment indent, in characters: 其中 rows are indented under their parent. */
  indent?: number;
}

export interface Span {
  /** Columns covered, from the given one (default 1). */
  cols?: number;
  /** Rows covered, from the given one (default 1). */
  rows?: number;
}

const THIN = { style: 'thin' } as const;
const BOX: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export class SheetCursor {
  /** The last row used; `next()` moves below it. */
  row = 0;

  constructor(
    readonly sheet: Worksheet,
    /** The form's width in columns. */
    readonly width: number,
  ) {}

  /** Moves to a new row (optionally with its height in points) and returns its number. */
  next(height?: number): number {
    this.row += 1;
    if (height !== undefined) this.sheet.getRow(this.row).height = height;
    return this.row;
  }

  /** Leaves `count` empty rows. */
  skip(count = 1): void {
    this.row += count;
  }

  /** Writes a value at (row, col), merging `span` and styling every covered cell. */
  put(row: number, col: number, value: CellValue, style: CellStyle = {}, span: Span = {}): void {
    const bottom = row + (span.rows ?? 1) - 1;
    const right = col + (span.cols ?? 1) - 1;
    if (bottom > row || right > col) this.sheet.mergeCells(row, col, bottom, right);
    for (let r = row; r <= bottom; r++) {
      for (let c = col; c <= right; c++) applyStyle(this.sheet.getCell(r, c), style);
    }
    // An empty text is an empty cell, as a county's blank cell is.
    this.sheet.getCell(row, col).value = value === '' || value === undefined ? null : value;
  }

  /** Writes across the whole width of the current row. */
  line(row: number, value: CellValue, style: CellStyle = {}): void {
    this.put(row, 1, value, style, { cols: this.width });
  }
}

function applyStyle(cell: ReturnType<Worksheet['getCell']>, style: CellStyle): void {
  cell.font = { name: FONT_NAME, size: style.size ?? 10.5, bold: style.bold ?? false };
  cell.alignment = {
    horizontal: style.align ?? 'left',
    vertical: style.vertical ?? 'middle',
    wrapText: style.wrap ?? true,
    ...(style.indent ? { indent: style.indent } : {}),
  };
  if (style.border ?? true) cell.border = BOX;
  if (style.numFmt) cell.numFmt = style.numFmt;
}

/** A4, fitted to one page wide, centred, with `repeatRows` ("5:6") printed on every page. */
export function applyPrintSetup(sheet: Worksheet, repeatRows?: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(repeatRows ? { printTitlesRow: repeatRows } : {}),
  };
}

/** Sets the columns' widths, in characters (a CJK character is about two). */
export function setColumnWidths(sheet: Worksheet, widths: readonly number[]): void {
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}
