import type { EvaluationForm, FundAmounts } from '@jixiao/domain';
import { type ExactDecimal, exact } from '../exact-decimal.ts';
import { type Finding, finding } from '../finding.ts';
import { printedRateFinding } from './rate-finding.ts';

const AMOUNT_NAMES = { budget: '全年预算数', arrived: '到位数', executed: '全年执行数' } as const;

function rateCheck(subject: string, amounts: FundAmounts): Finding | null {
  if (!amounts.printedRate || !amounts.budget || !amounts.executed) return null;
  const budget = exact(amounts.budget);
  if (budget.isZero()) return null;
  return printedRateFinding({
    subject,
    rowId: null,
    printed: amounts.printedRate,
    expected: exact(amounts.executed).div(budget).times(100),
    formula: `执行率 ${amounts.executed} / ${amounts.budget}`,
  });
}

/**
 * The funds block: each printed 执行率 against B/A, the sources adding up to the total (exactly:
 * amounts are decimals), and execution above the budget.
 */
export function checkFunds(form: EvaluationForm): Finding[] {
  const funds = form.funds;
  if (!funds) return [];
  const findings: Finding[] = [];
  const totalRate = rateCheck('资金总额', funds.total);
  if (totalRate) findings.push(totalRate);
  for (const line of funds.sources) {
    const lineRate = rateCheck(line.label, line.amounts);
    if (lineRate) findings.push(lineRate);
  }
  if (funds.sources.length > 0) {
    for (const key of Object.keys(AMOUNT_NAMES) as (keyof typeof AMOUNT_NAMES)[]) {
      const total = funds.total[key];
      const parts = funds.sources.map((line) => line.amounts[key]).filter((value) => value);
      if (!total || parts.length === 0) continue;
      const sum = parts.reduce(
        (acc: ExactDecimal, value) => acc.plus(exact(value ?? '0')),
        exact(0),
      );
      if (!sum.eq(exact(total))) {
        findings.push(
          finding(
            'FUND_SOURCES_DO_NOT_ADD_UP',
            '资金来源',
            `${AMOUNT_NAMES[key]}：各资金来源合计 ${sum.toString()} 万元，` +
              `与资金总额 ${total} 万元不符（相差 ${sum.minus(exact(total)).abs().toString()} 万元）`,
          ),
        );
      }
    }
  }
  const { budget, executed } = funds.total;
  if (budget && executed && exact(executed).gt(exact(budget))) {
    findings.push(
      finding(
        'FUNDS_OVERSPENT',
        '资金总额',
        `资金总额：全年执行数 ${executed} 万元超过全年预算数 ${budget} 万元`,
      ),
    );
  }
  return findings;
}
