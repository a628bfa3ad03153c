import type {
  FindingSeverity,
  RespondentGroup,
  VerificationOutcome,
  VerificationOutcomeCounts,
} from '../api/dashboard-documents.ts';

/** 看板文字 — the Chinese words for the dashboard's codes, and its number formats. */

export const SEVERITY_LABELS: Record<FindingSeverity, string> = {
  ERROR: '错误',
  WARNING: '警告',
  INFO: '提示',
};

/** The scoring engine's indicator flags (IndicatorFlag in @jixiao/scoring). */
const FLAG_LABELS: Readonly<Record<string, string>> = {
  missingTarget: '缺少年度指标值',
  unreadableTarget: '年度指标值无法识别',
  missingActual: '缺少全年完成值',
  actualNotApplicable: '完成值不适用',
  unreadableActual: '全年完成值无法识别',
  unitMismatch: '单位与指标值不一致',
  kindMismatch: '完成值类型与指标值不符',
  farAboveTarget: '远超指标值（请审视目标是否偏低）',
  strictBoundNotMet: '未达到严格界限',
  tierWithoutPercent: '定性指标未给出档次比例',
  tierPercentOutsideBand: '定性档次比例超出区间',
  percentOutOfRange: '百分比超出 0–100%',
};

/** A flag in Chinese; an unknown code is shown as it is. */
export function flagLabel(flag: string): string {
  return FLAG_LABELS[flag] ?? flag;
}

export const RESPONDENT_GROUP_LABELS: Record<RespondentGroup, string> = {
  INSTITUTION_RETIREE: '机关事业单位退休人员',
  RESIDENT_BENEFICIARY: '城乡居民待遇领取人员',
  CONTRIBUTOR: '缴费人员',
};

export const OUTCOME_LABELS: Record<VerificationOutcome, string> = {
  ALIVE_ELIGIBLE: '在世且符合资格',
  DECEASED: '已死亡',
  MOVED: '迁出',
  IMPRISONED: '服刑',
  DUPLICATE_ENROLMENT: '重复参保',
  OTHER_INELIGIBLE: '其他不符合',
};

/** The outcome counts in the order the tables show them. */
export const OUTCOME_FIELDS: readonly {
  key: keyof VerificationOutcomeCounts;
  outcome: VerificationOutcome;
}[] = [
  { key: 'aliveEligible', outcome: 'ALIVE_ELIGIBLE' },
  { key: 'deceased', outcome: 'DECEASED' },
  { key: 'moved', outcome: 'MOVED' },
  { key: 'imprisoned', outcome: 'IMPRISONED' },
  { key: 'duplicateEnrolment', outcome: 'DUPLICATE_ENROLMENT' },
  { key: 'otherIneligible', outcome: 'OTHER_INELIGIBLE' },
];

const PROJECT_KIND_LABELS: Readonly<Record<string, string>> = {
  'self-evaluation': '绩效自评表',
  'target-declaration': '绩效目标申报表',
  monitoring: '绩效监控情况表',
  'evaluation-report': '自评报告',
};

export function projectKindLabel(kind: string): string {
  return PROJECT_KIND_LABELS[kind] ?? kind;
}

/** What the grades mean (财预〔2020〕10号). */
export const GRADE_RANGES: Readonly<Record<string, string>> = {
  优: '90 分及以上',
  良: '80–90 分',
  中: '60–80 分',
  差: '60 分以下',
};

const NO_VALUE = '—';

/** 81.78 → "81.78%"; null → "—". */
export function formatPercent(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return `${value.toFixed(digits)}%`;
}

/** A score with two decimals: 8.178 → "8.18". */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return value.toFixed(2);
}

/** A whole number with thousands separators: 56798 → "56,798". */
export function formatCount(value: number): string {
  return groupDigits(String(Math.trunc(value)));
}

function groupDigits(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A Decimal text as an amount, exactly (no float): "14204" → "14,204", "1200.5" with 2
 * decimals → "1,200.50". Text that is not a plain number is returned as it is.
 */
export function formatDecimal(text: string | null | undefined, decimals?: number): string {
  if (text === null || text === undefined || text.trim() === '') return NO_VALUE;
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (match === null) return text;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const grouped = groupDigits(String(BigInt(whole)));
  if (decimals === undefined) {
    const trimmed = fraction.replace(/0+$/, '');
    return `${sign}${grouped}${trimmed === '' ? '' : `.${trimmed}`}`;
  }
  // Round half up on the digits, without going through a float.
  const padded = fraction.padEnd(decimals + 1, '0');
  const kept = padded.slice(0, decimals);
  const roundUp = Number(padded[decimals] ?? '0') >= 5;
  let units = BigInt(`${whole}${kept}`) + (roundUp ? 1n : 0n);
  const scale = 10n ** BigInt(decimals);
  const wholePart = units / scale;
  units %= scale;
  const fractionPart = decimals === 0 ? '' : `.${String(units).padStart(decimals, '0')}`;
  return `${sign}${groupDigits(String(wholePart))}${fractionPart}`;
}

/** B / A of two Decimal texts in percent, or null (for the 执行率 of the funds table). */
export function ratioPercent(numerator: string | null, denominator: string | null): number | null {
  if (numerator === null || denominator === null) return null;
  const a = Number(denominator);
  const b = Number(numerator);
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0) return null;
  return (b * 100) / a;
}
