/**
 * 单元格错误 — what the importer could not read, located: the sheet, the cell ("D12") and what
 * was expected there, in Chinese. A whole-sheet problem (no indicator table) has no cell.
 */
export interface CellError {
  sheet: string;
  /** "D12", or null for a problem of the whole sheet or file. */
  cell: string | null;
  message: string;
}

export function cellError(sheet: string, cell: string | null, message: string): CellError {
  return { sheet, cell, message };
}

/** "绩效自评表!D12：…" — an error as one line, for logs of counts and for messages. */
export function describeCellError(error: CellError): string {
  return error.cell === null
    ? `${error.sheet}：${error.message}`
    : `${error.sheet}!${error.cell}：${error.message}`;
}
