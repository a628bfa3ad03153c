import Papa from 'papaparse';
import {
  type RosterCsvResult,
  type RosterDivisions,
  type RosterRecord,
  validateRosterRecords,
} from './roster-rows.ts';

/**
 * 名册导入 (CSV): parses a roster CSV into records and checks them with the rows' checks shared
 * with XLSX rosters (roster-rows.ts). Line numbers are the CSV record numbers (1 = the header).
 */
export {
  parseAmount,
  type RosterCsvResult,
  type RosterCsvRow,
  type RosterDivisions,
} from './roster-rows.ts';

export const ROSTER_CSV_MAX_BYTES = 5 * 1024 * 1024;

/** Parses and checks a roster CSV; `today` (YYYY-MM-DD) bounds the birth dates. */
export function parseRosterCsv(
  input: string,
  divisions: RosterDivisions,
  today: string,
): RosterCsvResult {
  if (Buffer.byteLength(input, 'utf8') > ROSTER_CSV_MAX_BYTES) {
    return {
      ok: false,
      errors: [{ field: 'csv', message: `文件超过 ${ROSTER_CSV_MAX_BYTES / 1024 / 1024} MB` }],
    };
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const records: RosterRecord[] = parsed.data.map((cells, index) => ({ line: index + 1, cells }));
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const line = (quoteError.row ?? 0) + 1;
    return { ok: false, errors: [{ field: `row ${line}`, message: '引号未闭合' }] };
  }
  return validateRosterRecords(records, divisions, today, 'csv');
}
