import type { FormEvaluation } from '@jixiao/scoring';
import type { Workbook } from 'exceljs';
import { DECLARATION_FOOTNOTE } from '../layout/footnotes.ts';
import { applyPrintSetup, SheetCursor, setColumnWidths } from '../xlsx/sheet-cursor.ts';
import {
  departmentsOf,
  writeFootnote,
  writeGoalBlock,
  writeLabelledLine,
  writeSignature,
  writeTitle,
  yearLine,
} from './form-blocks.ts';
import { writeFundsBlock } from './funds-block.ts';
import { writeIndicatorTable } from './indicator-table.ts';

/**
 * 绩效目标申报表 — the target declaration of the 2019 seed: 项目名称, 主管部门 and 实施单位, 资金情况
 * (年度资金总额 and its split), 总体目标, and the indicator table with 指标值 (and 分值 where the
 * project sets weights). Targets only: a declaration has no actuals. Give it a draft
 * (form-drafts.ts) to declare next year's targets from this year's project.
 */
export const DECLARATION_WIDTHS = [10, 10, 12, 34, 18, 8] as const;

export function addTargetDeclarationSheet(workbook: Workbook, evaluation: FormEvaluation): void {
  const { form } = evaluation;
  const sheet = workbook.addWorksheet('绩效目标申报表');
  setColumnWidths(sheet, DECLARATION_WIDTHS);
  const cursor = new SheetCursor(sheet, DECLARATION_WIDTHS.length);
  const departments = departmentsOf(form);

  writeTitle(cursor, form.title, yearLine(form.year));
  writeLabelledLine(cursor, [{ label: '项目名称', value: form.projectName }]);
  if (departments.central) {
    writeLabelledLine(cursor, [{ label: '中央主管部门', value: departments.central }]);
  }
  writeLabelledLine(cursor, [
    { label: '主管部门', value: departments.local, valueSpan: 2 },
    { label: '实施单位', value: form.implementingUnit },
  ]);
  writeFundsBlock(cursor, form.funds, {
    caption: '资金情况（万元）',
    labelHeader: '',
    labelSpan: 3,
    columns: [{ key: 'budget', header: '年度预算数', span: 2 }],
    rates: 'filed',
    templateOtherLine: true,
  });
  writeGoalBlock(cursor, {
    caption: '总体目标',
    columns: [{ header: '年度目标', value: form.goal ?? '', cols: 5 }],
    perLine: 40,
  });

  const table = writeIndicatorTable(cursor, evaluation, {
    caption: '绩效指标',
    nameSpan: 1,
    columns: [
      { key: 'target', header: '指标值' },
      { key: 'weight', header: '分值' },
    ],
    rates: 'filed',
    rateStyle: 'capped',
  });
  writeSignature(cursor, form.signature, {
    preparer: '经办人',
    head: '项目负责人',
    filedOn: '上报时间',
    contact: '联系方式',
  });
  writeFootnote(cursor, DECLARATION_FOOTNOTE);
  applyPrintSetup(sheet, `${table.headerRow}:${table.headerRow}`);
}
