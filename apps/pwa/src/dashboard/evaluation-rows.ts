import type {
  Finding,
  FundLine,
  Indicator,
  IndicatorEvaluation,
  Project,
} from '../api/dashboard-documents.ts';

/**
 * 自评表的行 — a project's indicators laid out as the self-evaluation form prints them: the
 * stored rows (levels, target, binding) joined by row key with their scores and findings, and
 * the 一级 / 二级 cells merged over consecutive rows of the same category. Pure.
 */
export interface ScoredRow {
  rowKey: string;
  level1: string;
  level2: string;
  name: string;
  /** The stored indicator (null only if the evaluation has a row the project does not). */
  indicator: Indicator | null;
  /** The row as scored (null only if the evaluation left the row out). */
  scored: IndicatorEvaluation | null;
  /** A 其中 row: part of the row above it. */
  partOf: boolean;
  findings: Finding[];
  /** How many rows the 一级 cell spans from here; 0 when a row above covers it. */
  level1Span: number;
  /** How many rows the 二级 cell spans from here; 0 when a row above covers it. */
  level2Span: number;
}

export interface ScoredTable {
  rows: ScoredRow[];
  /** Findings about no indicator row: funds, narrative, the whole form. */
  otherFindings: Finding[];
}

export function scoredTable(project: Project): ScoredTable {
  const evaluation = project.evaluation;
  const scoredByKey = new Map(evaluation.indicators.map((row) => [row.rowKey, row]));
  const stored = new Set(project.indicators.map((indicator) => indicator.rowKey));
  const base: Omit<ScoredRow, 'findings' | 'level1Span' | 'level2Span'>[] = [
    ...project.indicators.map((indicator) => ({
      rowKey: indicator.rowKey,
      level1: indicator.level1,
      level2: indicator.level2 ?? '',
      name: indicator.name,
      indicator,
      scored: scoredByKey.get(indicator.rowKey) ?? null,
      partOf: indicator.partOfRowKey !== null,
    })),
    ...evaluation.indicators
      .filter((row) => !stored.has(row.rowKey))
      .map((row) => ({
        rowKey: row.rowKey,
        level1: '',
        level2: '',
        name: row.name,
        indicator: null,
        scored: row,
        partOf: false,
      })),
  ];
  const rowKeys = new Set(base.map((row) => row.rowKey));
  const findingsByRow = new Map<string, Finding[]>();
  const otherFindings: Finding[] = [];
  for (const finding of evaluation.findings) {
    if (finding.rowKey !== null && rowKeys.has(finding.rowKey)) {
      const list = findingsByRow.get(finding.rowKey) ?? [];
      list.push(finding);
      findingsByRow.set(finding.rowKey, list);
    } else {
      otherFindings.push(finding);
    }
  }
  const rows = base.map((row) => ({
    ...row,
    findings: findingsByRow.get(row.rowKey) ?? [],
    level1Span: 0,
    level2Span: 0,
  }));
  mergeCells(rows);
  return { rows, otherFindings };
}

/** Sets the spans of the 一级 and 二级 cells over runs of equal consecutive values. */
function mergeCells(rows: ScoredRow[]): void {
  let level1Start: ScoredRow | undefined;
  let level2Start: ScoredRow | undefined;
  for (const row of rows) {
    if (level1Start === undefined || level1Start.level1 !== row.level1) {
      level1Start = row;
      level2Start = undefined;
    }
    level1Start.level1Span++;
    if (level2Start === undefined || level2Start.level2 !== row.level2) level2Start = row;
    level2Start.level2Span++;
  }
}

/** 项目资金合计 — the total line, or the only line when there is no total. */
export function totalFundLine(funds: readonly FundLine[]): FundLine | null {
  return (
    funds.find((line) => line.source === 'total') ??
    (funds.length === 1 ? (funds[0] ?? null) : null)
  );
}

/** Findings worst first (错误, 警告, 提示), keeping their order otherwise. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  const rank = { ERROR: 0, WARNING: 1, INFO: 2 } as const;
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
