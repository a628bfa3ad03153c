import { readCell } from '../xlsx/cell-text.ts';
import { readWorkbook } from '../xlsx/workbook-buffer.ts';

/**
 * 名册表格 — a roster typed in Excel, read as the records a CSV file holds: each row's cells as
 * text, numbered by its sheet row (1 = the first row), so that the server checks an XLSX roster
 * with the very code that checks a CSV one and names cells the same way (`row <n>.<column>`).
 * Title or blank rows above the header are skipped; a row shorter than the header (Excel does
 * not store trailing empty cells) is padded. An ID number typed as a number has lost its last
 * digits (Excel keeps 15): such cells are listed as imprecise, never silently read.
 */
export interface SheetRecord {
  /** The sheet row. */
  line: number;
  cells: string[];
  /** Indexes of cells holding a number too long for Excel to have kept exactly. */
  imprecise: number[];
}

export type RosterSheetReading =
  | { ok: true; records: SheetRecord[] }
  | { ok: false; message: string };

/** Numbers from here on have more digits than a double (and Excel) keeps exactly. */
const EXACT_LIMIT = 1e15;

export async function readRosterSheet(
  bytes: Uint8Array,
  options: { maxRows: number },
): Promise<RosterSheetReading> {
  const reading = await readWorkbook(bytes);
  if (!reading.ok) return reading;
  const sheet = reading.workbook.worksheets[0];
  if (!sheet) return { ok: false, message: '工作簿中没有工作表' };
  if (sheet.rowCount > options.maxRows + 10) {
    return { ok: false, message: `工作表超过 ${options.maxRows} 行（实为 ${sheet.rowCount} 行）` };
  }
  const records: SheetRecord[] = [];
  let width = 0;
  for (let line = 1; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    const cells: string[] = [];
    const imprecise: number[] = [];
    for (let col = 1; col <= Math.max(row.cellCount, width); col++) {
      const cell = row.getCell(col);
      const covered = cell.isMerged && cell.master.address !== cell.address;
      const read = covered ? null : readCell(cell);
      cells.push(read?.ok ? read.text : '');
      if (typeof cell.value === 'number' && Math.abs(cell.value) >= EXACT_LIMIT)
        imprecise.push(col - 1);
    }
    while (cells.length > width && cells.at(-1) === '') cells.pop();
    const filled = cells.filter((text) => text !== '').length;
    if (width === 0) {
      // The header is the first row with more than one filled cell.
      if (filled <= 1) continue;
      width = cells.length;
    }
    while (cells.length < width) cells.push('');
    records.push({ line, cells, imprecise });
  }
  if (records.length === 0) return { ok: false, message: '工作表为空，缺少表头行' };
  return { ok: true, records };
}
