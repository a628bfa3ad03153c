import { type EvaluationForm, type Figure, UNITS } from '@jixiao/domain';
import { decimalPlaces, type ExactDecimal, exact } from '../exact-decimal.ts';
import { type Finding, finding } from '../finding.ts';
import { printedRateFinding } from './rate-finding.ts';

/** A figure's value in `unit` and how far the printed rounding lets it be off. */
function inUnit(
  figure: Figure,
  unit: Figure['unit'],
): { value: ExactDecimal; slack: ExactDecimal } {
  const from = UNITS[figure.unit];
  const to = UNITS[unit];
  const scale = exact(from.factor).div(to.factor);
  const halfUnit = exact(10).pow(-decimalPlaces(figure.value)).div(2);
  return { value: exact(figure.value).times(scale), slack: halfUnit.times(scale) };
}

function describe(figure: Figure): string {
  return `${figure.label} ${figure.value} ${UNITS[figure.unit].symbol}`;
}

/**
 * The figures a report's text states, against the relations it states between them: totals
 * that are not the sum of their parts (和硕县 income 12628 vs parts adding to 12620), printed
 * differences and percentages. Sums allow for the rounding of each printed figure.
 */
export function checkFigures(form: Pick<EvaluationForm, 'figures' | 'relations'>): Finding[] {
  const figures = new Map((form.figures ?? []).map((figure) => [figure.id, figure]));
  const findings: Finding[] = [];
  for (const relation of form.relations ?? []) {
    switch (relation.kind) {
      case 'sum': {
        const total = figures.get(relation.total);
        const parts = relation.parts.map((id) => figures.get(id));
        if (!total || parts.some((part) => !part)) break;
        const whole = inUnit(total, total.unit);
        let sum = exact(0);
        let slack = whole.slack;
        for (const part of parts as Figure[]) {
          const converted = inUnit(part, total.unit);
          sum = sum.plus(converted.value);
          slack = slack.plus(converted.slack);
        }
        const gap = sum.minus(whole.value).abs();
        const places = decimalPlaces(total.value);
        if (gap.gt(slack) && sum.toDecimalPlaces(places, 1 /* ROUND_DOWN */).eq(whole.value)) {
          findings.push(
            finding(
              'FIGURE_TRUNCATED',
              total.label,
              `${describe(total)}：各部分之和为 ${sum.toString()} ${UNITS[total.unit].symbol}，` +
                `四舍五入应为 ${sum.toDecimalPlaces(places, 4).toFixed(places)}，表中是截断而非四舍五入`,
            ),
          );
        } else if (gap.gt(slack)) {
          findings.push(
            finding(
              'FIGURE_SUM_MISMATCH',
              total.label,
              `${describe(total)} 不等于其组成部分之和 ${sum.toString()} ${UNITS[total.unit].symbol}` +
                `（${(parts as Figure[]).map(describe).join(' + ')}；相差 ${gap.toString()}）`,
            ),
          );
        }
        break;
      }
      case 'difference': {
        const difference = figures.get(relation.difference);
        const minuend = figures.get(relation.minuend);
        const subtrahend = figures.get(relation.subtrahend);
        if (!difference || !minuend || !subtrahend) break;
        const stated = inUnit(difference, difference.unit);
        const a = inUnit(minuend, difference.unit);
        const b = inUnit(subtrahend, difference.unit);
        const computed = a.value.minus(b.value);
        if (computed.minus(stated.value).abs().gt(stated.slack.plus(a.slack).plus(b.slack))) {
          findings.push(
            finding(
              'FIGURE_DIFFERENCE_MISMATCH',
              difference.label,
              `${describe(difference)} 与 ${minuend.value} − ${subtrahend.value} = ` +
                `${computed.toString()} 不符`,
            ),
          );
        }
        break;
      }
      case 'ratio': {
        const numerator = figures.get(relation.numerator);
        const denominator = figures.get(relation.denominator);
        if (!numerator || !denominator) break;
        const n = inUnit(numerator, denominator.unit).value;
        const d = exact(denominator.value);
        if (d.isZero()) break;
        const found = printedRateFinding({
          subject: numerator.label,
          rowId: null,
          printed: relation.printed,
          expected: n.div(d).times(100),
          formula: `${numerator.value} / ${denominator.value}`,
        });
        if (found) findings.push(found);
        break;
      }
    }
  }
  return findings;
}
