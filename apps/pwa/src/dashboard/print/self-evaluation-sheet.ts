import { level1Runs, level2Runs } from '@jixiao/forms/layout';
import type { FundLine, IndicatorEvaluation } from '../../api/dashboard-documents.ts';
import type { FormSignature, PrintProject } from '../../api/form-documents.ts';
import { formatDecimal, formatPercent, formatScore, ratioPercent } from '../dashboard-labels.ts';

/**
 * 绩效自评表（打印）— what the printed form shows, cell by cell, in the layout of the XLSX the
 * server exports (packages/forms/src/export/self-evaluation-sheet.ts, after the 2020 forms of
 * the 莎车县 seed): the funds block with 执行率 = B/A computed, the indicator table with the
 * 一级 / 二级 groups spanning their rows, 完成率 as the share of the weight earned (capped at
 * 100%, as the 2020 forms print it), 分值 only where the form sets one, 得分 for every row that
 * carries a weight, the 评分 lines, the signature block three items a line, and the footnote.
 * Pure: the printed page (self-evaluation-print.tsx) only lays it out.
 */

export interface FundRow {
  label: string;
  budget: string;
  executed: string;
  rate: string;
}

/** 年度资金总额 and one line per source, with an empty 其他资金 line as the template has. */
export function fundRows(funds: readonly FundLine[]): FundRow[] {
  const total = funds.find((line) => line.source === 'total') ?? null;
  const sources = funds.filter((line) => line.source !== 'total');
  const row = (label: string, line: FundLine | null): FundRow => ({
    label,
    budget: line?.budget ? formatDecimal(line.budget) : '',
    executed: line?.executed ? formatDecimal(line.executed) : '',
    rate: line ? rateText(ratioPercent(line.executed, line.budget)) : '',
  });
  return [
    row('年度资金总额：', total),
    ...sources.map((line) => row(line.label, line)),
    ...(sources.some((line) => line.source === 'other') ? [] : [row('其他资金', null)]),
  ];
}

function rateText(percent: number | null): string {
  return percent === null ? '' : formatPercent(percent);
}

export interface IndicatorPrintRow {
  rowKey: string;
  /** 一级指标, on the first row of its group only, spanning `level1Span` rows. */
  level1: { text: string; span: number } | null;
  /** 二级指标, on the first row of its group only. */
  level2: { text: string; span: number } | null;
  name: string;
  /** A 其中 row, printed indented under its parent. */
  isPart: boolean;
  target: string;
  actual: string;
  rate: string;
  weight: string;
  score: string;
  reason: string;
}

/**
 * 完成率 as a generated 自评表 prints it: the share of the weight earned (score / weight),
 * capped at 100%; for a row without a weight (a 其中 row), the completion capped at 100%. Empty
 * when the row cannot be scored (no actual, 未达监控节点): nothing is guessed.
 */
export function printedRate(scored: IndicatorEvaluation | undefined): string {
  if (scored === undefined || scored.completionRate === null) return '';
  const share =
    scored.weight > 0 ? (scored.score * 100) / scored.weight : Math.min(scored.completionRate, 100);
  return formatPercent(Math.min(share, 100));
}

export function indicatorRows(project: PrintProject): IndicatorPrintRow[] {
  const scoredByKey = new Map(
    project.evaluation.indicators.map((indicator) => [indicator.rowKey, indicator]),
  );
  const rows: IndicatorPrintRow[] = project.indicators.map((indicator) => {
    const scored = scoredByKey.get(indicator.rowKey);
    const isPart = indicator.partOfRowKey !== null;
    return {
      rowKey: indicator.rowKey,
      level1: null,
      level2: null,
      name: indicator.name,
      isPart,
      target: indicator.target ?? '',
      actual: scored?.actual ?? '',
      rate: printedRate(scored),
      // Only a weight the form sets: default weights are the engine's, not the county's.
      weight: indicator.weight === null ? '' : formatDecimal(indicator.weight),
      score: scored !== undefined && !isPart && scored.weight > 0 ? formatScore(scored.score) : '',
      reason: indicator.reason ?? '',
    };
  });
  const levels = project.indicators;
  for (const [start, end] of level1Runs(levels)) {
    const first = rows[start];
    if (first) first.level1 = { text: levels[start]?.level1 ?? '', span: end - start };
  }
  for (const [start, end] of level2Runs(levels)) {
    const first = rows[start];
    if (first) first.level2 = { text: levels[start]?.level2 ?? '', span: end - start };
  }
  return rows;
}

/** 经办人：… / 单位负责人：… / 上报时间：… / 联系方式：…, only what the form has. */
export function signatureItems(signature: FormSignature | null): string[] {
  if (signature === null) return [];
  return [
    ...(signature.preparer === null ? [] : [`经办人：${signature.preparer}`]),
    ...(signature.head === null ? [] : [`单位负责人：${signature.head}`]),
    ...(signature.filedOn === null ? [] : [`上报时间：${signature.filedOn}`]),
    ...signature.contacts.map((contact) => `联系方式：${contact}`),
  ];
}

/** "（2020年度）". */
export function yearLine(year: number): string {
  return `（${year}年度）`;
}
