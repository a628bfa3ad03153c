import { decimalPlaces, type ExactDecimal } from '../exact-decimal.ts';
import { type Finding, finding } from '../finding.ts';
import { formatPercent, matchPrintedRate } from '../printed-rate.ts';

interface PrintedRateCheck {
  subject: string;
  rowId: string | null;
  printed: string;
  /** What the numbers say, in percent (exact). */
  expected: ExactDecimal;
  /** How the expected figure is computed, for the message ("11616 / 14204"). */
  formula: string;
}

/** A finding when a printed percentage contradicts its numbers or is truncated; else null. */
export function printedRateFinding(check: PrintedRateCheck): Finding | null {
  const match = matchPrintedRate(check.printed, check.expected);
  const places = Math.max(decimalPlaces(check.printed), 2);
  const shown = formatPercent(check.expected, places);
  if (match === 'rounded') return null;
  if (match === 'truncated') {
    return finding(
      'PRINTED_RATE_TRUNCATED',
      check.subject,
      `${check.subject}：${check.formula} = ${formatPercent(check.expected, places + 2)}，` +
        `四舍五入应为 ${formatPercent(check.expected, decimalPlaces(check.printed))}，` +
        `表中“${check.printed}”是截断而非四舍五入`,
      check.rowId,
    );
  }
  return finding(
    'PRINTED_RATE_WRONG',
    check.subject,
    `${check.subject}：表中填报“${check.printed}”，按数据 ${check.formula} 应为 ${shown}`,
    check.rowId,
  );
}
