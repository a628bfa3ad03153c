import { readRosterSheet } from '@jixiao/forms';
import {
  ROSTER_CSV_MAX_ROWS,
  type RosterCsvResult,
  type RosterDivisions,
  validateRosterRecords,
} from './roster-rows.ts';

/**
 * 名册导入 (XLSX): the first sheet of a roster workbook, read by @jixiao/forms into the records
 * a CSV holds (line = sheet row) and checked by the same row checks as a CSV roster.
 */
export const ROSTER_XLSX_MAX_BYTES = 8 * 1024 * 1024;

export async function parseRosterXlsx(
  bytes: Uint8Array,
  divisions: RosterDivisions,
  today: string,
): Promise<RosterCsvResult> {
  const sheet = await readRosterSheet(bytes, { maxRows: ROSTER_CSV_MAX_ROWS + 1 });
  if (!sheet.ok) return { ok: false, errors: [{ field: 'xlsx', message: sheet.message }] };
  return validateRosterRecords(sheet.records, divisions, today, 'xlsx');
}
