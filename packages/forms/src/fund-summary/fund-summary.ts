import type { DecimalText, Figure, FigureRelation, Scheme } from '@jixiao/domain';
import { checkFigures, exact, type Finding, formatPercent } from '@jixiao/scoring';
import { sumAmounts } from '../amount-text.ts';

/**
 * 基金收支 — a county's social-insurance fund summary as 和硕县's report states it: income and
 * expenditure by item with their printed totals, the year's balance (本年收支结余) and the
 * carried balance (年末滚存结余), and per scheme the year's expenditure by item, the budget it
 * completes, and the change on the year before (增支, 增幅). Amounts in 万元 as printed (decimal
 * strings); every sum, difference and rate is computed exactly, and each printed total, balance
 * and rate is checked by the scoring's figure checks (a finding when parts ≠ total).
 */
export interface FundItem {
  label: string;
  amount: DecimalText;
}

export interface FundTotal {
  /** "社会保险基金收入累计总额". */
  label: string;
  /** The total as printed. */
  total: DecimalText;
  items: FundItem[];
}

export interface SchemeFundLine {
  /** "机关事业单位基本养老保险基金". */
  label: string;
  scheme: Scheme | null;
  /** 本年支出总额 and its items. */
  expenditure: FundTotal;
  /** 预算支出总额. */
  budget: DecimalText | null;
  /** 完成预算的 99.47%, as printed. */
  printedBudgetRate: string | null;
  /** 上年支出总额. */
  previousExpenditure: DecimalText | null;
  /** 增支, as printed. */
  printedIncrease: DecimalText | null;
  /** 增幅, as printed. */
  printedIncreaseRate: string | null;
}

export interface FundSummary {
  county: { name: string; code: string };
  year: number;
  unit: 'wanYuan';
  income: FundTotal;
  expenditure: FundTotal;
  /** 本年收支结余, as printed. */
  printedBalance: DecimalText | null;
  /** 年末滚存结余, as printed. */
  carriedBalance: DecimalText | null;
  schemes: SchemeFundLine[];
}

export interface TotalCheck {
  total: DecimalText;
  /** The items added up, exactly. */
  itemsSum: DecimalText;
  /** itemsSum − total. */
  gap: DecimalText;
}

export interface SchemeFigures {
  line: SchemeFundLine;
  expenditure: TotalCheck;
  /** 本年支出 / 预算支出, two decimals. */
  budgetRate: string | null;
  /** 本年支出 − 上年支出. */
  increase: DecimalText | null;
  /** 增支 / 上年支出, two decimals. */
  increaseRate: string | null;
}

export interface FundSummaryFigures {
  income: TotalCheck;
  expenditure: TotalCheck;
  /** Income total − expenditure total. */
  balance: DecimalText;
  schemes: SchemeFigures[];
  findings: Finding[];
}

function totalCheck(block: FundTotal): TotalCheck {
  const itemsSum = sumAmounts(block.items.map((item) => item.amount));
  return { total: block.total, itemsSum, gap: exact(itemsSum).minus(block.total).toString() };
}

function percentOf(numerator: DecimalText, denominator: DecimalText | null): string | null {
  if (!denominator || exact(denominator).isZero()) return null;
  return formatPercent(exact(numerator).div(denominator).times(100), 2);
}

/** The summary as the figures and relations of the form model, for the scoring's checks. */
export function fundSummaryRelations(summary: FundSummary): {
  figures: Figure[];
  relations: FigureRelation[];
} {
  const figures: Figure[] = [];
  const relations: FigureRelation[] = [];
  const add = (id: string, label: string, value: DecimalText) => {
    figures.push({ id, label, value, unit: 'wanYuan' });
    return id;
  };
  const block = (prefix: string, total: FundTotal) => {
    const totalId = add(`${prefix}-total`, total.label, total.total);
    const parts = total.items.map((item, index) =>
      add(`${prefix}-${index + 1}`, `${total.label}·${item.label}`, item.amount),
    );
    if (parts.length > 0) relations.push({ kind: 'sum', total: totalId, parts });
    return totalId;
  };
  const income = block('income', summary.income);
  const expenditure = block('expenditure', summary.expenditure);
  if (summary.printedBalance) {
    const balance = add('balance', '本年收支结余', summary.printedBalance);
    relations.push({
      kind: 'difference',
      difference: balance,
      minuend: income,
      subtrahend: expenditure,
    });
  }
  summary.schemes.forEach((line, index) => {
    const total = block(`scheme-${index + 1}`, line.expenditure);
    if (line.budget) {
      const budget = add(`scheme-${index + 1}-budget`, `${line.label}预算支出总额`, line.budget);
      if (line.printedBudgetRate) {
        relations.push({
          kind: 'ratio',
          numerator: total,
          denominator: budget,
          printed: line.printedBudgetRate,
        });
      }
    }
    if (line.previousExpenditure) {
      const previous = add(
        `scheme-${index + 1}-previous`,
        `${line.label}上年支出总额`,
        line.previousExpenditure,
      );
      if (line.printedIncrease) {
        const increase = add(
          `scheme-${index + 1}-increase`,
          `${line.label}增支`,
          line.printedIncrease,
        );
        relations.push({
          kind: 'difference',
          difference: increase,
          minuend: total,
          subtrahend: previous,
        });
        if (line.printedIncreaseRate) {
          relations.push({
            kind: 'ratio',
            numerator: increase,
            denominator: previous,
            printed: line.printedIncreaseRate,
          });
        }
      }
    }
  });
  return { figures, relations };
}

export function fundSummaryFigures(summary: FundSummary): FundSummaryFigures {
  return {
    income: totalCheck(summary.income),
    expenditure: totalCheck(summary.expenditure),
    balance: exact(summary.income.total).minus(summary.expenditure.total).toString(),
    schemes: summary.schemes.map((line) => {
      const increase = line.previousExpenditure
        ? exact(line.expenditure.total).minus(line.previousExpenditure).toString()
        : null;
      return {
        line,
        expenditure: totalCheck(line.expenditure),
        budgetRate: percentOf(line.expenditure.total, line.budget),
        increase,
        increaseRate: increase === null ? null : percentOf(increase, line.previousExpenditure),
      };
    }),
    findings: checkFigures(fundSummaryRelations(summary)),
  };
}
