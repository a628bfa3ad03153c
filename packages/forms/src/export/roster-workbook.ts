import { newWorkbook, workbookBytes } from '../xlsx/workbook-buffer.ts';

/**
 * 名册表格 — a roster (or its empty template: the header alone) as a workbook whose cells are
 * all text (format "@"), so that an ID number typed into it keeps its 18 digits instead of
 * becoming a number Excel rounds to 15.
 */
export async function rosterWorkbook(records: readonly (readonly string[])[]): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('名册');
  const width = Math.max(6, ...records.map((record) => record.length));
  for (let col = 1; col <= width; col++) {
    const column = sheet.getColumn(col);
    column.numFmt = '@';
    column.width = col === 1 ? 22 : 14;
  }
  records.forEach((record, index) => {
    const row = sheet.getRow(index + 1);
    record.forEach((text, col) => {
      const cell = row.getCell(col + 1);
      cell.value = text === '' ? null : text;
      cell.numFmt = '@';
    });
    if (index === 0) row.font = { bold: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return workbookBytes(workbook);
}
