import type { IndicatorRow } from '@jixiao/domain';
import type { FormEvaluation, IndicatorEvaluation } from '@jixiao/scoring';
import { level1Runs, level2Runs } from '../layout/level-runs.ts';
import type { SheetCursor } from '../xlsx/sheet-cursor.ts';
import { completionText, pointsText, type RateStyle } from './completion-text.ts';

/**
 * 绩效指标表 — the indicator table of every form: a caption cell down the left ("绩效指标"),
 * then 一级 / 二级 / 三级 with the level groups merged as the templates print them, and the value
 * columns a layout asks for. Targets and actuals are written as the text the form holds (never
 * reinterpreted by Excel); "其中" rows are indented under their parent.
 */
export type IndicatorColumnKey =
  | 'target'
  | 'actual'
  | 'printedRate'
  | 'weight'
  | 'score'
  | 'reason';

export interface IndicatorTableLayout {
  /** The caption down the left, e.g. "绩效指标" or "四、年度绩效指标完成情况". */
  caption: string;
  /** Columns of 一级, 二级, 三级 (the name may span several). */
  nameSpan: number;
  columns: readonly { key: IndicatorColumnKey; header: string; span?: number }[];
  /** 'filed': the rates the form printed; 'computed': from the evaluation, in `rateStyle`. */
  rates: 'filed' | 'computed';
  rateStyle: RateStyle;
}

export interface WrittenTable {
  /** The header row, for "repeat on every page". */
  headerRow: number;
}

function cellText(
  key: IndicatorColumnKey,
  row: IndicatorRow,
  scored: IndicatorEvaluation | undefined,
  layout: IndicatorTableLayout,
): string | number | null {
  switch (key) {
    case 'target':
      return row.target ?? '';
    case 'actual':
      return row.actual ?? '';
    case 'printedRate':
      if (layout.rates === 'filed') return row.printedRate ?? '';
      return scored ? (completionText(scored, layout.rateStyle) ?? '') : '';
    case 'weight':
      // Only a weight the form sets: default weights are the engine's, not the county's.
      return row.weight === null || row.weight === undefined ? '' : row.weight;
    case 'score':
      return layout.rates === 'computed' && scored && !scored.isPart && scored.score.weight > 0
        ? Number(pointsText(scored.score.score))
        : '';
    case 'reason':
      return row.reason ?? '';
  }
}

export function writeIndicatorTable(
  cursor: SheetCursor,
  evaluation: FormEvaluation,
  layout: IndicatorTableLayout,
): WrittenTable {
  const rows = evaluation.form.indicators;
  const byId = new Map(evaluation.indicators.map((indicator) => [indicator.row.id, indicator]));
  const headerRow = cursor.next(30);
  const header = { bold: true, align: 'center' as const };
  cursor.put(headerRow, 1, layout.caption, header, { rows: Math.max(rows.length, 1) + 1 });
  cursor.put(headerRow, 2, '一级指标', header);
  cursor.put(headerRow, 3, '二级指标', header);
  cursor.put(headerRow, 4, '三级指标', header, { cols: layout.nameSpan });
  let col = 4 + layout.nameSpan;
  const valueColumns = layout.columns.map((column) => {
    const at = col;
    cursor.put(headerRow, at, column.header, header, { cols: column.span ?? 1 });
    col += column.span ?? 1;
    return { ...column, at };
  });

  if (rows.length === 0) {
    // An empty table still prints one empty line under its header.
    const empty = cursor.next(20);
    for (let c = 2; c <= cursor.width; c++) cursor.put(empty, c, null);
    return { headerRow };
  }

  const first = headerRow + 1;
  rows.forEach((row) => {
    const at = cursor.next();
    const scored = byId.get(row.id);
    cursor.put(at, 4, row.name, { indent: row.partOf ? 2 : 0 }, { cols: layout.nameSpan });
    for (const column of valueColumns) {
      const value = cellText(column.key, row, scored, layout);
      const numeric = typeof value === 'number';
      cursor.put(
        at,
        column.at,
        value,
        {
          align: column.key === 'reason' ? 'left' : 'center',
          ...(numeric && column.key === 'score' ? { numFmt: '0.00' } : {}),
        },
        { cols: column.span ?? 1 },
      );
    }
  });
  for (const [start, end] of level1Runs(rows)) {
    cursor.put(
      first + start,
      2,
      rows[start]?.level1 ?? '',
      { align: 'center' },
      {
        rows: end - start,
      },
    );
  }
  for (const [start, end] of level2Runs(rows)) {
    cursor.put(
      first + start,
      3,
      rows[start]?.level2 ?? '',
      { align: 'center' },
      {
        rows: end - start,
      },
    );
  }
  return { headerRow };
}
