import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for money, ratios and printed rates. Numbers from parsed
 * expressions are turned into decimals through their shortest round-trip text, which is the
 * literal the form printed ("14698.45" stays 14698.45, never 14698.449999…).
 */
export const ExactDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type ExactDecimal = InstanceType<typeof ExactDecimal>;

export function exact(value: number | string): ExactDecimal {
  return new ExactDecimal(typeof value === 'number' ? String(value) : value);
}

/** Digits after the decimal point in a printed number ("99.47%" → 2, "100%" → 0). */
export function decimalPlaces(printed: string): number {
  const match = /\.(\d+)/.exec(printed);
  return match?.[1]?.length ?? 0;
}
