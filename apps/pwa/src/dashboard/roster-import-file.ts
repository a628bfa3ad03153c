import type { FieldError } from '@jixiao/domain';

/**
 * 名册文件 — what the roster import screen tells the county manager about the file (the
 * columns the server reads from a CSV or an XLSX workbook's first sheet,
 * apps/server/src/services/roster-rows.ts), the template it offers, the limits it checks
 * before sending, and the server's `row <n>.<column>` errors as cells (n = the CSV line or the
 * sheet row, 1 = the header).
 */

export type RosterColumnKey =
  | 'idNumber'
  | 'name'
  | 'townshipCode'
  | 'villageCode'
  | 'monthlyAmountDue'
  | 'status';

export interface RosterColumn {
  key: RosterColumnKey;
  /** The header the template writes (the server also takes `key`, in any case). */
  header: string;
  required: boolean;
  description: string;
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  {
    key: 'idNumber',
    header: '身份证号',
    required: true,
    description:
      '18 位居民身份证号，末位可为 X；同一文件中不能重复。用 Excel 编辑时请把该列设为“文本”格式，否则后几位会丢失。',
  },
  {
    key: 'name',
    header: '姓名',
    required: true,
    description: '最多 50 个字；维吾尔族姓名中的“·”照写。',
  },
  {
    key: 'townshipCode',
    header: '乡镇代码',
    required: true,
    description: '本县乡镇的 9 位区划代码，如 653125100。',
  },
  {
    key: 'villageCode',
    header: '村代码',
    required: false,
    description: '该乡镇下村（社区）的 12 位区划代码；可留空。',
  },
  {
    key: 'monthlyAmountDue',
    header: '月应发金额',
    required: true,
    description: '单位元，最多两位小数，不超过 100000。',
  },
  {
    key: 'status',
    header: '状态',
    required: false,
    description: '正常、暂停或终止（也可写 ACTIVE、SUSPENDED、TERMINATED）；留空为正常。',
  },
];

/** The server's limits (roster-csv.ts, roster-xlsx.ts, roster-rows.ts). */
export const ROSTER_CSV_MAX_BYTES = 5 * 1024 * 1024;
export const ROSTER_XLSX_MAX_BYTES = 8 * 1024 * 1024;
export const ROSTER_MAX_ROWS = 100_000;

/**
 * 模板 — the header row, with a byte-order mark so that Excel opens the UTF-8 file in Chinese
 * (the server drops the mark). No example row: a template sent back unchanged imports nobody.
 */
export function rosterTemplateCsv(): string {
  return `\uFEFF${ROSTER_COLUMNS.map((column) => column.header).join(',')}\r\n`;
}

/** The template as a link target, made here (nothing is downloaded from the server). */
export function rosterTemplateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(rosterTemplateCsv())}`;
}

export type RosterFileKind = 'csv' | 'xlsx';

/** The kind of a chosen file by its name, or null when the import cannot read it. */
export function rosterFileKind(fileName: string): RosterFileKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

const MAX_BYTES: Record<RosterFileKind, number> = {
  csv: ROSTER_CSV_MAX_BYTES,
  xlsx: ROSTER_XLSX_MAX_BYTES,
};

/** Why a chosen file cannot be sent, or null. */
export function rosterFileProblem(file: { name: string; size: number }): string | null {
  const kind = rosterFileKind(file.name);
  if (kind === null) return '请选择 .csv 或 .xlsx 文件（.xls 请先在 Excel 中另存为 .xlsx）';
  if (file.size === 0) return '文件是空的';
  if (file.size > MAX_BYTES[kind]) {
    return `文件超过 ${MAX_BYTES[kind] / 1024 / 1024} MB，请分成几个文件导入`;
  }
  return null;
}

/** One problem of a refused file, as the screen lists it. */
export interface CellError {
  /** The CSV line or sheet row (1 = the header); null for the whole file. */
  row: number | null;
  /** The column's header, 整行, 表头 or 文件. */
  column: string;
  message: string;
}

const HEADER_OF = new Map<string, string>(
  ROSTER_COLUMNS.map((column) => [column.key, column.header]),
);

const CELL = /^row (\d+)(?:\.(\w+))?$/;

/** The server's field errors (`row 12.idNumber`, `row 7`, `header`, `csv`, `xlsx`) as cells. */
export function cellErrors(errors: readonly FieldError[]): CellError[] {
  return errors.map(({ field, message }) => {
    const cell = CELL.exec(field);
    if (cell !== null) {
      const key = cell[2];
      return {
        row: Number(cell[1]),
        column: key === undefined ? '整行' : (HEADER_OF.get(key) ?? key),
        message,
      };
    }
    if (field === 'header') return { row: 1, column: '表头', message };
    return { row: null, column: '文件', message };
  });
}

/** A chosen file's text (UTF-8; a byte-order mark is dropped), through FileReader. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('无法读取文件'));
    reader.readAsText(file, 'utf-8');
  });
}
