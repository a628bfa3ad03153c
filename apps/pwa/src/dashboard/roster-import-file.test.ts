import { describe, expect, it } from 'vitest';
import {
  cellErrors,
  ROSTER_COLUMNS,
  rosterFileKind,
  rosterFileProblem,
  rosterTemplateCsv,
  rosterTemplateHref,
} from './roster-import-file.ts';

describe('the roster template', () => {
  it("is the server's header row, with a byte-order mark for Excel and no example row", () => {
    expect(rosterTemplateCsv()).toBe('\uFEFF身份证号,姓名,乡镇代码,村代码,月应发金额,状态\r\n');
    expect(ROSTER_COLUMNS.filter((column) => column.required).map((column) => column.key)).toEqual([
      'idNumber',
      'name',
      'townshipCode',
      'monthlyAmountDue',
    ]);
  });

  it('is a data URL made here', () => {
    const href = rosterTemplateHref();
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(rosterTemplateCsv());
  });
});

describe('cellErrors', () => {
  it("reads the server's fields as row and column", () => {
    expect(
      cellErrors([
        { field: 'row 12.idNumber', message: '身份证号校验位不正确' },
        { field: 'row 3.monthlyAmountDue', message: '月应发金额不能为空' },
        { field: 'row 7', message: '应有 6 列，实为 5 列' },
        { field: 'header', message: '缺少必需的列：姓名（name）' },
        { field: 'csv', message: '文件没有数据行' },
        { field: 'row 4.somethingNew', message: '?' },
      ]),
    ).toEqual([
      { row: 12, column: '身份证号', message: '身份证号校验位不正确' },
      { row: 3, column: '月应发金额', message: '月应发金额不能为空' },
      { row: 7, column: '整行', message: '应有 6 列，实为 5 列' },
      { row: 1, column: '表头', message: '缺少必需的列：姓名（name）' },
      { row: null, column: '文件', message: '文件没有数据行' },
      { row: 4, column: 'somethingNew', message: '?' },
    ]);
  });
});

describe('files', () => {
  it('knows a CSV and an XLSX by their names', () => {
    expect(rosterFileKind('名册.CSV')).toBe('csv');
    expect(rosterFileKind('roster.xlsx')).toBe('xlsx');
    expect(rosterFileKind('roster.xls')).toBeNull();
  });

  it('checks a file before sending it', () => {
    expect(rosterFileProblem({ name: 'a.csv', size: 10 })).toBeNull();
    expect(rosterFileProblem({ name: 'a.xlsx', size: 6 * 1024 * 1024 })).toBeNull();
    expect(rosterFileProblem({ name: 'a.csv', size: 6 * 1024 * 1024 })).toMatch(/超过 5 MB/);
    expect(rosterFileProblem({ name: 'a.xlsx', size: 9 * 1024 * 1024 })).toMatch(/超过 8 MB/);
    expect(rosterFileProblem({ name: 'a.xls', size: 10 })).toMatch(/另存为 .xlsx/);
    expect(rosterFileProblem({ name: 'a.csv', size: 0 })).toBe('文件是空的');
  });
});
