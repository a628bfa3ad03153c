import { decimalPlaces, type ExactDecimal, exact } from './exact-decimal.ts';

/**
 * How a printed percentage relates to the exact one: equal when rounded half-up to the printed
 * decimals, truncated when it only matches with the digits cut off (10471 / 10526 = 99.4775…%
 * printed as 99.47%), otherwise wrong.
 */
export type PrintedRateMatch = 'rounded' | 'truncated' | 'wrong';

/** Reads a printed percentage ("99.47%", "100.0%", "81.78") as an exact decimal, or null. */
export function readPrintedPercent(printed: string): ExactDecimal | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*[%％]?\s*$/.exec(printed);
  return match?.[1] ? exact(match[1]) : null;
}

export function matchPrintedRate(printed: string, exactPercent: ExactDecimal): PrintedRateMatch {
  const value = readPrintedPercent(printed);
  if (value === null) return 'wrong';
  const places = decimalPlaces(printed);
  if (exactPercent.toDecimalPlaces(places, 4 /* ROUND_HALF_UP */).eq(value)) return 'rounded';
  if (exactPercent.toDecimalPlaces(places, 1 /* ROUND_DOWN */).eq(value)) return 'truncated';
  return 'wrong';
}

/** The exact percentage shown with `places` decimals, rounded half-up ("99.48%"). */
export function formatPercent(exactPercent: ExactDecimal, places = 2): string {
  return `${exactPercent.toDecimalPlaces(places, 4).toFixed(places)}%`;
}
