import type { FundSource } from './fund-source.ts';
import type { Scheme } from './scheme.ts';
import type { Unit } from './unit.ts';

/**
 * A filing as the county typed it: one form = one project, one county, one year. Every value
 * is kept as the text that was printed (targets, actuals, rates, amounts), so that the checker
 * can tell what the filer wrote from what the numbers say. Amounts are decimal strings, never
 * floats.
 */
export type FormKind =
  /** 绩效自评表 — the year-end self-evaluation form (with actuals). */
  | 'self-evaluation'
  /** 绩效目标申报表 — the target declaration for a coming year (targets only). */
  | 'target-declaration'
  /** 绩效监控情况表 — the monitoring form (uncapped completion rates). */
  | 'monitoring'
  /** 绩效评价报告 / 自评报告 — a narrative report whose figures are transcribed. */
  | 'evaluation-report';

/** A decimal number as printed, e.g. "14698.45"; parsed with decimal.js, never summed as floats. */
export type DecimalText = string;

/** One line of the funds block: 全年预算数 A, 到位数, 全年执行数 B, 执行率 B/A as printed. */
export interface FundAmounts {
  budget: DecimalText | null;
  arrived?: DecimalText | null;
  executed: DecimalText | null;
  /** 执行率 as printed, e.g. "81.78%". */
  printedRate?: string | null;
}

export interface FundSourceLine {
  source: FundSource;
  /** The label as printed, e.g. "其中：中央补助". */
  label: string;
  amounts: FundAmounts;
}

/** 项目资金 — the funds block, in 万元 as the forms have it. */
export interface FundsBlock {
  unit: 'wanYuan';
  /** 年度资金总额. */
  total: FundAmounts;
  /** The split by source; it should add up to the total. */
  sources: FundSourceLine[];
}

/** One row of the indicator table (三级指标). */
export interface IndicatorRow {
  /** Stable id inside the form, e.g. "r01". */
  id: string;
  /** 一级指标 as read from the table (a printed label or alias, e.g. "项目完成"). */
  level1: string;
  /** 二级指标 as read from the table, or null when the form leaves it empty. */
  level2: string | null;
  /** 三级指标 — the indicator's name as printed. */
  name: string;
  /** 年度指标值 / 预期指标值 as printed, or null when the cell is empty. */
  target: string | null;
  /** 全年完成值 / 指标完成值 as printed, or null when the cell is empty. */
  actual: string | null;
  /** The completion rate or score percentage the form prints for the row, or null. */
  printedRate: string | null;
  /** 分值 — the weight, when the form gives one. */
  weight?: number | null;
  /** For a "其中" row: the id of the row it is part of. */
  partOf?: string;
  /** 未完成原因和改进措施, when the form gives a text. */
  reason?: string | null;
  /** How the transcriber read a cell the OCR text left ambiguous. */
  note?: string;
}

/** Counts and claims a narrative report (自评报告) makes about its own table. */
export interface NarrativeClaims {
  level1Count?: number;
  level2Count?: number;
  level3Count?: number;
  /** 已完成三级指标 N 个. */
  completedLevel3Count?: number;
  /** "指标完成率为 100%" or the monitoring form's 总体完成率, as printed. */
  completionRate?: string;
  /** "绩效目标全部达成". */
  allTargetsMet?: boolean;
  /** The sentence the claims come from, for the reader. */
  quote: string;
}

/** A figure stated in a report's text (e.g. 保险费收入 6992 万元). */
export interface Figure {
  id: string;
  label: string;
  /** As printed, e.g. "17.52" (with unit yiYuan) or "6992". */
  value: DecimalText;
  unit: Unit;
}

/** How figures of a report relate; each relation is checked. */
export type FigureRelation =
  /** The total is the sum of its parts (收入累计总额 = 保险费收入 + 利息收入 + …). */
  | { kind: 'sum'; total: string; parts: string[]; quote?: string }
  /** A printed difference: difference = minuend − subtrahend (增支 692 = 10471 − 9779). */
  | { kind: 'difference'; difference: string; minuend: string; subtrahend: string; quote?: string }
  /** A printed percentage: printed = numerator / denominator (完成预算的 99.47%). */
  | { kind: 'ratio'; numerator: string; denominator: string; printed: string; quote?: string };

export interface Signature {
  /** 经办人 / 填报人. */
  preparer?: string;
  /** 单位负责人 / 项目负责人. */
  head?: string;
  /** 上报时间 as printed. */
  filedOn?: string;
  /** 联系方式. */
  contacts?: string[];
}

export interface EvaluationForm {
  /** Stable id, e.g. "shache-2020-resident-pension-self-evaluation". */
  id: string;
  kind: FormKind;
  /** The form's title as printed. */
  title: string;
  year: number;
  county: { name: string; code: string };
  scheme: Scheme | null;
  /** 项目名称 / 专项名称. */
  projectName: string;
  /** 中央主管部门 / 地方主管部门 / 主管部门. */
  departments?: { central?: string; local?: string };
  /** 实施单位. */
  implementingUnit: string;
  funds: FundsBlock | null;
  /** 年度总体目标 / 年度预期目标. */
  goal?: string;
  /** 全年实际完成情况 / 目前完成情况. */
  goalOutcome?: string;
  indicators: IndicatorRow[];
  narrative?: NarrativeClaims;
  figures?: Figure[];
  relations?: FigureRelation[];
  signature?: Signature;
  /** 说明 / 偏差 text. */
  remarks?: string;
  /** Where it was transcribed from. */
  source: { file: string; section: string; note?: string };
}
