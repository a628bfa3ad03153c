import type { FormEvaluation } from '@jixiao/scoring';
import type { Workbook } from 'exceljs';
import { GENERATED_FOOTNOTE, SCORING_FOOTNOTE } from '../layout/footnotes.ts';
import { applyPrintSetup, SheetCursor, setColumnWidths } from '../xlsx/sheet-cursor.ts';
import { pointsText } from './completion-text.ts';
import { addFindingsSheet } from './findings-sheet.ts';
import {
  departmentsOf,
  writeFootnote,
  writeGoalBlock,
  writeLabelledLine,
  writeRemarks,
  writeSignature,
  writeTitle,
  yearLine,
} from './form-blocks.ts';
import { writeFundsBlock } from './funds-block.ts';
import { writeIndicatorTable } from './indicator-table.ts';
import { type FormSheetOptions, ratesOf } from './sheet-options.ts';

/**
 * 绩效自评表 — the 2020 self-evaluation form of the 莎车县 seed: title and year, 专项名称 and the
 * departments, the funds block (全年预算数 A, 全年执行数 B, 执行率 B/A by source), 年度总体目标
 * with 全年实际完成情况, the indicator table (一级 / 二级 / 三级 merged by group, 年度指标值,
 * 全年完成值, 完成率, 分值, 得分, 未完成原因和改进措施), 说明, the signature block and the
 * scoring footnote. Ten columns, A4 fitted to the width, the indicator header repeated on every
 * printed page. Narrative reports (评价报告) print their funds and indicators in this layout.
 */
export const SELF_EVALUATION_WIDTHS = [10, 10, 12, 28, 14, 14, 11, 8, 8, 24] as const;

export function addSelfEvaluationSheet(
  workbook: Workbook,
  evaluation: FormEvaluation,
  options: FormSheetOptions = {},
): void {
  const { form } = evaluation;
  const rates = ratesOf(options);
  const sheet = workbook.addWorksheet('绩效自评表');
  setColumnWidths(sheet, SELF_EVALUATION_WIDTHS);
  const cursor = new SheetCursor(sheet, SELF_EVALUATION_WIDTHS.length);
  const departments = departmentsOf(form);

  writeTitle(cursor, form.title, yearLine(form.year));
  writeLabelledLine(cursor, [{ label: '专项名称', value: form.projectName }]);
  writeLabelledLine(cursor, [{ label: '中央主管部门', value: departments.central }]);
  writeLabelledLine(cursor, [
    { label: '地方主管部门', value: departments.local, valueSpan: 3 },
    { label: '实施单位', value: form.implementingUnit },
  ]);
  writeFundsBlock(cursor, form.funds, {
    caption: '项目资金（万元）',
    labelHeader: '',
    labelSpan: 3,
    columns: [
      { key: 'budget', header: '全年预算数（A，含结余结转）', span: 2 },
      { key: 'executed', header: '全年执行数（B）', span: 2 },
      { key: 'printedRate', header: '执行率（B/A）', span: 2 },
    ],
    rates,
    templateOtherLine: true,
  });

  writeGoalBlock(cursor, {
    caption: '年度总体目标',
    columns: [
      { header: '年初设定目标', value: form.goal ?? '', cols: 5 },
      { header: '全年实际完成情况', value: form.goalOutcome ?? '', cols: 4, lengthFactor: 1.3 },
    ],
    perLine: 36,
  });

  const table = writeIndicatorTable(cursor, evaluation, {
    caption: '绩效指标',
    nameSpan: 1,
    columns: [
      { key: 'target', header: '年度指标值' },
      { key: 'actual', header: '全年完成值' },
      { key: 'printedRate', header: '完成率' },
      { key: 'weight', header: '分值' },
      { key: 'score', header: '得分' },
      { key: 'reason', header: '未完成原因和改进措施' },
    ],
    rates,
    rateStyle: 'capped',
  });

  if (rates === 'computed' && evaluation.scorable) writeScoreLines(cursor, evaluation);
  writeRemarks(cursor, '说明', form.remarks);
  writeSignature(cursor, form.signature, {
    preparer: '经办人',
    head: '单位负责人',
    filedOn: '上报时间',
    contact: '联系方式',
  });
  writeFootnote(cursor, [
    ...SCORING_FOOTNOTE,
    ...(rates === 'computed' ? [GENERATED_FOOTNOTE] : []),
  ]);
  applyPrintSetup(sheet, `${table.headerRow}:${table.headerRow}`);
  if (rates === 'computed') addFindingsSheet(workbook, evaluation);
}

/** 预算执行率得分 and 总分 / 等级 under the table of a generated form. */
function writeScoreLines(cursor: SheetCursor, evaluation: FormEvaluation): void {
  const budgetRow = cursor.next();
  cursor.put(budgetRow, 1, '评分', { bold: true, align: 'center' }, { rows: 2 });
  cursor.put(budgetRow, 2, '预算执行率得分（10分）', { bold: true }, { cols: 6 });
  cursor.put(
    budgetRow,
    8,
    evaluation.budget ? Number(pointsText(evaluation.budget.score)) : '',
    { align: 'center', numFmt: '0.00' },
    { cols: 2 },
  );
  cursor.put(budgetRow, 10, evaluation.complete ? '' : '部分指标无法评分，总分不完整');
  const totalRow = cursor.next();
  cursor.put(totalRow, 2, '总分', { bold: true }, { cols: 6 });
  cursor.put(
    totalRow,
    8,
    Number(pointsText(evaluation.total)),
    { align: 'center', numFmt: '0.00' },
    {
      cols: 2,
    },
  );
  cursor.put(totalRow, 10, `等级：${evaluation.grade}`, { align: 'center' });
}
