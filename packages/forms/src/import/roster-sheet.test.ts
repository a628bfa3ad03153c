import { describe, expect, it } from 'vitest';
import { rosterWorkbook } from '../export/roster-workbook.ts';
import { newWorkbook, workbookBytes } from '../xlsx/workbook-buffer.ts';
import { readRosterSheet } from './roster-sheet.ts';

const HEADER = ['身份证号', '姓名', '乡镇代码', '村代码', '月应发金额', '状态'];
// Generated for the test, not a real person's number.
const ID = '65312519500101001X';

describe('readRosterSheet', () => {
  it('reads a text roster as the records a CSV holds, numbered by sheet row', async () => {
    const bytes = await rosterWorkbook([HEADER, [ID, '阿不都', '653125100', '', '150', '正常']]);
    expect(await readRosterSheet(bytes, { maxRows: 10 })).toEqual({
      ok: true,
      records: [
        { line: 1, cells: HEADER, imprecise: [] },
        { line: 2, cells: [ID, '阿不都', '653125100', '', '150', '正常'], imprecise: [] },
      ],
    });
  });

  it('skips a title row, pads short rows, keeps blank rows and flags ID numbers typed as numbers', async () => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getCell('A1').value = '莎车县城乡居民养老保险待遇领取人员名册';
    sheet.mergeCells('A1:F1');
    sheet.getRow(2).values = HEADER;
    // An ID number typed as a number: Excel (and a double) keeps 653125195001010000.
    sheet.getRow(3).values = [Number('653125195001010017'), '甲', 653125100, null, 120.5];
    sheet.getRow(5).values = [
      ID,
      '乙',
      '653125100',
      '',
      { formula: '100+50', result: 150 },
      '暂停',
    ];
    const reading = await readRosterSheet(await workbookBytes(workbook), { maxRows: 10 });
    expect(reading).toEqual({
      ok: true,
      records: [
        { line: 2, cells: HEADER, imprecise: [] },
        {
          line: 3,
          cells: ['653125195001010000', '甲', '653125100', '', '120.5', ''],
          imprecise: [0],
        },
        { line: 4, cells: ['', '', '', '', '', ''], imprecise: [] },
        { line: 5, cells: [ID, '乙', '653125100', '', '150', '暂停'], imprecise: [] },
      ],
    });
  });

  it('refuses what is not a workbook, an empty sheet and too many rows', async () => {
    expect(
      await readRosterSheet(new TextEncoder().encode('身份证号,姓名'), { maxRows: 10 }),
    ).toEqual({
      ok: false,
      message: '文件不是 Excel 工作簿（.xlsx）；旧版 .xls 请在 Excel 中另存为 .xlsx',
    });
    expect(await readRosterSheet(await rosterWorkbook([]), { maxRows: 10 })).toEqual({
      ok: false,
      message: '工作表为空，缺少表头行',
    });
    const many = await rosterWorkbook([HEADER, ...Array.from({ length: 30 }, () => [ID])]);
    expect(await readRosterSheet(many, { maxRows: 10 })).toEqual({
      ok: false,
      message: '工作表超过 10 行（实为 31 行）',
    });
  });
});
