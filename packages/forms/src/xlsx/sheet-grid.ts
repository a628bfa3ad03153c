import type { Worksheet } from 'exceljs';
import { type CellReading, readCell } from './cell-text.ts';

/**
 * A worksheet as the importer reads it: every cell's text once, merges resolved. A merged block
 * is read from its top-left cell; the other cells it covers are `covered` and show that cell
 * (`shown`), which is how a merged 一级指标 label reaches every row of its group.
 */
export interface GridCell {
  row: number;
  col: number;
  /** "D12". */
  address: string;
  /** What the cell shows; "" when empty or unreadable. */
  text: string;
  /** Why the cell could not be read (a formula without a result, #DIV/0!). */
  problem: Extract<CellReading, { ok: false }> | null;
  /** Covered by a merge it does not start. */
  covered: boolean;
  /** The merge's top-left when covered, else the cell itself. */
  origin: { row: number; col: number };
  /** The extent of the merge this cell starts (1 × 1 when none). */
  span: { rows: number; cols: number };
  /** Alignment indent, in characters. */
  indent: number;
  /** The text was typed with leading spaces (an indent typed by hand). */
  leadingSpace: boolean;
  /** The cell holds a number (or a formula whose result is one). */
  numeric: boolean;
}

export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

function decode(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, ''));
  if (!match?.[1] || !match[2]) throw new RangeError(`not a cell address: ${address}`);
  let col = 0;
  for (const letter of match[1]) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

export class SheetGrid {
  private constructor(
    readonly name: string,
    readonly rowCount: number,
    readonly colCount: number,
    private readonly cells: GridCell[][],
  ) {}

  static of(sheet: Worksheet): SheetGrid {
    const rowCount = sheet.rowCount;
    const colCount = sheet.columnCount;
    const origins = new Map<string, { row: number; col: number; rows: number; cols: number }>();
    for (const range of sheet.model.merges ?? []) {
      const [from = '', to = from] = String(range).split(':');
      const start = decode(from);
      const end = decode(to);
      const merge = {
        row: start.row,
        col: start.col,
        rows: end.row - start.row + 1,
        cols: end.col - start.col + 1,
      };
      for (let r = start.row; r <= end.row; r++) {
        for (let c = start.col; c <= end.col; c++) origins.set(`${r}:${c}`, merge);
      }
    }
    const cells: GridCell[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const line: GridCell[] = [];
      for (let c = 1; c <= colCount; c++) {
        const merge = origins.get(`${r}:${c}`);
        const covered = merge !== undefined && (merge.row !== r || merge.col !== c);
        const cell = sheet.getCell(r, c);
        const reading: CellReading = covered ? { ok: true, text: '' } : readCell(cell);
        const value = cell.value;
        const result =
          value && typeof value === 'object' && 'result' in value ? value.result : value;
        line.push({
          row: r,
          col: c,
          address: cellAddress(r, c),
          text: reading.ok ? reading.text : '',
          problem: reading.ok ? null : reading,
          covered,
          origin: covered && merge ? { row: merge.row, col: merge.col } : { row: r, col: c },
          span: merge && !covered ? { rows: merge.rows, cols: merge.cols } : { rows: 1, cols: 1 },
          indent: covered ? 0 : (cell.alignment?.indent ?? 0),
          leadingSpace: !covered && typeof value === 'string' && /^[\s\u3000]/.test(value),
          numeric: !covered && typeof result === 'number',
        });
      }
      cells.push(line);
    }
    return new SheetGrid(sheet.name, rowCount, colCount, cells);
  }

  get(row: number, col: number): GridCell | undefined {
    return this.cells[row - 1]?.[col - 1];
  }

  /** The cell that shows at (row, col): the top-left of its merge when covered. */
  shown(row: number, col: number): GridCell | undefined {
    const cell = this.get(row, col);
    return cell?.covered ? this.get(cell.origin.row, cell.origin.col) : cell;
  }

  /** The cells of a row that start something and show text, left to right. */
  texts(row: number): GridCell[] {
    return (this.cells[row - 1] ?? []).filter((cell) => !cell.covered && cell.text !== '');
  }

  /** Every cell that starts something and shows text, row by row. */
  allTexts(): GridCell[] {
    const found: GridCell[] = [];
    for (let r = 1; r <= this.rowCount; r++) found.push(...this.texts(r));
    return found;
  }
}
