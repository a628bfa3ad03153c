import ExcelJS from 'exceljs';

/**
 * Workbooks in and out of memory: nothing here touches a file. Reading refuses what is not an
 * XLSX (a renamed CSV, an old .xls, a truncated upload) with a Chinese message.
 */
export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export type WorkbookReading =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; message: string };

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookReading> {
  // XLSX is a ZIP archive: "PK\x03\x04".
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return {
      ok: false,
      message: '文件不是 Excel 工作簿（.xlsx）；旧版 .xls 请在 Excel 中另存为 .xlsx',
    };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await workbook.xlsx.load(copy as ArrayBuffer);
  } catch {
    return { ok: false, message: '无法读取该 Excel 工作簿，文件可能已损坏' };
  }
  if (workbook.worksheets.length === 0) return { ok: false, message: '工作簿中没有工作表' };
  return { ok: true, workbook };
}
