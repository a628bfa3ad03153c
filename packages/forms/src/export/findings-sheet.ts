import type { FormEvaluation } from '@jixiao/scoring';
import type { Workbook } from 'exceljs';
import { applyPrintSetup, SheetCursor, setColumnWidths } from '../xlsx/sheet-cursor.ts';

/**
 * 核查意见 — the checker's findings on the form, on their own sheet: a generated form prints
 * the figures the data give, and what the filed form got wrong is listed here with the row and
 * the reason, never silently reproduced or corrected.
 */
export const FINDINGS_SHEET_NAME = '核查意见';

const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;

export function addFindingsSheet(workbook: Workbook, evaluation: FormEvaluation): void {
  if (evaluation.findings.length === 0) return;
  const sheet = workbook.addWorksheet(FINDINGS_SHEET_NAME);
  setColumnWidths(sheet, [6, 8, 26, 8, 60, 28]);
  const cursor = new SheetCursor(sheet, 6);
  cursor.line(cursor.next(28), `${evaluation.form.title} — 核查意见`, {
    bold: true,
    size: 14,
    align: 'center',
    border: false,
  });
  const header = cursor.next(20);
  ['序号', '行', '指标或项目', '级别', '说明', '代码'].forEach((text, index) => {
    cursor.put(header, index + 1, text, { bold: true, align: 'center' });
  });
  const rowNumbers = new Map(evaluation.form.indicators.map((row, index) => [row.id, index + 1]));
  evaluation.findings.forEach((found, index) => {
    const row = cursor.next();
    const line = found.rowId === null ? '' : `第 ${rowNumbers.get(found.rowId) ?? '?'} 项`;
    cursor.put(row, 1, index + 1, { align: 'center' });
    cursor.put(row, 2, line, { align: 'center' });
    cursor.put(row, 3, found.subject);
    cursor.put(row, 4, SEVERITY_NAMES[found.severity], { align: 'center' });
    cursor.put(row, 5, found.message);
    cursor.put(row, 6, found.code);
  });
  applyPrintSetup(sheet, `${header}:${header}`);
}
