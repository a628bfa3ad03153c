import type { FieldError } from '@jixiao/domain';
import { FORM_IMPORT_MAX_BYTES, type ImportCellError } from '../api/form-documents.ts';

/**
 * 表格文件 — what the form import checks before sending a file (an .xlsx of at most 4 MB, the
 * server's limit), how it sends it (base64 text), and how a refused cell is named: "sheet!D12"
 * as the server names it, or the sheet alone for a problem of the whole sheet.
 */

/** Why a chosen file cannot be sent, or null. */
export function formFileProblem(file: { name: string; size: number }): string | null {
  if (!file.name.toLowerCase().endsWith('.xlsx')) {
    return '请选择 .xlsx 文件（Excel 2007 及以后的格式；.xls 请先另存为 .xlsx）';
  }
  if (file.size === 0) return '文件是空的';
  if (file.size > FORM_IMPORT_MAX_BYTES) {
    return `文件超过 ${FORM_IMPORT_MAX_BYTES / 1024 / 1024} MB`;
  }
  return null;
}

/** "绩效自评表!D12", "绩效自评表" (the whole sheet) or "文件" (the whole file). */
export function cellReference(error: ImportCellError): string {
  if (error.sheet === '') return '文件';
  return error.cell === null ? error.sheet : `${error.sheet}!${error.cell}`;
}

/** applyFormImport's refusal (field `sheet!cell`, a sheet, or `fileBase64`) as cells. */
export function cellErrorsOf(fieldErrors: readonly FieldError[]): ImportCellError[] {
  return fieldErrors.map(({ field, message }) => {
    const bang = field.lastIndexOf('!');
    if (bang > 0) return { sheet: field.slice(0, bang), cell: field.slice(bang + 1), message };
    if (field === 'file' || field === 'fileBase64' || field === '') {
      return { sheet: '', cell: null, message };
    }
    return { sheet: field, cell: null, message };
  });
}

/** Bytes as base64 (an XLSX workbook goes to the server as text). */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** A chosen file's bytes, through FileReader (jsdom has no Blob.arrayBuffer in every version). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('无法读取文件'));
    reader.readAsArrayBuffer(file);
  });
}
