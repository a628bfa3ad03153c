import { evaluateForm } from '@jixiao/scoring';
import { shache2019ResidentPensionTargets, shache2020ResidentPension } from '@jixiao/seed-forms';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAmount } from '../amount-text.ts';
import { formWorkbook } from '../export/form-workbook.ts';
import { workbookBytes } from '../xlsx/workbook-buffer.ts';
import { importFormWorkbook, kindOfTitle } from './form-import.ts';

/** The exported 自评表 of the seed, edited cell by cell as a county might. */
async function edited(edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const bytes = await formWorkbook(evaluateForm(shache2020ResidentPension), 'self-evaluation', {
    rates: 'filed',
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset) as ArrayBuffer);
  const sheet = workbook.getWorksheet('绩效自评表');
  if (!sheet) throw new Error('no sheet');
  edit(sheet);
  return workbookBytes(workbook);
}

describe('readAmount', () => {
  it.each([
    ['14204', '14204'],
    ['14,204', '14204'],
    ['14204万元', '14204'],
    [' 14 204 万元 ', '14204'],
    ['1.4204亿元', '14204'],
    ['142040000元', '14204'],
    ['14698.45', '14698.45'],
    ['１４２０４', '14204'],
  ])('%s → %s 万元', (text, value) => {
    expect(readAmount(text)).toEqual({ ok: true, value });
  });

  it('refuses what is not an amount, quoting it', () => {
    expect(readAmount('约一万')).toEqual({
      ok: false,
      message: '应为金额（万元），如 14204 或 14698.45 万元，实为“约一万”',
    });
  });
});

describe('importFormWorkbook', () => {
  it('names each cell it cannot read, and still reads and checks the rest', async () => {
    const bytes = await edited((sheet) => {
      sheet.getCell('E7').value = '约一万四';
      sheet.getCell('E13').value = '≥ 很多';
      sheet.getCell('H14').value = '十分';
      sheet.getCell('G8').value = {
        formula: 'E8*0.8',
        result: undefined,
      } as unknown as ExcelJS.CellValue;
    });
    const imported = await importFormWorkbook(bytes);
    expect(imported.errors).toEqual([
      {
        sheet: '绩效自评表',
        cell: 'E7',
        message: '应为金额（万元），如 14204 或 14698.45 万元，实为“约一万四”',
      },
      {
        sheet: '绩效自评表',
        cell: 'G8',
        message: '公式 E8*0.8 没有计算结果，请在 Excel 中重新计算并保存后再导入',
      },
      expect.objectContaining({
        sheet: '绩效自评表',
        cell: 'E13',
        message: expect.stringMatching(/^年度指标值无法识别：/),
      }),
      { sheet: '绩效自评表', cell: 'H14', message: '分值应为 0 到 100 之间的数，实为“十分”' },
    ]);
    expect(imported.form?.funds?.total.budget).toBeNull();
    expect(imported.form?.indicators).toHaveLength(11);
    expect(imported.findings.map((found) => found.code)).toContain('TARGET_UNREADABLE');
  });

  it('refuses a sheet of another kind or year than the project', async () => {
    const bytes = await formWorkbook(
      evaluateForm(shache2019ResidentPensionTargets),
      'target-declaration',
    );
    const imported = await importFormWorkbook(bytes, { project: shache2020ResidentPension });
    expect(imported.errors.map((error) => error.message)).toEqual([
      '表格是绩效目标申报表，而该项目是绩效自评表，不能导入',
      '表格年度为 2019 年，而该项目为 2020 年',
    ]);
  });

  it('says what is missing when a sheet has no indicator table, and when the file is no workbook', async () => {
    const bytes = await edited((sheet) => {
      for (let col = 1; col <= 10; col++) sheet.getCell(12, col).value = null;
    });
    expect((await importFormWorkbook(bytes)).errors).toEqual([
      {
        sheet: '绩效自评表',
        cell: null,
        message: '找不到绩效指标表的表头（应有“一级指标”“二级指标”“三级指标”等列）',
      },
    ]);
    const notXlsx = await importFormWorkbook(new TextEncoder().encode('一级指标,二级指标'));
    expect(notXlsx.form).toBeNull();
    expect(notXlsx.errors[0]?.message).toMatch(/^文件不是 Excel 工作簿/);
  });

  it('tells the kinds apart by their titles', () => {
    expect(kindOfTitle('喀什地区地方专项转移支付绩效监控情况表')).toBe('monitoring');
    expect(kindOfTitle('绩效目标申报表')).toBe('target-declaration');
    expect(kindOfTitle('巴州和硕县社会保险支出绩效评价报告')).toBe('evaluation-report');
    expect(kindOfTitle('喀什地区社会保险支出绩效自评表')).toBe('self-evaluation');
  });
});
