import { idCheckCharacter } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import {
  parseAmount,
  parseRosterCsv,
  ROSTER_CSV_MAX_BYTES,
  type RosterDivisions,
} from './roster-csv.ts';

const TODAY = '2026-11-22';
const divisions: RosterDivisions = {
  townships: new Set(['653125100', '653125101']),
  villagesByTownship: new Map([
    ['653125100', new Set(['653125100201', '653125100202'])],
    ['653125101', new Set(['653125101201'])],
  ]),
};

/** A valid ID number born on `birth` (YYYYMMDD) with sequence `sequence` (odd = male). */
function idNumber(birth: string, sequence: string): string {
  const first17 = `653125${birth}${sequence}`;
  return `${first17}${idCheckCharacter(first17)}`;
}
const ID_A = idNumber('19500101', '001');
const ID_B = idNumber('19620315', '002');
const BAD_CHECK = `${ID_A.slice(0, 17)}${ID_A[17] === '0' ? '1' : '0'}`;

const EN_HEADER = 'idNumber,name,townshipCode,villageCode,monthlyAmountDue,status';
const ZH_HEADER = '身份证号,姓名,乡镇代码,村代码,月应发金额,状态';

function fieldsOf(csv: string) {
  const result = parseRosterCsv(csv, divisions, TODAY);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseRosterCsv', () => {
  it('reads English headers and derives birth date and sex from the ID number', () => {
    const result = parseRosterCsv(
      `${EN_HEADER}\n${ID_A},阿不都,653125100,653125100201,150,ACTIVE\n${ID_B},罗平,653125101,,230.5,SUSPENDED\n`,
      divisions,
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          idNumber: ID_A,
          name: '阿不都',
          sex: 'male',
          birthDate: '1950-01-01',
          townshipCode: '653125100',
          villageCode: '653125100201',
          monthlyAmountDue: '150.00',
          status: 'ACTIVE',
        },
        {
          line: 3,
          idNumber: ID_B,
          name: '罗平',
          sex: 'female',
          birthDate: '1962-03-15',
          townshipCode: '653125101',
          villageCode: null,
          monthlyAmountDue: '230.50',
          status: 'SUSPENDED',
        },
      ],
    });
  });

  it('reads Chinese headers in any order, Chinese statuses, a BOM and CRLF line ends', () => {
    const csv = `\uFEFF月应发金额,姓名,身份证号,乡镇代码,状态\r\n150.00,阿不都,${ID_A},653125100,终止\r\n99,罗平,${ID_B},653125101,\r\n`;
    const result = parseRosterCsv(csv, divisions, TODAY);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.rows.map((row) => [row.idNumber, row.status, row.monthlyAmountDue])).toEqual([
      [ID_A, 'TERMINATED', '150.00'],
      [ID_B, 'ACTIVE', '99.00'],
    ]);
    expect(result.rows[0]?.villageCode).toBeNull();
  });

  it('reads the full Chinese header with English statuses', () => {
    const result = parseRosterCsv(
      `${ZH_HEADER}\n${ID_A},甲,653125101,653125101201,10.5,terminated`,
      divisions,
      TODAY,
    );
    expect(result.ok && result.rows[0]).toMatchObject({
      villageCode: '653125101201',
      monthlyAmountDue: '10.50',
      status: 'TERMINATED',
    });
  });

  it('reads quoted fields holding commas and quotes, and skips blank lines', () => {
    const csv = `${EN_HEADER}\n\n"${ID_A}","艾麦提·玉苏甫, ""小""",653125100,"653125100202","1,5",正常\n`;
    const errors = fieldsOf(csv);
    // "1,5" is one cell (not two): a malformed amount on line 3, not a column-count error.
    expect(errors).toEqual([
      { field: 'row 3.monthlyAmountDue', message: '月应发金额应为不超过两位小数的非负数' },
    ]);
    const ok = parseRosterCsv(csv.replace('"1,5"', '"15"'), divisions, TODAY);
    if (!ok.ok) throw new Error(JSON.stringify(ok.errors));
    expect(ok.rows[0]).toMatchObject({ line: 3, name: '艾麦提·玉苏甫, "小"', status: 'ACTIVE' });
  });

  it('names every bad cell with its line and column, never repeating the ID number or name', () => {
    const longName = '名'.repeat(51);
    const csv = [
      EN_HEADER,
      `${BAD_CHECK},张三,653125100,,100,ACTIVE`, // 2: check digit
      `12345,李四,653125100,,100,ACTIVE`, // 3: length
      `65312519500101001Y,王五,653125100,,100,ACTIVE`, // 4: characters
      `${idNumber('20991231', '003')},赵六,653125100,,100,ACTIVE`, // 5: born in the future
      `${idNumber('19501301', '005')},钱七,653125100,,100,ACTIVE`, // 6: no such date
      `${ID_A},,653125100,,100,ACTIVE`, // 7: empty name
      `${ID_B},${longName},653125999,,100,ACTIVE`, // 8: long name, foreign township
      `${idNumber('19700101', '007')},孙八,653125100,653125101201,100.123,暂时`, // 9
      `${idNumber('19700101', '009')},周九,653125101,,100001,ACTIVE`, // 10: too much
      `${idNumber('19700101', '011')},吴十,653125101,,-5,ACTIVE`, // 11: negative
      `${ID_A},郑一,653125101,,5,ACTIVE`, // 12: ID of line 7 again
      `${idNumber('19700101', '013')},冯二,653125101,`, // 13: too few columns
      `,陈三,,,,`, // 14: empty cells
      `${idNumber('00000101', '015')},卫四,653125100,,1,ACTIVE`, // 15: region ok, year < 1900
    ].join('\n');
    const errors = fieldsOf(csv);
    expect(errors).toEqual([
      { field: 'row 2.idNumber', message: '身份证号校验位不正确' },
      { field: 'row 3.idNumber', message: '身份证号应为 18 位' },
      { field: 'row 4.idNumber', message: '身份证号前 17 位应为数字，末位为数字或 X' },
      { field: 'row 5.idNumber', message: '身份证号中的出生日期晚于今天' },
      { field: 'row 6.idNumber', message: '身份证号中的出生日期无效' },
      { field: 'row 7.name', message: '姓名不能为空' },
      { field: 'row 8.name', message: '姓名不能超过 50 个字' },
      { field: 'row 8.townshipCode', message: '乡镇代码不是本县的乡镇' },
      { field: 'row 9.villageCode', message: '村代码不是该乡镇下的村' },
      { field: 'row 9.monthlyAmountDue', message: '月应发金额应为不超过两位小数的非负数' },
      {
        field: 'row 9.status',
        message: '状态应为 正常、暂停、终止（或 ACTIVE、SUSPENDED、TERMINATED）',
      },
      { field: 'row 10.monthlyAmountDue', message: '月应发金额不能超过 100000 元' },
      { field: 'row 11.monthlyAmountDue', message: '月应发金额应为不超过两位小数的非负数' },
      { field: 'row 12.idNumber', message: '身份证号与第 7 行重复' },
      { field: 'row 13', message: '应有 6 列，实为 4 列' },
      { field: 'row 14.idNumber', message: '身份证号不能为空' },
      { field: 'row 14.townshipCode', message: '乡镇代码不能为空' },
      { field: 'row 14.monthlyAmountDue', message: '月应发金额不能为空' },
      { field: 'row 15.idNumber', message: '身份证号中的出生日期无效' },
    ]);
    const text = JSON.stringify(errors);
    for (const secret of [BAD_CHECK, '12345', ID_A, ID_B, '张三', longName, '郑一']) {
      expect(text).not.toContain(secret);
    }
  });

  it('refuses a region code outside China', () => {
    const first17 = '99312519500101001';
    const csv = `${EN_HEADER}\n${first17}${idCheckCharacter(first17)},甲,653125100,,1,ACTIVE`;
    expect(fieldsOf(csv)).toEqual([
      { field: 'row 2.idNumber', message: '身份证号地址码不是有效的行政区划' },
    ]);
  });

  it('accepts amounts 0 and 100000 and normalises them', () => {
    expect(parseAmount('0')).toBe('0.00');
    expect(parseAmount('100000.00')).toBe('100000.00');
    expect(parseAmount('007.5')).toBe('7.50');
    expect(parseAmount('1e3')).toBeNull();
    expect(parseAmount('.5')).toBeNull();
    const csv = `${EN_HEADER}\n${ID_A},甲,653125100,,0,\n${ID_B},乙,653125100,,100000.00,`;
    const result = parseRosterCsv(csv, divisions, TODAY);
    expect(result.ok && result.rows.map((row) => row.monthlyAmountDue)).toEqual([
      '0.00',
      '100000.00',
    ]);
  });

  it('refuses a missing, unknown or repeated header column', () => {
    expect(fieldsOf(`姓名,乡镇代码,月应发金额\n甲,653125100,1`)).toEqual([
      { field: 'header', message: '缺少必需的列：身份证号（idNumber）' },
    ]);
    expect(fieldsOf(`${EN_HEADER},备注\n`).map((error) => error.field)).toEqual(['header']);
    expect(fieldsOf(`${EN_HEADER},姓名\n`)[0]?.message).toContain('重复');
  });

  it('refuses an empty file, a header without rows and an oversized file', () => {
    expect(fieldsOf('')).toEqual([{ field: 'csv', message: '文件为空，缺少表头行' }]);
    expect(fieldsOf('\uFEFF')).toEqual([{ field: 'csv', message: '文件为空，缺少表头行' }]);
    expect(fieldsOf(`${EN_HEADER}\n\n`)).toEqual([{ field: 'csv', message: '文件没有数据行' }]);
    const big = `${EN_HEADER}\n${'x'.repeat(ROSTER_CSV_MAX_BYTES)}`;
    expect(fieldsOf(big)[0]?.message).toContain('5 MB');
  });

  it('refuses more than 100,000 data rows', () => {
    const line = `${ID_A},甲,653125100,,1,\n`;
    const csv = `${EN_HEADER}\n${line.repeat(100_001)}`;
    expect(fieldsOf(csv)).toEqual([
      { field: 'csv', message: '数据行超过 100000 行（实为 100001 行）' },
    ]);
  });

  it('refuses an unclosed quote', () => {
    expect(fieldsOf(`${EN_HEADER}\n"${ID_A},甲,653125100,,1,`)[0]?.message).toBe('引号未闭合');
  });
});
