/**
 * Units of measure as the forms print them (计量单位). Conversions are exact and only inside one
 * dimension: 1 万元 = 10,000 元, 1 亿元 = 10,000 万元, 12 月 = 1 年.
 */
export const UNITS = {
  person: { symbol: '人', dimension: 'count', factor: 1 },
  personPerMonth: { symbol: '人/月', dimension: 'count', factor: 1 },
  household: { symbol: '户', dimension: 'count', factor: 1 },
  item: { symbol: '个', dimension: 'count', factor: 1 },
  times: { symbol: '次', dimension: 'count', factor: 1 },
  percent: { symbol: '%', dimension: 'percent', factor: 1 },
  yuan: { symbol: '元', dimension: 'money', factor: 1 },
  wanYuan: { symbol: '万元', dimension: 'money', factor: 10_000 },
  yiYuan: { symbol: '亿元', dimension: 'money', factor: 100_000_000 },
  yuanPerPersonMonth: { symbol: '元/人/月', dimension: 'moneyPerPersonMonth', factor: 1 },
  yuanPerPersonYear: { symbol: '元/人/年', dimension: 'moneyPerPersonYear', factor: 1 },
  yuanPerYear: { symbol: '元/年', dimension: 'moneyPerYear', factor: 1 },
  day: { symbol: '日', dimension: 'days', factor: 1 },
  month: { symbol: '月', dimension: 'months', factor: 1 },
  year: { symbol: '年', dimension: 'months', factor: 12 },
} as const;

export type Unit = keyof typeof UNITS;
export type Dimension = (typeof UNITS)[Unit]['dimension'];

/** Spellings seen in forms, longest first so that 万元 wins over 元 and 元/人/月 over 元. */
const SPELLINGS: ReadonlyArray<readonly [string, Unit]> = [
  ['元/人/月', 'yuanPerPersonMonth'],
  ['元/人·月', 'yuanPerPersonMonth'],
  ['元/人/年', 'yuanPerPersonYear'],
  ['元/人·年', 'yuanPerPersonYear'],
  ['元/年', 'yuanPerYear'],
  ['人/月', 'personPerMonth'],
  ['人次', 'times'],
  ['万元', 'wanYuan'],
  ['亿元', 'yiYuan'],
  ['个月', 'month'],
  ['元', 'yuan'],
  ['人', 'person'],
  ['户', 'household'],
  ['个', 'item'],
  ['次', 'times'],
  ['%', 'percent'],
  ['日', 'day'],
  ['天', 'day'],
  ['月', 'month'],
  ['年', 'year'],
];

/** The unit spelled exactly by `text` (e.g. "万元", "个月"), or null. */
export function unitFromSymbol(text: string): Unit | null {
  for (const [spelling, unit] of SPELLINGS) if (spelling === text) return unit;
  return null;
}

/** The longest unit spelling at the start of `text`, with its length. */
export function unitPrefix(text: string): { unit: Unit; length: number } | null {
  for (const [spelling, unit] of SPELLINGS) {
    if (text.startsWith(spelling)) return { unit, length: spelling.length };
  }
  return null;
}

/**
 * The unit an indicator name declares in parentheses, as in "缴费人数(人)" or
 * "中央基础养老金标准（元/人/月）"; null when the name declares none.
 */
export function unitFromIndicatorName(name: string): Unit | null {
  const match = /[(（]([^()（）]+)[)）]\s*$/.exec(name);
  return match?.[1] ? unitFromSymbol(match[1].trim()) : null;
}

export function dimensionOf(unit: Unit): Dimension {
  return UNITS[unit].dimension;
}

export function areCompatible(a: Unit, b: Unit): boolean {
  return dimensionOf(a) === dimensionOf(b);
}

/**
 * Converts `value` from one unit to another of the same dimension. The factors are integers,
 * so the result is exact whenever it is representable (12 月 → 1 年, 1.5 万元 → 15000 元).
 */
export function convert(value: number, from: Unit, to: Unit): number {
  if (!areCompatible(from, to)) {
    throw new RangeError(`cannot convert ${UNITS[from].symbol} to ${UNITS[to].symbol}`);
  }
  const fromFactor = UNITS[from].factor;
  const toFactor = UNITS[to].factor;
  if (fromFactor === toFactor) return value;
  return fromFactor > toFactor ? value * (fromFactor / toFactor) : value / (toFactor / fromFactor);
}
