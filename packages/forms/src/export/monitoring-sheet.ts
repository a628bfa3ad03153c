import { exact, type FormEvaluation, formatPercent } from '@jixiao/scoring';
import type { Workbook } from 'exceljs';
import { applyPrintSetup, SheetCursor, setColumnWidths } from '../xlsx/sheet-cursor.ts';
import { addFindingsSheet } from './findings-sheet.ts';
import {
  writeGoalBlock,
  writeLabelledLine,
  writeRemarks,
  writeSignature,
  writeTitle,
} from './form-blocks.ts';
import { writeFundsBlock } from './funds-block.ts';
import { writeIndicatorTable } from './indicator-table.ts';
import { type FormSheetOptions, ratesOf } from './sheet-options.ts';

/**
 * 绩效监控情况表 — the monitoring form of the 2019 seed, at a date (监控时点): 一、基本情况;
 * 二、预算执行情况 by source (预算数, 到位数, 执行数, 执行率); 三、目标完成情况 with the 总体完成率;
 * 四、年度绩效指标完成情况 with the completion rate uncapped (371029 / 360736 = 102.85%); 五、偏差
 * 和采取的措施. Give it a draft (form-drafts.ts) to monitor a self-evaluation project.
 */
export const MONITORING_WIDTHS = [12, 10, 12, 22, 10, 14, 14, 11, 12, 14] as const;

export interface MonitoringOptions extends FormSheetOptions {
  /** 监控时点 as printed, e.g. "2019年12月"; defaults to December of the form's year. */
  asOf?: string;
}

/** 总体完成率: the share of indicators (其中 rows aside) met, or the rate the form printed. */
function overallRate(evaluation: FormEvaluation, rates: 'computed' | 'filed'): string {
  if (rates === 'filed') return evaluation.form.narrative?.completionRate ?? '';
  const rows = evaluation.indicators.filter((indicator) => !indicator.isPart);
  if (rows.length === 0) return '';
  const met = rows.filter((indicator) => indicator.score.met).length;
  return formatPercent(exact(met).div(rows.length).times(100), 2);
}

export function addMonitoringSheet(
  workbook: Workbook,
  evaluation: FormEvaluation,
  options: MonitoringOptions = {},
): void {
  const { form } = evaluation;
  const rates = ratesOf(options);
  const sheet = workbook.addWorksheet('绩效监控情况表');
  setColumnWidths(sheet, MONITORING_WIDTHS);
  const cursor = new SheetCursor(sheet, MONITORING_WIDTHS.length);

  writeTitle(cursor, form.title, null);
  const unitRow = cursor.next(20);
  cursor.put(
    unitRow,
    1,
    `填报单位（公章）：${form.implementingUnit}`,
    { border: false },
    { cols: 6 },
  );
  cursor.put(unitRow, 7, '金额单位：万元', { border: false, align: 'right' }, { cols: 4 });

  const basics: { label: string; value: string; extra?: { label: string; value: string } }[] = [
    { label: '专项资金名称', value: form.projectName },
    ...(form.departments?.central
      ? [{ label: '中央主管部门', value: form.departments.central }]
      : []),
    ...(form.departments?.local ? [{ label: '主管部门', value: form.departments.local }] : []),
    { label: '具体实施单位', value: form.implementingUnit },
    {
      label: '专项实施期',
      value: `${form.year}年`,
      extra: { label: '监控时点', value: options.asOf ?? `${form.year}年12月` },
    },
  ];
  const first = cursor.row + 1;
  for (const line of basics) {
    writeLabelledLine(
      cursor,
      [
        {
          label: line.label,
          value: line.value,
          labelSpan: 2,
          ...(line.extra ? { valueSpan: 3 } : {}),
        },
        ...(line.extra ? [{ label: line.extra.label, value: line.extra.value, labelSpan: 2 }] : []),
      ],
      2,
    );
  }
  cursor.put(first, 1, '一、基本情况', { bold: true, align: 'center' }, { rows: basics.length });

  writeFundsBlock(cursor, form.funds, {
    caption: '二、预算执行情况',
    labelHeader: '资金来源',
    labelSpan: 2,
    columns: [
      { key: 'budget', header: '预算数', span: 2 },
      { key: 'arrived', header: '到位数', span: 2 },
      { key: 'executed', header: '执行数', span: 2 },
      { key: 'printedRate', header: '执行率', span: 1 },
    ],
    rates,
    templateOtherLine: false,
  });

  writeGoalBlock(cursor, {
    caption: '三、目标完成情况',
    columns: [
      { header: '年度预期目标', value: form.goal ?? '', cols: 4 },
      { header: '目前完成情况', value: form.goalOutcome ?? '', cols: 4 },
      {
        header: '总体完成率',
        value: overallRate(evaluation, rates),
        style: { align: 'center' },
        lengthFactor: 0,
      },
    ],
    perLine: 28,
  });

  const table = writeIndicatorTable(cursor, evaluation, {
    caption: '四、年度绩效指标完成情况',
    nameSpan: 2,
    columns: [
      { key: 'target', header: '预期指标值' },
      { key: 'actual', header: '指标完成值' },
      { key: 'printedRate', header: '指标完成率' },
      { key: 'reason', header: '未完成原因和改进措施', span: 2 },
    ],
    rates,
    rateStyle: 'uncapped',
  });
  writeRemarks(cursor, '五、绩效目标执行出现的偏差和采取的措施', form.remarks);
  writeSignature(cursor, form.signature, {
    preparer: '填报人',
    head: '单位负责人',
    filedOn: '填报时间',
    contact: '联系电话',
  });
  applyPrintSetup(sheet, `${table.headerRow}:${table.headerRow}`);
  if (rates === 'computed') addFindingsSheet(workbook, evaluation);
}
