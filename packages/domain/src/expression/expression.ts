import type { Unit } from '../unit.ts';

/**
 * 年度指标值 / 全年完成值 — a target or an actual as a typed value. Every variant keeps the
 * `source` text it was read from, so a finding can quote the form.
 */
export type Comparator = '>=' | '<=' | '=' | '>' | '<';

/** 每月 / 每季度 / 每年度. */
export type Period = 'month' | 'quarter' | 'year';

/**
 * The three qualitative tiers of the scoring footnote: 达成预期指标 (100–80%, 80 included),
 * 部分达成预期指标并具有一定效果 (80–50%, 50 included), 未达成预期指标且效果较差 (50–0%).
 */
export type QualitativeTier = 'achieved' | 'partial' | 'notAchieved';

export type Expression =
  /** A number with an optional comparator and unit: "≥ 377693", "≤1572人", "95%", "=88". */
  | {
      kind: 'quantity';
      /** null when the form prints a bare number ("360736", "55067人"). */
      comparator: Comparator | null;
      value: number;
      unit: Unit | null;
      source: string;
    }
  /** Two bounds: "95%≤x≤105%", and the garbled "105%≤95%" / "105%≤≥95%". */
  | {
      kind: 'range';
      lower: number;
      upper: number;
      lowerInclusive: boolean;
      upperInclusive: boolean;
      unit: Unit | null;
      /** True when the form printed the bounds without the variable, in whatever order. */
      garbled: boolean;
      source: string;
    }
  /** A calendar date: "2020/1/1", "2020年6月30"; day null for "2020年12月". */
  | { kind: 'date'; year: number; month: number; day: number | null; source: string }
  /**
   * A recurring or relative deadline: "每月20日前" (day 20 of each month), "每季度结束后的，5日内"
   * (within 5 days after each quarter ends), "30日内" (within 30 days of the triggering event).
   */
  | {
      kind: 'deadline';
      anchor: 'dayOfPeriod' | 'afterPeriodEnd' | 'afterEvent';
      period: Period | null;
      days: number;
      workingDays: boolean;
      source: string;
    }
  /** A schedule with no day: "按月发放". */
  | { kind: 'schedule'; period: Period; source: string }
  /** A qualitative target: "有效促进", "持续推动", "长期", "充分发挥社会保险的职能作用". */
  | { kind: 'qualitative'; text: string; source: string }
  /** A qualitative actual: one of the three tiers, with the evaluator's percent if printed. */
  | { kind: 'tier'; tier: QualitativeTier; percent: number | null; source: string }
  /** "/" (nothing to report) or "未达监控节点" (the monitoring point is not reached yet). */
  | {
      kind: 'notApplicable';
      reason: 'slash' | 'monitoringNodeNotReached' | 'none';
      source: string;
    };

export type ExpressionKind = Expression['kind'];

export type ExpressionErrorCode =
  | 'empty'
  | 'tooLong'
  | 'leftoverMarkup'
  | 'invalidNumber'
  | 'invalidDate'
  | 'unknownUnit'
  | 'mixedUnits'
  | 'invalidRange'
  | 'unrecognised';

/** Why a text is not a target or actual; `message` is Chinese and quotes the text. */
export interface ExpressionError {
  code: ExpressionErrorCode;
  text: string;
  message: string;
}

export type ExpressionResult =
  | { ok: true; value: Expression }
  | { ok: false; error: ExpressionError };
