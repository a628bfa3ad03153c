import Decimal from 'decimal.js';

/**
 * 外勤数据指标 — the figures an indicator's 全年完成值 can be computed from, written out as data:
 * what each one counts (numerator), over what (denominator), which filters a binding may set, in
 * Chinese and English. The database enum, the GraphQL enum's descriptions, the rollup queries
 * and the evaluation all follow this catalogue.
 *
 * Common to every metric: only records of the county and year being evaluated count, and only
 * records that arrived before the county locked the year (lateForLockedYear = false). Of the
 * verifications, only the counted one per beneficiary and year counts (the latest capture).
 */
export const FIELD_METRIC_CODES = [
  'satisfactionRate',
  'policyAwarenessRate',
  'beneficiaryCount',
  'paymentAccuracy',
  'ineligiblePayments',
] as const;

export type FieldMetric = (typeof FIELD_METRIC_CODES)[number];

/** The filters a binding can set: 险种 (verifications) or 受访人群 (surveys). */
export type MetricFilter = 'scheme' | 'respondentGroup';

/** The unit the actual is printed in: a percentage, a number of people, an amount in 元. */
export type MetricUnit = '%' | '人' | '元';

export interface MetricText {
  zh: string;
  en: string;
}

export interface FieldMetricDefinition {
  code: FieldMetric;
  /** 指标名称, e.g. 满意度. */
  name: string;
  englishName: string;
  unit: MetricUnit;
  /** Which field records the metric is computed from. */
  source: 'surveyResponses' | 'verifications';
  numerator: MetricText;
  /** Null for a count or a sum (no division). */
  denominator: MetricText | null;
  /** The filters a binding of this metric may set; the others are refused. */
  filters: readonly MetricFilter[];
  /** What the filters do, and what an unset filter means. */
  filterText: MetricText;
}

const SURVEY_FILTER: MetricText = {
  zh: '可按受访人群筛选（机关事业单位退休人员、城乡居民待遇领取人员、缴费人员）；不设则计全部人群',
  en: 'may be filtered by respondent group; unset = every group',
};

const SCHEME_FILTER: MetricText = {
  zh: '可按险种筛选；不设则取项目的险种，项目不限险种时计全部险种',
  en: "may be filtered by scheme; unset = the project's scheme, or every scheme when it has none",
};

export const FIELD_METRICS: Readonly<Record<FieldMetric, FieldMetricDefinition>> = {
  satisfactionRate: {
    code: 'satisfactionRate',
    name: '满意度',
    englishName: 'satisfaction rate',
    unit: '%',
    source: 'surveyResponses',
    numerator: {
      zh: '满意度题目中按调查模板计为满意的有效答案数（如“满意”“非常满意”）',
      en: 'valid answers to satisfaction questions that the template counts as satisfied',
    },
    denominator: {
      zh: '满意度题目的有效答案数（未作答的不计）',
      en: 'valid (non-empty) answers to satisfaction questions',
    },
    filters: ['respondentGroup'],
    filterText: SURVEY_FILTER,
  },
  policyAwarenessRate: {
    code: 'policyAwarenessRate',
    name: '政策知晓率',
    englishName: 'policy awareness rate',
    unit: '%',
    source: 'surveyResponses',
    numerator: {
      zh: '政策知晓题目中按调查模板计为知晓的有效答案数',
      en: 'valid answers to policy-awareness questions that the template counts as aware',
    },
    denominator: {
      zh: '政策知晓题目的有效答案数（未作答的不计）',
      en: 'valid (non-empty) answers to policy-awareness questions',
    },
    filters: ['respondentGroup'],
    filterText: SURVEY_FILTER,
  },
  beneficiaryCount: {
    code: 'beneficiaryCount',
    name: '享受待遇人数',
    englishName: 'people receiving benefits',
    unit: '人',
    source: 'verifications',
    numerator: {
      zh: '核实结果为“在世且符合领取资格”的计入核实记录数（每人每年一条）',
      en: 'counted verifications (one per person and year) with outcome ALIVE_ELIGIBLE',
    },
    denominator: null,
    filters: ['scheme'],
    filterText: SCHEME_FILTER,
  },
  paymentAccuracy: {
    code: 'paymentAccuracy',
    name: '发放准确率',
    englishName: 'payment accuracy',
    unit: '%',
    source: 'verifications',
    numerator: {
      zh: '在世且符合领取资格、且实发金额等于应发金额的计入核实记录数',
      en: 'counted ALIVE_ELIGIBLE verifications with paymentCorrect (paid the amount due)',
    },
    denominator: {
      zh: '核实结果为“在世且符合领取资格”的计入核实记录数',
      en: 'counted verifications with outcome ALIVE_ELIGIBLE',
    },
    filters: ['scheme'],
    filterText: SCHEME_FILTER,
  },
  ineligiblePayments: {
    code: 'ineligiblePayments',
    name: '违规领取金额',
    englishName: 'payments to ineligible people',
    unit: '元',
    source: 'verifications',
    numerator: {
      zh: '计入核实记录中不符合领取资格人员的领取金额（元）之和，即应追回金额',
      en: 'sum of ineligiblePayment (元) over counted verifications: the amount to recover',
    },
    denominator: null,
    filters: ['scheme'],
    filterText: SCHEME_FILTER,
  },
};

const COMMON_RULE: Record<FieldMetricDefinition['source'], MetricText> = {
  surveyResponses: {
    zh: '只计本县本年度、在年度锁定前提交的调查记录',
    en: 'only responses of the county and year that arrived before the year was locked',
  },
  verifications: {
    zh: '只计本县本年度、在年度锁定前提交的核实记录，每人每年只计最新一条',
    en:
      'only verifications of the county and year that arrived before the year was locked, ' +
      'one per person and year (the latest capture)',
  },
};

/** One paragraph describing a metric (both languages), e.g. for a GraphQL enum value. */
export function describeFieldMetric(metric: FieldMetric): string {
  const definition = FIELD_METRICS[metric];
  const rule = COMMON_RULE[definition.source];
  const formula = definition.denominator
    ? `${definition.numerator.zh} ÷ ${definition.denominator.zh}`
    : definition.numerator.zh;
  const formulaEn = definition.denominator
    ? `${definition.numerator.en} / ${definition.denominator.en}`
    : definition.numerator.en;
  return (
    `${definition.name}（${definition.unit}）= ${formula}。${definition.filterText.zh}。` +
    `${rule.zh}。 — ${definition.englishName} (${definition.unit}) = ${formulaEn}; ` +
    `${definition.filterText.en}; ${rule.en}.`
  );
}

/** Whether a binding of `metric` may set `filter`. */
export function metricAllowsFilter(metric: FieldMetric, filter: MetricFilter): boolean {
  return FIELD_METRICS[metric].filters.includes(filter);
}

const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

function exactValue(value: number | string, metric: FieldMetric): Decimal {
  let decimal: Decimal;
  try {
    decimal = new Exact(typeof value === 'number' ? String(value) : value);
  } catch {
    throw new RangeError(`${FIELD_METRICS[metric].name}的值“${value}”不是数字`);
  }
  if (!decimal.isFinite() || decimal.isNegative()) {
    throw new RangeError(`${FIELD_METRICS[metric].name}的值应为非负数，实为 ${value}`);
  }
  return decimal;
}

/**
 * The actual as a form prints it in the 全年完成值 cell, ready for the expression parser:
 * - percentages with 2 decimals, rounded half up: 96.25 → "96.25%", 100 → "100.00%";
 * - people as a whole number: 5218 → "5218人";
 * - 元 with 2 decimals (fen): "1200" → "1200.00元".
 * `value` is in the metric's unit (a percentage, not a fraction); give exact decimals as strings.
 * Rounding to 2 decimals is what a filed form shows, and the score is computed from what is
 * printed, as for a form typed by hand.
 */
export function formatMetricActual(metric: FieldMetric, value: number | string): string {
  const decimal = exactValue(value, metric);
  switch (FIELD_METRICS[metric].unit) {
    case '%':
      if (decimal.gt(100)) {
        throw new RangeError(`${FIELD_METRICS[metric].name}不能超过 100%，实为 ${value}`);
      }
      return `${decimal.toFixed(2, Decimal.ROUND_HALF_UP)}%`;
    case '人':
      if (!decimal.isInteger()) {
        throw new RangeError(`${FIELD_METRICS[metric].name}应为整数，实为 ${value}`);
      }
      return `${decimal.toFixed(0)}人`;
    case '元':
      return `${decimal.toFixed(2, Decimal.ROUND_HALF_UP)}元`;
  }
}

/** The figures of one metric as the rollup counts them. */
export interface MetricCounts {
  /** What is counted or summed (a count, or an amount in 元 as an exact decimal string). */
  numerator: number | string;
  /** What a rate divides by; null for a count or a sum. */
  denominator: number | null;
  /** How many records the figure was taken over: none means there is no actual. */
  records: number;
}

/**
 * The 全年完成值 text of a metric from its counts, or null when there is no field data (no
 * records, or a rate over nothing): a missing actual, never a made-up zero.
 */
export function metricActual(metric: FieldMetric, counts: MetricCounts): string | null {
  if (counts.records <= 0) return null;
  const definition = FIELD_METRICS[metric];
  if (definition.denominator === null) return formatMetricActual(metric, counts.numerator);
  if (counts.denominator === null || counts.denominator <= 0) return null;
  const percent = exactValue(counts.numerator, metric).times(100).div(counts.denominator);
  return formatMetricActual(metric, percent.toString());
}
