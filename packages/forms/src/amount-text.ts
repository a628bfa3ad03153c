import type { DecimalText } from '@jixiao/domain';
import { decimalPlaces, exact } from '@jixiao/scoring';

/**
 * 金额 — amounts in 万元 as the forms have them, exact (decimal.js through @jixiao/scoring's
 * `exact`): never summed or scaled as floats. A county types "14204", "14,204", "14204万元",
 * "1.4204亿元" or "142040000元"; all read as 14204 万元.
 */
const UNIT_FACTORS_TO_WAN: ReadonlyArray<readonly [string, string]> = [
  ['万元', '1'],
  ['亿元', '10000'],
  ['元', '0.0001'],
];

export type AmountReading = { ok: true; value: DecimalText } | { ok: false; message: string };

/** Reads an amount typed in a cell (text or number) as 万元. */
export function readAmount(text: string): AmountReading {
  let rest = text
    .normalize('NFKC')
    .replace(/[\s,，]/g, '')
    .replace(/^[¥￥]/, '');
  let factor = '1';
  for (const [unit, toWan] of UNIT_FACTORS_TO_WAN) {
    if (rest.endsWith(unit)) {
      rest = rest.slice(0, -unit.length);
      factor = toWan;
      break;
    }
  }
  if (!/^-?\d+(\.\d+)?$/.test(rest)) {
    return { ok: false, message: `应为金额（万元），如 14204 或 14698.45 万元，实为“${text}”` };
  }
  return { ok: true, value: exact(rest).times(factor).toString() };
}

/** The number Excel stores for an amount; the text it came from is its shortest round trip. */
export function amountNumber(value: DecimalText): number {
  return Number(value);
}

/** The Excel number format that shows an amount with the decimals it was printed with. */
export function amountFormat(value: DecimalText): string {
  const places = decimalPlaces(value);
  return places === 0 ? '0' : `0.${'0'.repeat(places)}`;
}

/** The sum of amounts, exact; null values are skipped. */
export function sumAmounts(values: readonly (DecimalText | null | undefined)[]): DecimalText {
  return values.reduce((sum, value) => (value ? sum.plus(exact(value)) : sum), exact(0)).toString();
}
