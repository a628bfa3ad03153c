import { type Expression, level1Name, level2Name, UNITS } from '@jixiao/domain';
import type { FormEvaluation, IndicatorEvaluation } from '../evaluate-form.ts';
import { type Finding, finding } from '../finding.ts';
import { DEVIATION_THRESHOLD, type IndicatorFlag } from '../score-indicator.ts';

const TIME_KINDS: ReadonlySet<Expression['kind']> = new Set(['date', 'deadline', 'schedule']);

const KIND_NAMES: Record<Expression['kind'], string> = {
  quantity: '数值',
  range: '区间',
  date: '日期',
  deadline: '时限',
  schedule: '发放周期',
  qualitative: '定性描述',
  tier: '完成档次',
  notApplicable: '不适用',
};

function flagFinding(
  flag: IndicatorFlag,
  indicator: IndicatorEvaluation,
  formHasActuals: boolean,
): Finding | null {
  const { row, score } = indicator;
  const subject = row.name;
  const say = (code: Parameters<typeof finding>[0], message: string) =>
    finding(code, subject, `${subject}：${message}`, row.id);
  switch (flag) {
    case 'missingTarget':
      return say('MISSING_TARGET', '未填写年度指标值，无法评分');
    case 'unreadableTarget':
      return indicator.target && !indicator.target.ok
        ? say('TARGET_UNREADABLE', indicator.target.error.message)
        : null;
    case 'unreadableActual':
      return indicator.actual && !indicator.actual.ok
        ? say('ACTUAL_UNREADABLE', indicator.actual.error.message)
        : null;
    case 'missingActual':
      return formHasActuals ? say('MISSING_ACTUAL', '未填写全年完成值，该指标按 0 分计') : null;
    case 'actualNotApplicable':
      return say(
        'MISSING_ACTUAL',
        `全年完成值为“${row.actual}”，没有可评分的完成值，该指标按 0 分计`,
      );
    case 'unitMismatch':
      return say('UNIT_MISMATCH', `指标值“${row.target}”与完成值“${row.actual}”的单位不可比`);
    case 'kindMismatch':
      return say(
        'KIND_MISMATCH',
        `完成值“${row.actual}”与指标值“${row.target}”的类型不符，无法评分`,
      );
    case 'farAboveTarget':
      return say(
        'FAR_ABOVE_TARGET',
        score.rule === 'negative'
          ? `完成值远低于上限，A/B = ${score.completionRate?.toFixed(2)}%，超过 ` +
              `${DEVIATION_THRESHOLD * 100}%：按规定应检查指标值是否设置过宽，并按偏离度扣分`
          : `完成率 ${score.completionRate?.toFixed(2)}%，超过 ${DEVIATION_THRESHOLD * 100}%：` +
              '按规定应检查指标值是否设置偏低，并按偏离度扣分',
      );
    case 'strictBoundNotMet':
      return say(
        'STRICT_BOUND_NOT_MET',
        `指标值“${row.target}”要求严格大于/小于，完成值恰好等于界限`,
      );
    case 'tierWithoutPercent':
      return say('TIER_WITHOUT_PERCENT', `完成值“${row.actual}”未给出完成比例，按该档下限计分`);
    case 'tierPercentOutsideBand':
      return say('TIER_PERCENT_OUTSIDE_BAND', `完成值“${row.actual}”的比例不在该档的区间内`);
    case 'percentOutOfRange':
      return say('PERCENT_OUT_OF_RANGE', `完成比例“${row.actual}”应在 0–100% 之间`);
  }
}

function categoryFindings(indicator: IndicatorEvaluation): Finding[] {
  const { row, level1, printedLevel1, level2, target } = indicator;
  const findings: Finding[] = [];
  const say = (code: Parameters<typeof finding>[0], message: string) =>
    findings.push(finding(code, row.name, `${row.name}：${message}`, row.id));
  if (printedLevel1 === null) say('UNKNOWN_CATEGORY', `一级指标“${row.level1}”不在指标体系中`);
  if (row.level2 !== null && level2 === null) {
    say('UNKNOWN_CATEGORY', `二级指标“${row.level2}”不在指标体系中`);
  }
  if (printedLevel1 !== null && level1 !== null && printedLevel1 !== level1 && level2 !== null) {
    say(
      'LEVEL2_NOT_UNDER_LEVEL1',
      `二级指标“${level2Name(level2)}”属于${level1Name(level1)}，却填在${level1Name(printedLevel1)}下`,
    );
  }
  if (
    target?.ok &&
    level2 !== null &&
    TIME_KINDS.has(target.value.kind) &&
    level2 !== 'timeliness'
  ) {
    say(
      'KIND_DOES_NOT_FIT_LEVEL2',
      `指标值“${row.target}”是${KIND_NAMES[target.value.kind]}，应属时效指标，` +
        `却填在${level2Name(level2)}下`,
    );
  }
  if (
    target?.ok &&
    level1 === 'satisfaction' &&
    !(target.value.kind === 'quantity' && target.value.unit === 'percent')
  ) {
    say('KIND_DOES_NOT_FIT_LEVEL2', `满意度指标的指标值应为百分比，实为“${row.target}”`);
  }
  if (target?.ok && target.value.kind === 'range' && target.value.garbled) {
    const unit = target.value.unit === null ? '' : UNITS[target.value.unit].symbol;
    say(
      'GARBLED_RANGE',
      `指标值“${row.target}”缺少变量，按 ${target.value.lower}${unit} ≤ x ≤ ` +
        `${target.value.upper}${unit} 理解`,
    );
  }
  return findings;
}

/** Per-row findings: categories, unreadable or missing values, and the scoring flags. */
export function checkIndicators(evaluation: FormEvaluation): Finding[] {
  const rows = evaluation.indicators;
  const formHasActuals = evaluation.scorable && rows.some((indicator) => indicator.actual !== null);
  const findings: Finding[] = [];
  if (evaluation.scorable && rows.length > 0 && !formHasActuals) {
    findings.push(
      finding(
        'MISSING_ACTUAL',
        '绩效指标',
        `绩效指标：表中 ${rows.length} 项指标均未填写全年完成值，无法评分（各项按 0 分计）`,
      ),
    );
  }
  for (const indicator of rows) {
    findings.push(...categoryFindings(indicator));
    for (const flag of indicator.score.flags) {
      if (!evaluation.scorable && (flag === 'missingActual' || flag === 'actualNotApplicable')) {
        continue;
      }
      const found = flagFinding(flag, indicator, formHasActuals);
      if (found) findings.push(found);
    }
  }
  return findings;
}
