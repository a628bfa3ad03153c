import { isCalendarDay } from '../calendar-date.ts';
import { UNITS, type Unit, unitPrefix } from '../unit.ts';
import type {
  Comparator,
  Expression,
  ExpressionError,
  ExpressionErrorCode,
  ExpressionResult,
  Period,
  QualitativeTier,
} from './expression.ts';
import { normalizeExpressionText } from './normalize-expression-text.ts';

/**
 * Reads a target (年度指标值) or an actual (全年完成值) in any of the forms the filings use and
 * returns a typed value — or an error that quotes the text and says why. It never guesses:
 * a text that fits no form below is an error.
 *
 * Forms, tried in this order on the normalised text:
 *   not applicable  /  未达监控节点  无  不适用
 *   tier            达成预期指标 | 部分达成预期指标并具有一定效果 | 未达成预期指标且效果较差 [(85%)]
 *   schedule        按月发放  按季度拨付
 *   deadline        每月20日前 | 每季度结束后的，5日内 | 30日内 | 10个工作日内
 *   date            2020/1/1  2020-01-01  2020年6月30[日][前]  2020年12月
 *   range           95%≤x≤105%  95%-105%  95%~105% | garbled: 105%≤95%  105%≤≥95%
 *   quantity        [≥ ≤ = > <] number [unit] [以上|以下|以内]
 *   qualitative     有效促进  持续推动  长期 … (Chinese text with a qualitative word, no digits)
 */
export function parseExpression(text: string): ExpressionResult {
  const result = parse(text);
  // Errors always quote the cell exactly as given, whichever reader found them.
  return result.ok ? result : { ok: false, error: { ...result.error, text } };
}

function parse(text: string): ExpressionResult {
  const source = text.trim();
  if (source.length === 0) return failure('empty', text, '指标值为空');
  if (source.length > MAX_LENGTH) {
    return failure('tooLong', text, `指标值过长（${source.length} 个字符，最多 ${MAX_LENGTH} 个）`);
  }
  const normalized = normalizeExpressionText(source);
  if (normalized.length === 0) {
    return failure('empty', text, `指标值“${source}”去掉排版符号后为空`);
  }
  if (normalized.includes('\\')) {
    return failure('leftoverMarkup', text, `“${source}”中含有无法识别的排版符号`);
  }
  for (const reader of READERS) {
    const result = reader(normalized, source);
    if (result !== null) return result;
  }
  if (/\d/.test(normalized)) {
    return failure(
      'unrecognised',
      text,
      `无法识别的指标值“${source}”：含数字，但不是数值、区间、日期或时限`,
    );
  }
  return failure(
    'unrecognised',
    text,
    `无法识别的指标值“${source}”：既不是数值，也不是可识别的定性描述或完成档次`,
  );
}

/** Like parseExpression, but throws the error (for data the caller has already validated). */
export function parseExpressionOrThrow(text: string): Expression {
  const result = parseExpression(text);
  if (!result.ok) throw new ExpressionParseError(result.error);
  return result.value;
}

export class ExpressionParseError extends Error {
  constructor(readonly detail: ExpressionError) {
    super(detail.message);
    this.name = 'ExpressionParseError';
  }
}

const MAX_LENGTH = 200;

type Reader = (normalized: string, source: string) => ExpressionResult | null;

function failure(code: ExpressionErrorCode, text: string, message: string): ExpressionResult {
  return { ok: false, error: { code, text, message } };
}

function success(value: Expression): ExpressionResult {
  return { ok: true, value };
}

const NOT_APPLICABLE: Record<string, 'slash' | 'monitoringNodeNotReached' | 'none'> = {
  '/': 'slash',
  '—': 'slash',
  '-': 'slash',
  未达监控节点: 'monitoringNodeNotReached',
  未到监控节点: 'monitoringNodeNotReached',
  无: 'none',
  不适用: 'none',
};

const readNotApplicable: Reader = (normalized, source) => {
  const reason = NOT_APPLICABLE[normalized];
  return reason ? success({ kind: 'notApplicable', reason, source }) : null;
};

const TIERS: ReadonlyArray<readonly [RegExp, QualitativeTier]> = [
  [/^部分达成(预期(指标|目标)?)?(并具有一定效果)?/, 'partial'],
  [/^未达成(预期(指标|目标)?)?(且效果较差)?/, 'notAchieved'],
  [/^(已)?达成预期(指标|目标)?/, 'achieved'],
];

const readTier: Reader = (normalized, source) => {
  for (const [pattern, tier] of TIERS) {
    const match = pattern.exec(normalized);
    if (!match) continue;
    const rest = normalized.slice(match[0].length);
    if (rest === '') return success({ kind: 'tier', tier, percent: null, source });
    const percent = /^[(:,]?(\d+(?:\.\d+)?)%\)?$/.exec(rest);
    if (percent?.[1]) return success({ kind: 'tier', tier, percent: Number(percent[1]), source });
    return failure('unrecognised', source, `完成档次“${source}”后面的“${rest}”无法识别`);
  }
  return null;
};

const PERIODS: Record<string, Period> = {
  月: 'month',
  月度: 'month',
  季: 'quarter',
  季度: 'quarter',
  年: 'year',
  年度: 'year',
};

const readSchedule: Reader = (normalized, source) => {
  const match = /^按(月度?|季度?|年度?)(发放|拨付|支付|执行|足额发放)?$/.exec(normalized);
  const period = match?.[1] ? PERIODS[match[1]] : undefined;
  return period ? success({ kind: 'schedule', period, source }) : null;
};

const readDeadline: Reader = (normalized, source) => {
  const dayOfPeriod = /^每(月度?|季度?|年度?)(\d{1,3})(?:日|号)(?:前|之前|以前)$/.exec(normalized);
  if (dayOfPeriod?.[1] && dayOfPeriod[2]) {
    const days = Number(dayOfPeriod[2]);
    const period = PERIODS[dayOfPeriod[1]] ?? null;
    if (period === 'month' && (days < 1 || days > 31)) {
      return failure('invalidDate', source, `“${source}”中的日期 ${days} 日不存在`);
    }
    return success({
      kind: 'deadline',
      anchor: 'dayOfPeriod',
      period,
      days,
      workingDays: false,
      source,
    });
  }
  const afterEnd =
    /^每(月度?|季度?|年度?)(?:结束|末|终了)后的?,?(\d{1,3})(个工作日|日|天)(?:内|以内|之内)(?:完成)?$/.exec(
      normalized,
    );
  if (afterEnd?.[1] && afterEnd[2] && afterEnd[3]) {
    return success({
      kind: 'deadline',
      anchor: 'afterPeriodEnd',
      period: PERIODS[afterEnd[1]] ?? null,
      days: Number(afterEnd[2]),
      workingDays: afterEnd[3] === '个工作日',
      source,
    });
  }
  const within = /^(\d{1,3})(个工作日|日|天)(?:内|以内|之内)(?:完成)?$/.exec(normalized);
  if (within?.[1] && within[2]) {
    return success({
      kind: 'deadline',
      anchor: 'afterEvent',
      period: null,
      days: Number(within[1]),
      workingDays: within[2] === '个工作日',
      source,
    });
  }
  return null;
};

function dateResult(
  source: string,
  year: number,
  month: number,
  day: number | null,
): ExpressionResult {
  if (year < 1949 || year > 2100) {
    return failure('invalidDate', source, `日期“${source}”的年份 ${year} 不在合理范围内`);
  }
  if (month < 1 || month > 12) {
    return failure('invalidDate', source, `日期“${source}”的月份 ${month} 不存在`);
  }
  if (day !== null && !isCalendarDay(year, month, day)) {
    return failure(
      'invalidDate',
      source,
      `日期“${source}”不存在（${year}年${month}月没有${day}日）`,
    );
  }
  return success({ kind: 'date', year, month, day, source });
}

const readDate: Reader = (normalized, source) => {
  const numeric = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})日?(?:前|之前|以前)?$/.exec(normalized);
  if (numeric?.[1] && numeric[3] && numeric[4]) {
    return dateResult(source, Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
  }
  const chinese = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})(?:日|号)?)?(?:前|之前|以前|底)?$/.exec(
    normalized,
  );
  if (chinese?.[1] && chinese[2]) {
    const day = chinese[3] ? Number(chinese[3]) : null;
    return dateResult(source, Number(chinese[1]), Number(chinese[2]), day);
  }
  return null;
};

const NUMBER = String.raw`-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

interface NumberWithUnit {
  value: number;
  unit: Unit | null;
}

/** Reads "95%", "27429.5万元", "1,234" exactly (nothing may follow). */
function readNumberWithUnit(text: string): NumberWithUnit | 'badUnit' | null {
  const match = new RegExp(`^${NUMBER}`).exec(text);
  if (!match) return null;
  const value = Number(match[0].replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  const rest = text.slice(match[0].length);
  if (rest === '') return { value, unit: null };
  const unit = unitPrefix(rest);
  if (unit && unit.length === rest.length) return { value, unit: unit.unit };
  return 'badUnit';
}

function sameUnit(a: Unit | null, b: Unit | null): Unit | null | 'mixed' {
  if (a === null) return b;
  if (b === null || a === b) return a;
  return 'mixed';
}

function rangeResult(
  source: string,
  a: NumberWithUnit,
  b: NumberWithUnit,
  garbled: boolean,
): ExpressionResult {
  const unit = sameUnit(a.unit, b.unit);
  if (unit === 'mixed') {
    return failure('mixedUnits', source, `区间“${source}”两端的单位不一致`);
  }
  if (a.value === b.value) {
    return failure('invalidRange', source, `区间“${source}”的上下限相同，应写作“=${a.value}”`);
  }
  return success({
    kind: 'range',
    lower: Math.min(a.value, b.value),
    upper: Math.max(a.value, b.value),
    lowerInclusive: true,
    upperInclusive: true,
    unit,
    garbled,
    source,
  });
}

const readRange: Reader = (normalized, source) => {
  // 95%≤x≤105% (the variable may be any letter or 指标值 / 完成值)
  const bounded = new RegExp(
    `^(${NUMBER}[^≤<≥>]*)(≤|<)(?:[a-zA-Z]|指标值|完成值|实际值)(≤|<)(${NUMBER}[^≤<≥>]*)$`,
  ).exec(normalized);
  if (bounded?.[1] && bounded[4]) {
    const lower = readNumberWithUnit(bounded[1]);
    const upper = readNumberWithUnit(bounded[4]);
    if (lower && upper && lower !== 'badUnit' && upper !== 'badUnit') {
      const result = rangeResult(source, lower, upper, false);
      if (result.ok && result.value.kind === 'range') {
        result.value.lowerInclusive = bounded[2] === '≤';
        result.value.upperInclusive = bounded[3] === '≤';
      }
      return result;
    }
  }
  // 95%-105%, 95%~105%, 95%至105%
  const dashed = new RegExp(`^(${NUMBER}[^-~至]*)(?:-|~|至|到)(${NUMBER}[^-~至]*)$`).exec(
    normalized,
  );
  if (dashed?.[1] && dashed[2]) {
    const a = readNumberWithUnit(dashed[1]);
    const b = readNumberWithUnit(dashed[2]);
    if (a && b && a !== 'badUnit' && b !== 'badUnit' && a.value <= b.value) {
      return rangeResult(source, a, b, false);
    }
  }
  // Garbled: two bounds with the variable lost, "105%≤95%", "105%≤≥95%", "95%≤105%".
  const garbled = new RegExp(`^(${NUMBER}[^≤<≥>]*)(?:≤≥|≥≤|≤|≥|<|>)(${NUMBER}[^≤<≥>]*)$`).exec(
    normalized,
  );
  if (garbled?.[1] && garbled[2]) {
    const a = readNumberWithUnit(garbled[1]);
    const b = readNumberWithUnit(garbled[2]);
    if (a && b && a !== 'badUnit' && b !== 'badUnit') return rangeResult(source, a, b, true);
  }
  return null;
};

const COMPARATORS: Record<string, Comparator> = {
  '≥': '>=',
  '≤': '<=',
  '=': '=',
  '>': '>',
  '<': '<',
};

const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
];

const readQuantity: Reader = (normalized, source) => {
  let body = normalized;
  let comparator: Comparator | null = null;
  const first = body[0];
  if (first !== undefined && COMPARATORS[first]) {
    comparator = COMPARATORS[first];
    body = body.slice(1);
  }
  for (const [suffix, suffixComparator] of SUFFIX_COMPARATORS) {
    if (body.endsWith(suffix) && body.length > suffix.length) {
      if (comparator !== null) {
        return failure('unrecognised', source, `“${source}”同时使用了比较符号和“${suffix}”`);
      }
      comparator = suffixComparator;
      body = body.slice(0, -suffix.length);
      break;
    }
  }
  if (!new RegExp(`^${NUMBER}`).test(body)) {
    return comparator === null
      ? null
      : failure('invalidNumber', source, `“${source}”的比较符号后面应为数值`);
  }
  const number = readNumberWithUnit(body);
  if (number === null) return failure('invalidNumber', source, `“${source}”中的数值无法识别`);
  if (number === 'badUnit') {
    const rest = body.replace(new RegExp(`^${NUMBER}`), '');
    if (/\d/.test(rest)) return null;
    return failure(
      'unknownUnit',
      source,
      `“${source}”中的单位“${rest}”无法识别（可用：${KNOWN_UNITS}）`,
    );
  }
  return success({ kind: 'quantity', comparator, value: number.value, unit: number.unit, source });
};

const KNOWN_UNITS = Object.values(UNITS)
  .map((unit) => unit.symbol)
  .join('、');

/** Words that mark a text as a qualitative target (定性指标). */
const QUALITATIVE_WORDS = [
  '有效',
  '持续',
  '长期',
  '充分',
  '明显',
  '显著',
  '逐步',
  '稳步',
  '进一步',
  '不断',
  '提升',
  '提高',
  '促进',
  '推动',
  '缓解',
  '改善',
  '保障',
  '增强',
  '发挥',
  '降低',
  '减少',
  '稳定',
  '完善',
  '良好',
  '较好',
  '确保',
  '全面',
  '规范',
  '及时',
  '逐年',
  '大幅',
  '加强',
  '落实',
  '实现',
  '维护',
  '合规',
  '达标',
  '满意',
];

const readQualitative: Reader = (normalized, source) => {
  if (!/^[\u4e00-\u9fff、，。；：,;:“”"《》()]+$/.test(normalized)) return null;
  if (!/[\u4e00-\u9fff]{2}/.test(normalized)) return null;
  if (!QUALITATIVE_WORDS.some((word) => normalized.includes(word))) return null;
  return success({ kind: 'qualitative', text: normalized, source });
};

const READERS: readonly Reader[] = [
  readNotApplicable,
  readTier,
  readSchedule,
  readDeadline,
  readDate,
  readRange,
  readQuantity,
  readQualitative,
];
