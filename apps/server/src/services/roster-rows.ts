import { checkIdNumber, type IdNumberErrorCode } from '@jixiao/domain';

/**
 * 名册行检查 — the checks of a roster's rows, whatever file they came in (CSV, or XLSX read by
 * @jixiao/forms into the same records): the header names known columns, once each, the required
 * ones present; every row's cells are checked against the county's divisions. Error messages
 * name the cell (`row <n>.<column>`, n = the record's line: the CSV record number or the sheet
 * row, 1 = the header) and never repeat an ID number or a name: they are personal data and end
 * up in logs.
 */
export const ROSTER_CSV_MAX_ROWS = 100_000;
export const ROSTER_AMOUNT_MAX = 100_000;
export const ROSTER_NAME_MAX = 50;

export type RosterColumn =
  | 'idNumber'
  | 'name'
  | 'townshipCode'
  | 'villageCode'
  | 'monthlyAmountDue'
  | 'status';

export type RosterStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';

const COLUMN_NAMES: Record<RosterColumn, readonly string[]> = {
  idNumber: ['身份证号', 'idnumber'],
  name: ['姓名', 'name'],
  townshipCode: ['乡镇代码', 'townshipcode'],
  villageCode: ['村代码', 'villagecode'],
  monthlyAmountDue: ['月应发金额', 'monthlyamountdue'],
  status: ['状态', 'status'],
};

const REQUIRED: readonly RosterColumn[] = ['idNumber', 'name', 'townshipCode', 'monthlyAmountDue'];

const STATUS_NAMES: Record<string, RosterStatus> = {
  正常: 'ACTIVE',
  暂停: 'SUSPENDED',
  终止: 'TERMINATED',
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  TERMINATED: 'TERMINATED',
};

/** Why an ID number was refused, without the number itself. */
const ID_MESSAGES: Record<IdNumberErrorCode, string> = {
  length: '身份证号应为 18 位',
  characters: '身份证号前 17 位应为数字，末位为数字或 X',
  region: '身份证号地址码不是有效的行政区划',
  birthDate: '身份证号中的出生日期无效',
  birthInFuture: '身份证号中的出生日期晚于今天',
  checkDigit: '身份证号校验位不正确',
};

export interface RosterCsvRow {
  /** The CSV record number (1 = the header). */
  line: number;
  idNumber: string;
  name: string;
  sex: 'male' | 'female';
  /** YYYY-MM-DD, from the ID number. */
  birthDate: string;
  townshipCode: string;
  villageCode: string | null;
  /** Yuan with exactly two decimals, e.g. "150.00". */
  monthlyAmountDue: string;
  status: RosterStatus;
}

export interface RosterDivisions {
  /** The county's TOWNSHIP codes. */
  townships: ReadonlySet<string>;
  /** VILLAGE codes by their township. */
  villagesByTownship: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A record of the file: its line (1 = the header) and its cells as text. */
export interface RosterRecord {
  line: number;
  cells: string[];
  /** Cells holding a number Excel could not keep exactly (an ID number typed as a number). */
  imprecise?: readonly number[];
}

export interface FieldError {
  field: string;
  message: string;
}

export type RosterCsvResult =
  | { ok: true; rows: RosterCsvRow[] }
  | { ok: false; errors: FieldError[] };

function headerKey(cell: string): RosterColumn | null {
  const name = cell.trim();
  const lower = name.toLowerCase();
  for (const [column, names] of Object.entries(COLUMN_NAMES) as [RosterColumn, string[]][]) {
    if (names.includes(name) || names.includes(lower)) return column;
  }
  return null;
}

/** "150", "150.5", "150.50" → "150.50"; null when not a decimal with at most 2 places. */
export function parseAmount(text: string): string | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const whole = String(Number(match[1]));
  return `${whole}.${(match[2] ?? '').padEnd(2, '0')}`;
}

function amountError(text: string): string | null {
  if (text === '') return '月应发金额不能为空';
  const amount = parseAmount(text);
  if (amount === null) return '月应发金额应为不超过两位小数的非负数';
  if (Number(amount) > ROSTER_AMOUNT_MAX) return `月应发金额不能超过 ${ROSTER_AMOUNT_MAX} 元`;
  return null;
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * Checks a roster's records (the first is the header); `today` (YYYY-MM-DD) bounds the birth
 * dates; `file` names whole-file problems ("csv" or "xlsx").
 */
export function validateRosterRecords(
  records: readonly RosterRecord[],
  divisions: RosterDivisions,
  today: string,
  file: 'csv' | 'xlsx',
): RosterCsvResult {
  const headerRecord = records[0]?.cells;
  if (!headerRecord || isBlank(headerRecord)) {
    return { ok: false, errors: [{ field: file, message: '文件为空，缺少表头行' }] };
  }
  // Header: every column known, none twice, the required ones present.
  const errors: FieldError[] = [];
  const columns: (RosterColumn | null)[] = [];
  const seenColumns = new Set<RosterColumn>();
  headerRecord.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key === null) {
      errors.push({ field: 'header', message: `第 ${index + 1} 列的列名无法识别` });
    } else if (seenColumns.has(key)) {
      errors.push({ field: 'header', message: `第 ${index + 1} 列与前面的列重复（${key}）` });
    } else {
      seenColumns.add(key);
    }
    columns.push(key);
  });
  for (const column of REQUIRED) {
    if (!seenColumns.has(column)) {
      errors.push({
        field: 'header',
        message: `缺少必需的列：${COLUMN_NAMES[column][0]}（${column}）`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const dataCount = records.slice(1).filter((record) => !isBlank(record.cells)).length;
  if (dataCount === 0) return { ok: false, errors: [{ field: file, message: '文件没有数据行' }] };
  if (dataCount > ROSTER_CSV_MAX_ROWS) {
    return {
      ok: false,
      errors: [
        { field: file, message: `数据行超过 ${ROSTER_CSV_MAX_ROWS} 行（实为 ${dataCount} 行）` },
      ],
    };
  }

  const rows: RosterCsvRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, cells: record, imprecise = [] } of records.slice(1)) {
    if (isBlank(record)) continue;
    const at = (column: string) => `row ${line}.${column}`;
    if (record.length !== columns.length) {
      errors.push({
        field: `row ${line}`,
        message: `应有 ${columns.length} 列，实为 ${record.length} 列`,
      });
      continue;
    }
    const cell = (column: RosterColumn): string => {
      const position = columns.indexOf(column);
      return position < 0 ? '' : (record[position] ?? '').trim();
    };
    const before = errors.length;

    const idText = cell('idNumber');
    const id = idText === '' ? null : checkIdNumber(idText, today);
    if (imprecise.includes(columns.indexOf('idNumber'))) {
      errors.push({
        field: at('idNumber'),
        message: '身份证号在 Excel 中被存为数值，末几位已丢失；请把该列设为文本格式后重新录入',
      });
    } else if (id === null) errors.push({ field: at('idNumber'), message: '身份证号不能为空' });
    else if (!id.ok) errors.push({ field: at('idNumber'), message: ID_MESSAGES[id.code] });
    else {
      const first = firstLineOf.get(id.idNumber);
      if (first !== undefined) {
        errors.push({ field: at('idNumber'), message: `身份证号与第 ${first} 行重复` });
      } else {
        firstLineOf.set(id.idNumber, line);
      }
    }

    const name = cell('name');
    const nameLength = Array.from(name).length;
    if (nameLength === 0) errors.push({ field: at('name'), message: '姓名不能为空' });
    else if (nameLength > ROSTER_NAME_MAX) {
      errors.push({ field: at('name'), message: `姓名不能超过 ${ROSTER_NAME_MAX} 个字` });
    } else if (name.includes('\u0000')) {
      errors.push({ field: at('name'), message: '姓名含有无法保存的空字符（U+0000）' });
    }

    const townshipCode = cell('townshipCode');
    const townshipOk = divisions.townships.has(townshipCode);
    if (townshipCode === '') {
      errors.push({ field: at('townshipCode'), message: '乡镇代码不能为空' });
    } else if (!townshipOk) {
      errors.push({ field: at('townshipCode'), message: '乡镇代码不是本县的乡镇' });
    }

    const villageText = cell('villageCode');
    const villageCode = villageText === '' ? null : villageText;
    if (villageCode !== null && townshipOk) {
      if (!divisions.villagesByTownship.get(townshipCode)?.has(villageCode)) {
        errors.push({ field: at('villageCode'), message: '村代码不是该乡镇下的村' });
      }
    }

    const amountText = cell('monthlyAmountDue');
    const amountProblem = amountError(amountText);
    if (amountProblem) errors.push({ field: at('monthlyAmountDue'), message: amountProblem });

    const statusText = cell('status');
    const status: RosterStatus | undefined =
      statusText === '' ? 'ACTIVE' : STATUS_NAMES[statusText.toUpperCase()];
    if (!status) {
      errors.push({
        field: at('status'),
        message: '状态应为 正常、暂停、终止（或 ACTIVE、SUSPENDED、TERMINATED）',
      });
    }

    if (errors.length === before && id?.ok && status) {
      rows.push({
        line,
        idNumber: id.idNumber,
        name,
        sex: id.sex,
        birthDate: id.birthDate,
        townshipCode,
        villageCode,
        monthlyAmountDue: parseAmount(amountText) ?? '0.00',
        status,
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
