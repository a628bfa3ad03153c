import { evaluateForm } from '@jixiao/scoring';
import {
  shache2019ResidentPensionMonitoring,
  shache2020InstitutionPension,
  shache2020ResidentPension,
} from '@jixiao/seed-forms';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formWorkbook } from './form-workbook.ts';

/** The generated workbooks read back with exceljs itself: values, merges, formulas, print setup. */
async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset) as ArrayBuffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The row whose column-A (or given column) text is `text`. */
function rowWith(sheet: ExcelJS.Worksheet, text: string, col = 1): number {
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.getCell(row, col).value === text) return row;
  }
  throw new Error(`no row with ${text}`);
}

describe('绩效自评表 (莎车县 2020 城乡居民养老, computed)', async () => {
  const workbook = await load(
    await formWorkbook(evaluateForm(shache2020ResidentPension), 'self-evaluation'),
  );
  const sheet = sheetOf(workbook, '绩效自评表');
  const merges = sheet.model.merges;

  it('prints the title, the year and the header lines', () => {
    expect(sheet.getCell('A1').value).toBe('城乡居民养老补贴绩效自评表');
    expect(sheet.getCell('A2').value).toBe('（2020年度）');
    expect(sheet.getCell('A3').value).toBe('专项名称');
    expect(sheet.getCell('B3').value).toBe('城乡居民基本养老保险项目基金');
    expect(sheet.getCell('B4').value).toBe('财政部');
    expect(sheet.getCell('E5').value).toBe('实施单位');
    expect(sheet.getCell('F5').value).toBe('莎车县社会保险管理局');
    expect(merges).toEqual(expect.arrayContaining(['A1:J1', 'A2:J2', 'B3:J3', 'F5:J5']));
  });

  it('prints the funds in 万元 as numbers, 执行率 as =B/A with its value cached', () => {
    const total = rowWith(sheet, '年度资金总额：', 2);
    expect(sheet.getCell(total, 5).value).toBe(14204);
    expect(sheet.getCell(total, 7).value).toBe(11616);
    const rate = sheet.getCell(total, 9);
    expect(rate.value).toEqual({ formula: `G${total}/E${total}`, result: 11616 / 14204 });
    expect(rate.numFmt).toBe('0.00%');
    expect(sheet.getCell(total + 1, 2).value).toBe('其中：中央补助');
    expect(sheet.getCell(total + 2, 2).value).toBe('其他资金');
    expect(sheet.getCell(total + 2, 5).value).toBeNull();
    expect(merges).toContain(`A${total - 1}:A${total + 2}`);
  });

  it('merges the level groups of the indicator table and prints scores', () => {
    const header = rowWith(sheet, '绩效指标');
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10].map((col) => sheet.getCell(header, col).value)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '全年完成值',
      '完成率',
      '分值',
      '得分',
      '未完成原因和改进措施',
    ]);
    const first = header + 1;
    // 项目完成: r01–r07; 时效指标: r03–r05; 成本指标: r06–r07; 项目效益: r08–r09; 满意度: r10–r11.
    expect(merges).toEqual(
      expect.arrayContaining([
        `B${first}:B${first + 6}`,
        `C${first + 2}:C${first + 4}`,
        `C${first + 5}:C${first + 6}`,
        `B${first + 7}:B${first + 8}`,
        `B${first + 9}:B${first + 10}`,
        `C${first + 9}:C${first + 10}`,
      ]),
    );
    expect(sheet.getCell(first, 4).value).toBe('居民养老保险每月缴费人数(人)');
    expect(sheet.getCell(first, 5).value).toBe('≥ 377693');
    expect(sheet.getCell(first, 6).value).toBe('382107');
    expect(sheet.getCell(first, 7).value).toBe('100.00%');
    // Default weights: 产出 50 over 7 indicators.
    expect(sheet.getCell(first, 8).value).toBeNull();
    expect(sheet.getCell(first, 9).value).toBe(7.14);
    expect(sheet.getCell(first + 7, 4).value).toBe('城乡居民基本养老保险基金');
    expect(sheet.getCell(first + 7, 7).value).toBe('100.00%');
    const total = rowWith(sheet, '总分', 2);
    expect(sheet.getCell(total, 8).value).toBe(98.18);
    expect(sheet.getCell(total, 10).value).toBe('等级：优');
  });

  it('prints 说明, the signature block and the scoring footnote, set up for A4', () => {
    const remarks = rowWith(sheet, '说明');
    expect(sheet.getCell(remarks, 2).value).toMatch(/^请在此处说明/);
    expect(sheet.getCell(remarks + 2, 1).value).toBe('经办人：罗平');
    expect(sheet.getCell(remarks + 2, 4).value).toBe('单位负责人：艾麦提·玉苏甫');
    expect(sheet.getCell(remarks + 2, 7).value).toBe('上报时间：2020年12月30日');
    expect(sheet.getCell(remarks + 3, 1).value).toBe('联系方式：15886889309');
    expect(sheet.getCell(remarks + 5, 1).value).toMatch(/^注：1\. 定性指标/);
    const header = rowWith(sheet, '绩效指标');
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
    });
    expect(sheet.getColumn(4).width).toBe(28);
    expect(sheet.getCell(header + 1, 4).border?.top?.style).toBe('thin');
    expect(sheet.getCell(header + 1, 4).alignment?.wrapText).toBe(true);
  });

  it('lists the findings on a 核查意见 sheet', () => {
    const findings = sheetOf(workbook, '核查意见');
    const codes: unknown[] = [];
    findings.getColumn(6).eachCell((cell) => {
      codes.push(cell.value);
    });
    expect(codes.slice(1)).toEqual([
      '代码',
      ...evaluateForm(shache2020ResidentPension).findings.map((f) => f.code),
    ]);
  });
});

describe('绩效自评表 with an indicator that cannot be scored', async () => {
  const evaluation = evaluateForm(shache2020InstitutionPension);
  const sheet = sheetOf(
    await load(await formWorkbook(evaluation, 'self-evaluation')),
    '绩效自评表',
  );

  it('leaves its rate and score empty and says the total is incomplete', () => {
    const row = rowWith(sheet, '补助发放结束时间', 4);
    expect(sheet.getCell(row, 6).value).toBe('未达监控节点');
    expect(sheet.getCell(row, 7).value).toBeNull();
    const budget = rowWith(sheet, '预算执行率得分（10分）', 2);
    expect(sheet.getCell(budget, 8).value).toBe(9.51);
    expect(sheet.getCell(budget, 10).value).toBe('部分指标无法评分，总分不完整');
  });
});

describe('绩效目标申报表 drafted for 2021 from the 2020 project', async () => {
  const bytes = await formWorkbook(evaluateForm(shache2020ResidentPension), 'target-declaration');
  const sheet = sheetOf(await load(bytes), '绩效目标申报表');

  it('declares next year with the targets and no amounts or actuals', () => {
    expect(sheet.getCell('A1').value).toBe('绩效目标申报表');
    expect(sheet.getCell('A2').value).toBe('（2021年度）');
    const header = rowWith(sheet, '绩效指标');
    expect([4, 5, 6].map((col) => sheet.getCell(header, col).value)).toEqual([
      '三级指标',
      '指标值',
      '分值',
    ]);
    expect(sheet.getCell(header + 1, 5).value).toBe('≥ 377693');
    const total = rowWith(sheet, '年度资金总额：', 2);
    expect(sheet.getCell(total, 5).value).toBeNull();
  });
});

describe('绩效监控情况表 (莎车县 2019, computed)', async () => {
  const bytes = await formWorkbook(
    evaluateForm(shache2019ResidentPensionMonitoring),
    'monitoring',
    {
      asOf: '2019年12月',
    },
  );
  const sheet = sheetOf(await load(bytes), '绩效监控情况表');

  it('prints 预算数 / 到位数 / 执行数 by source with 执行率 formulas', () => {
    const header = rowWith(sheet, '资金来源', 2);
    expect([4, 6, 8, 10].map((col) => sheet.getCell(header, col).value)).toEqual([
      '预算数',
      '到位数',
      '执行数',
      '执行率',
    ]);
    const total = header + 1;
    expect([4, 6, 8].map((col) => sheet.getCell(total, col).value)).toEqual([
      14698.45, 13509.36, 13509.36,
    ]);
    expect(sheet.getCell(total, 4).numFmt).toBe('0.00');
    expect(sheet.getCell(total + 2, 2).value).toBe('自治区财政资金');
    expect(sheet.getCell(total + 2, 10).value).toEqual({
      formula: `H${total + 2}/D${total + 2}`,
      result: 6466 / 6074.71,
    });
  });

  it('prints completion rates uncapped, the overall rate and the monitoring date', () => {
    expect(sheet.getCell(rowWith(sheet, '监控时点', 7), 9).value).toBe('2019年12月');
    const row = rowWith(sheet, '缴费人数(人)', 4);
    expect(sheet.getCell(row, 8).value).toBe('102.85%');
    const beneficiaries = rowWith(sheet, '享受领取保险待遇人数(人)', 4);
    expect(sheet.getCell(beneficiaries, 8).value).toBe('83.23%');
    // 8 of the 11 indicators (其中 rows aside) are met.
    expect(sheet.getCell(rowWith(sheet, '总体完成率', 10) + 1, 10).value).toBe('72.73%');
    expect(
      sheet.getCell(rowWith(sheet, '五、绩效目标执行出现的偏差和采取的措施'), 2).value,
    ).toMatch(/^通过系统比对核实/);
  });
});
