import type { FormEvaluation, IndicatorEvaluation } from '../evaluate-form.ts';
import { exact } from '../exact-decimal.ts';
import { type Finding, finding } from '../finding.ts';
import { matchPrintedRate, readPrintedPercent } from '../printed-rate.ts';
import { printedRateFinding } from './rate-finding.ts';

const ACCEPTED = new Set(['rounded', 'truncated']);

function quantityValues(indicator: IndicatorEvaluation): { a: number; b: number } | null {
  const { target, actual } = indicator;
  if (!target?.ok || !actual?.ok) return null;
  if (target.value.kind !== 'quantity' || actual.value.kind !== 'quantity') return null;
  return { a: target.value.value, b: actual.value.value };
}

function rowFinding(indicator: IndicatorEvaluation, monitoring: boolean): Finding | null {
  const { row, score } = indicator;
  const printed = row.printedRate?.trim();
  if (!printed || printed === '/' || score.exactRatio === null || score.exactCapped === null) {
    return null;
  }
  if (readPrintedPercent(printed) === null) {
    return finding(
      'PRINTED_RATE_WRONG',
      row.name,
      `${row.name}：完成率“${printed}”不是百分比`,
      row.id,
    );
  }
  // A form may print the rate uncapped (monitoring forms: 102.85%) or capped at 100%
  // (self-evaluation forms print the share of the weight earned); either is consistent.
  const uncapped = score.exactRatio.times(100);
  const capped = score.exactCapped.times(100);
  for (const candidate of [uncapped, capped]) {
    if (matchPrintedRate(printed, candidate) === 'rounded') return null;
  }
  const values = quantityValues(indicator);
  if (score.rule === 'negative' && values && values.a > 0 && values.b > 0) {
    const inverse = exact(values.b).div(exact(values.a)).times(100);
    if (ACCEPTED.has(matchPrintedRate(printed, inverse))) {
      return finding(
        'NEGATIVE_PRINTED_AS_POSITIVE',
        row.name,
        `${row.name}：指标值“${row.target}”是反向指标，得分比例应为 A/B = ` +
          `${values.a} / ${values.b}，表中“${printed}”却按 B/A 计算`,
        row.id,
      );
    }
  }
  const formula =
    values && score.rule !== 'negative'
      ? `完成率 ${values.b} / ${values.a}`
      : values
        ? `完成率 ${values.a} / ${values.b}`
        : '完成比例';
  return printedRateFinding({
    subject: row.name,
    rowId: row.id,
    printed,
    expected: monitoring ? uncapped : capped,
    formula,
  });
}

/** Every printed completion rate against what the row's own target and actual give. */
export function checkPrintedRates(evaluation: FormEvaluation): Finding[] {
  const monitoring = evaluation.form.kind === 'monitoring';
  return evaluation.indicators.flatMap((indicator) => rowFinding(indicator, monitoring) ?? []);
}
